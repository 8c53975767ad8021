import { defineRule } from '../engine/rule';

const VAGUE_GROUP = String.raw`(?:some|many|most|several|numerous|various|other|certain|countless)\s+(?:people|critics|observers|experts|scholars|historians|commentators|analysts|fans|viewers|writers|researchers|onlookers|followers|reports|outlets|publications)`;
const BELIEF = String.raw`(?:say|said|believe|believed|argue|argued|claim|claimed|suggest|suggested|think|thought|consider|considered|feel|felt|maintain|maintained|contend|contended|insist|insisted|speculate|speculated|suspect|suspected|wonder|wondered)`;

export default defineRule({
  id: 'weasel-attribution',
  category: 'unverified-claim',
  description: 'A vague "some say" or "is widely considered" stands in for a source that is never named.',
  origin: 'Wikipedia\'s "words to watch" (unsupported attributions) and the hedge lists behind retext-intensify.',
  patterns: [
    new RegExp(String.raw`\b${VAGUE_GROUP}\s+(?:have\s+|had\s+|also\s+|even\s+)?${BELIEF}\b`),
    // The group left unsaid: "some say", "many believe", "others claim".
    new RegExp(String.raw`\b(?:some|many|most|others)\s+(?:have\s+|also\s+)?${BELIEF}\b`),
    /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely|generally|often|commonly|sometimes|frequently|largely|increasingly|long)\s+(?:considered|regarded|believed|thought|seen|viewed|described|cited|said|reported|rumou?red|acknowledged|recognized|recognised|touted|attributed|credited)\b/,
    /\b(?:has|have)\s+(?:been\s+)?(?:called|dubbed|described\s+as|hailed\s+as|branded)\b(?!\s+by\s+[A-Z])/,
    /\b(?:research|studies|experts|insiders|observers|critics|scientists|scholars|historians|analysts|commentators|researchers)\s+(?:have\s+)?(?:shown|show|suggest|suggested|say|said|believe|believed|agree|agreed|argue|argued|claim|claimed|contend|contended)\b/,
    // "probably" and "perhaps" are left out: in gossip they mostly colour narration ("what will probably be a long tour").
    /\b(?:arguably|possibly|conceivably|putatively)\b/,
  ],
  examples: {
    flag: [
      'Some critics argue that the album was rushed.',
      'The actor is widely considered the best of his generation.',
      'She has been called the voice of her era.',
      'It was arguably the worst-kept secret in town.',
      'Experts say the marriage is over.',
      'Some say the feud began on set.',
      'Many believe the song is about her ex.',
      'Historians have suggested the portrait was painted earlier.',
      'Critics have argued that the sequel lacked the charm of the first film.',
      'The melody is often attributed to her grandmother.',
    ],
    pass: [
      'The critic Jane Doe argued that the album was rushed.',
      'The actor won the award in 2019.',
      'Some of the songs were written in a single night.',
      'Most of the guests said goodbye before midnight.',
    ],
  },
});
