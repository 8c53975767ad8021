import { defineRule } from '../engine/rule';

// Counts and spans of time are measurements, not weasel words: "several times", "many years", "some point".
// "Numerous requests for comment" is the reporter's own count of calls made.
const NOT_A_CROWD = String.raw`(?:requests?\s+for\s+comment|times?|months?|years?|weeks?|days?|hours?|minutes?|seconds?|decades?|nights?|point|moments?|while|kind|sort|more|less|too|such|much)`;

// Clause openers and prepositions after which a vague quantity heads the phrase the claim is about.
const OPENER = String.raw`(?:there\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been|remain|exist)|in|for|among|by|from|across|and|but|or|while|although|though|that|which|where|whereas|because|since|when|if|also|even|still|now|then|today|than|like|unlike|including|especially)`;
// The look-behind sits after the word, so it runs only where one was found (before it, it would rescan
// every run of spaces).
const GROUP = String.raw`(?:some|several|certain|a\s+(?:few|number\s+of|variety\s+of|range\s+of|host\s+of|handful\s+of)|most(?=\s+(?:of\b|[a-z]+s\b)))`;
const CROWD = String.raw`(?:people|critics|observers|experts|scholars|historians|commentators|analysts|fans|viewers|readers|writers|researchers|scientists|authors|sources|reports|accounts|theories|versions|claims|members|users|residents|locals|believers|followers|others)`;

export default defineRule({
  id: 'vague-quantity',
  category: 'unverified-claim',
  description: 'A vague quantity ("some", "many", "several", "a number of") stands in for who or how many, unnamed and uncounted.',
  origin: 'Weasel words in Wikipedia\'s "words to watch" and the CoNLL-2010 weasel cues; retext-intensify\'s weasel list.',
  where: 'outside-quotes',
  patterns: [
    // "Many" and its kin are vague wherever they stand ("won many awards").
    new RegExp(String.raw`\b(?:many|numerous|countless|myriad|various)\b(?=\s+(?!${NOT_A_CROWD}\b)[a-z])`),
    // "Some", "several" and a quantity-"most" where the vague group is what the sentence is about: it opens
    // the sentence or a clause, or follows a preposition ("in some cases"). As an object ("liked several
    // posts") they only count things, and are left alone.
    new RegExp(String.raw`\b${GROUP}\b(?<=(?:^|[^\w\s'-]|\n|\b${OPENER})[ \t]*${GROUP})(?=\s+(?!${NOT_A_CROWD}\b)[a-z])`),
    // "Several" after a preposition heads the phrase as well ("one of several bands", "studied under several
    // masters"); as a bare object ("suffered several setbacks") it is left to count.
    new RegExp(String.raw`\bseveral\b(?<=\b(?:with|against|under|at|of|to|into|through|over|between|about|during|within|beyond|besides)\s+several)(?=\s+(?!${NOT_A_CROWD}\b)[a-z])`),
    // A vague crowd of people or opinions wherever it stands: "several critics", "some of his fans".
    new RegExp(String.raw`\b(?:some|several|certain)\s+(?:of\s+(?:the|his|her|their|its)\s+)?(?:[a-z]+\s+)?${CROWD}\b`),
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Some historians place the battle a year later.',
      'Many of his songs were never recorded.',
      'The drug is sold in several countries under other names.',
      'Various theories link the ruins to a lost town.',
      'A number of scholars reject the date.',
      'In some cases the rash returns after a year.',
      'There are a few shops near the harbour.',
      'Most scholars now date the poem later.',
      'The mill is one of several on the river.',
      'She trained under several coaches before the final.',
    ],
    pass: ['She has called him several times since May.', 'The band toured for many years.', 'At some point the tour bus broke down.', '"Some of us cried," she said.', 'Three critics reviewed the play.', 'Her agent did not answer several requests for comment.', 'It was the most famous of the songs.', 'The pair are working on several projects.', 'He suffered several injuries in the crash.'],
  },
});
