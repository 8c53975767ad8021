import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'sweeping-generalisation',
  category: 'unverified-claim',
  description: 'A sweeping "generally", "typically" or "widely" generalises without saying who counted or where.',
  origin: 'Hyland\'s hedges (approximators of frequency and degree) and the CoNLL-2010 hedge cue inventory.',
  where: 'outside-quotes',
  patterns: [/\b(?:generally|widely|commonly|typically|traditionally|largely|frequently|essentially|relatively|customarily|ordinarily|predominantly|sometimes)\b/],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The dish is generally served cold.',
      'Such bridges were traditionally built of oak.',
      'The breed is typically calm with children.',
      'The style was widely copied in the north.',
      'Older recordings are sometimes credited to her brother.',
    ],
    pass: ['The dish is served cold.', '"I generally sleep late," she said.', 'The bridge was built of oak in 1820.'],
  },
});
