import { defineRule } from '../engine/rule';

// Counts and spans of time are measurements, not weasel words: "several times", "many years", "some point".
const NOT_A_CROWD = String.raw`(?:times?|months?|years?|weeks?|days?|hours?|minutes?|seconds?|decades?|nights?|point|moments?|while|kind|sort|more|less|too|such|much)`;

const VAGUE = String.raw`(?:some|many|several|various|numerous|countless|certain|a\s+few|a\s+(?:number|variety|range|host|handful|multitude)\s+of)`;
// Clause openers and prepositions after which a vague quantity heads the phrase the claim is about.
const OPENER = String.raw`(?:there\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been|remain|exist)|in|for|among|by|from|across|and|but|or|while|although|though|that|which|where|whereas|because|since|when|if|also|even|still|now|then|today|than|like|unlike|including|especially)`;
const CROWD = String.raw`(?:people|persons|critics|observers|experts|scholars|historians|commentators|analysts|fans|viewers|readers|writers|researchers|scientists|authors|sources|reports|accounts|stories|theories|versions|claims|members|users|residents|locals|citizens|believers|followers|listeners|musicians|artists|linguists|philosophers|theologians|economists|doctors|physicians|psychologists|editors|journalists|reviewers|others|groups|communities|countries|cultures|traditions|cases|instances|areas|places|regions|parts|species|forms|types|kinds)`;

export default defineRule({
  id: 'vague-quantity',
  category: 'unverified-claim',
  description: 'A vague quantity ("some", "many", "several", "a number of") stands in for who or how many, unnamed and uncounted.',
  origin: 'Weasel words in Wikipedia\'s "words to watch" and the CoNLL-2010 weasel cues; retext-intensify\'s weasel list.',
  where: 'outside-quotes',
  patterns: [
    // Where the vague group is what the sentence is about: it opens the sentence or a clause, or follows a
    // preposition ("in some cases", "for many viewers"). As an object ("liked several posts") it only counts.
    new RegExp(String.raw`\b${VAGUE}\b(?<=(?:^|[^\w \t'-]|\b${OPENER})\s*${VAGUE})(?=\s+(?!${NOT_A_CROWD}\b)[a-z])`),
    // "Most" as a quantity where it opens the phrase ("most scholars", "in most cases"), not a superlative.
    new RegExp(String.raw`\bmost\b(?<=(?:^|[^\w \t'-]|\b${OPENER})\s*most)(?=\s+(?:of\b|(?!${NOT_A_CROWD}\b)[a-z]+s\b))`),
    // A vague crowd of people or opinions wherever it stands: "several critics", "many of his fans".
    new RegExp(String.raw`\b${VAGUE}\s+(?:of\s+(?:the|his|her|their|its|these|those)\s+)?(?:[a-z]+\s+)?${CROWD}\b`),
  ],
  examples: {
    flag: [
      'Some historians place the battle a year later.',
      'Many of his songs were never recorded.',
      'The drug is sold in several countries under other names.',
      'Various theories link the ruins to a lost town.',
      'A number of scholars reject the date.',
      'In some cases the rash returns after a year.',
      'There are a few shops near the harbour.',
      'Most scholars now date the poem later.',
    ],
    pass: ['She has called him several times since May.', 'The band toured for many years.', 'At some point the tour bus broke down.', '"Some of us cried," she said.', 'Three critics reviewed the play.', 'It was the most famous of the songs.'],
  },
});
