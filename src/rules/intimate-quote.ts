import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'intimate-quote',
  category: 'invented-interview',
  description: 'A first-person quote of raw private emotion, the centrepiece of an invented confession.',
  origin: 'Confessional first-person register of fabricated celebrity "interviews".',
  strength: 'cue',
  where: 'inside-quotes',
  patterns: [
    /\bI(?:'ve|'m|'d|\s+have|\s+had|\s+was|\s+am)?\s+(?:[\w'-]+\s+){0,2}?(?:cried|crying|terrified|afraid|scared|broken|lonely|heartbroken|ashamed|forgive|regret|regretted|guilt|buried|shattered|lost\s+myself|wake\s+up|pretending|sorry)\b/,
    /\b(?:my|our)\s+(?:[\w'-]+\s+)?(?:soul|heart|tears|pain|ending|madness|fears?|demons|regrets?)\b/,
    /\b(?:marry\s+me|I\s+love\s+you|forgive\s+me|a\s+thousand\s+times)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      '"I cried myself to sleep every night," she said.',
      '"You saved my soul," he told her.',
      '"Marry me," he said.',
    ],
    pass: ['"The film comes out in June," she said.', '"We had a great time," a guest said.'],
  },
});
