import { defineRule } from '../engine/rule';

const INTENSIFIERS = String.raw`(?:(?:particularly|really|clearly|totally|completely|absolutely|so|very|still|secretly|increasingly|quietly|utterly|madly|hopelessly|just)\s+){0,2}`;

const FEELING = String.raw`(?:drawn\s+to|smitten|head\s+over\s+heels|sweet\s+on|obsessed\s+with|desperate\s+(?:to|for)|dying\s+to(?!\s+(?:know|see|hear|find\s+out)\b)|crushing\s+on|infatuated|besotted|falling\s+for|hung\s+up\s+on|pining\s+for|not\s+over|still\s+in\s+love|heartbroken|devastated|furious|fuming|livid|jealous|on\s+edge)`;

export default defineRule({
  id: 'private-feelings',
  category: 'unverified-claim',
  description: 'The writer states what someone privately feels or does behind closed doors, with no source for it.',
  origin: 'Mind-reading claims in celebrity coverage (smitten, can\'t resist, behind closed doors).',
  where: 'outside-quotes',
  patterns: [
    // Anchored on the feeling; the look-behind checks for "is/are …" only where one was found.
    new RegExp(String.raw`\b${FEELING}\b(?<=\b(?:is|are|was|were|'s|'re|has\s+been|seems)\s+${INTENSIFIERS}${FEELING})`),
    /\bcan(?:'t|not)\s+(?:(?:just|simply)\s+)?(?:ignore|resist|get\s+enough\s+of|stop\s+thinking\s+about|keep\s+(?:his|her|their)\s+(?:eyes|hands)\s+off)\b/,
    /\bbehind\s+closed\s+doors\b/,
    // A state of mind put as fact: "cannot come to terms with", "feels betrayed".
    /\b(?:can't|cannot|can\s+not|could\s+not|couldn't|has\s+yet\s+to|still\s+hasn't)\s+come\s+to\s+terms\s+with\b/,
    /\b(?:feels|felt|is\s+feeling|was\s+feeling)\s+(?:(?:so|completely|deeply|totally|utterly|very)\s+)?(?:betrayed|abandoned|humiliated|trapped|blindsided|used|neglected|rejected|sidelined|shut\s+out)\b/,
    /\bsecretly\s+(?:dating|seeing|engaged|married|pregnant|expecting|turning|planning|split|splitting|hoping|wants|wanted|wanting|meeting|in\s+love|battling|struggling|feuding|furious|moved|living|filed|recorded|working)\b/,
    /\b(?:has|had)\s+(?:always\s+)?(?:had\s+)?(?:a\s+thing\s+for|eyes\s+(?:only\s+)?for|a\s+soft\s+spot\s+for)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The actor is particularly drawn to her quick wit.',
      'She has a confidence that he just can\'t ignore.',
      'Behind closed doors, some are urging him to sue.',
      'The couple is secretly turning to a matchmaker.',
      'The rapper has always had a thing for her.',
      'She still cannot come to terms with the split.',
      'He feels betrayed by his oldest friend.',
    ],
    pass: ['Fans are dying to know what comes next.', 'The actor said he admired her work.', 'She closed the door on her acting career in 2019.'],
  },
});
