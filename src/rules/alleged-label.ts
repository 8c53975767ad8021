import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'alleged-label',
  category: 'unverified-claim',
  description: 'An event is labelled "alleged" or "rumoured": the writer admits it is not established.',
  origin: 'Wikipedia\'s "words to watch" (alleged, supposed, purported).',
  patterns: [
    /\b(?:alleged|rumou?red|purported|supposed|unconfirmed|unverified|unsubstantiated|uncorroborated|speculated)\b(?=\s+(?!to\b|that\b|by\b|(?:source|insider|snitch|informant|tipster)s?\b)[a-z])/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Fans were shocked by the alleged split.',
      'The rumoured romance began last spring.',
      'The alleged lovebirds were seen in Malibu.',
    ],
    // An unnamed source mocked as "the supposed insider" is anonymous-source's to flag.
    pass: ['The supposed insider was never named.', 'He was supposed to attend the premiere.', 'The couple confirmed their split.'],
  },
});
