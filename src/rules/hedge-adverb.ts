import { defineRule, phrases } from '../engine/rule';

export default defineRule({
  id: 'hedge-adverb',
  category: 'unverified-claim',
  description: 'A hedging word ("reportedly", "allegedly") passes a claim on without standing behind it.',
  origin: 'Hedge and weasel lists behind retext-intensify and Wikipedia\'s "words to watch".',
  patterns: [
    phrases([
      'reportedly', 'allegedly', 'apparently', 'seemingly', 'supposedly', 'purportedly', 'ostensibly',
      'rumouredly', 'rumoredly', 'presumably', 'evidently', 'by all accounts', 'by some accounts', 'by most accounts',
      'so the story goes', 'as the story goes', 'the story goes that', 'legend has it', 'as legend has it',
    ]),
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Legend has it that the song was written in ten minutes.',
      'By some accounts, the party went on until dawn.',
      'The actor reportedly flew to Paris to see her.',
      'They allegedly argued at the party.',
      'Apparently, the long hours were too much for her.',
      'The buyers seemingly had no link to the church.',
    ],
    pass: ['The actor flew to Paris for the premiere.', 'She confirmed the news on Instagram.', 'The story goes on to describe the wedding menu.'],
  },
});
