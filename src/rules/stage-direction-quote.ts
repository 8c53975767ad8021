import { defineRule } from '../engine/rule';

const SPEECH = String.raw`(?:said|says|whispered|whispers|admitted|admits|confessed|confesses|replied|replies|added|murmured|recalled|recalls|continued|confided|explained|clarified|laughed|sighed|smiled|recounted|choked\s+out|insisted|told\s+(?:him|her|me))`;

export default defineRule({
  id: 'stage-direction-quote',
  category: 'invented-interview',
  description: 'A quote comes with stage directions (a trembling voice, locked eyes): novel-writing, not reporting.',
  origin: 'Dialogue-tag conventions of fiction, as seen in fabricated celebrity "interviews".',
  strength: 'cue',
  patterns: [
    new RegExp(String.raw`\b${SPEECH}(?:\s*,\s*|\s+)(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:voice|eyes|gaze|words|accent|hands?|lips?|face|smile|tone|fingers|breath)\b|(?:through|with|fighting(?:\s+back)?|holding\s+back|choking\s+back|blinking\s+back|barely\s+holding\s+back)\s+(?:tears|a\s+smile|tearful\s+eyes|a\s+laugh|a\s+sigh|a\s+grin|sobs|emotion)|trembling|tearfully|softly|quietly|smiling|grinning|laughing|sighing|choking|shaking|wistfully)`),
    /\b(?:choked|sobbed|stammered|whispered|murmured)\b(?!\s+(?:that|about|of|rumou?rs?)\b)/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      '"You\'re braver than you know," he said, his green eyes meeting hers.',
      '"I never stopped," she replied, her voice barely a whisper.',
      '"I was scared," he said through tearful eyes.',
      '"It was over," a driver recounted, trembling.',
    ],
    pass: ['"It was a great night," the director said.', '"We are thrilled," she said in a statement.'],
  },
});
