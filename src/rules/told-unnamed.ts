import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'told-unnamed',
  category: 'anonymous-source',
  description: 'The writer says they "are told" or "have learned" something without saying who told them.',
  origin: 'Passive attribution ("we are told", "word is") from newsroom style guides on anonymous sourcing.',
  patterns: [
    /\b(?:we|I)(?:\s+(?:are|am|were|was|have\s+been|had\s+been)|'re|'m|'ve\s+been)\s+(?:also\s+|now\s+|exclusively\s+)?told\b/,
    /\b(?:is|has\s+been|was)\s+(?:exclusively\s+)?told\s+(?:that\s+)?(?:he|she|they|the|it)\b/,
    /\b(?:has|have|had)\s+exclusively\s+learned\b/,
    /\b(?:we\s+hear|word\s+is|a\s+little\s+bird\s+told)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      "We're told the couple spent the weekend together.",
      'The magazine is told she was not invited.',
      'This site has exclusively learned that the show is over.',
      'Word is the singer has already moved out.',
    ],
    pass: [
      'She told the audience she was grateful.',
      'We heard the new single on the radio this morning.',
    ],
  },
});
