import { defineRule } from '../engine/rule';

// Claims of standing (fame, influence, importance) with no measure: "one of the most influential", "his
// best-known work". Affection ("most beloved") and feeling ("most emotional") are colour, not a ranking.
const STANDING = String.raw`(?:famous|notable|important|popular|influential|prominent|successful|significant|celebrated|renowned|acclaimed|legendary|illustrious|prestigious|iconic|prolific|controversial|distinguished|accomplished|innovative|recogni[sz]ed|well[-\s]known|widely\s+[a-z]+ed)`;

export default defineRule({
  id: 'peacock-term',
  category: 'unverified-claim',
  description: 'Unattributed praise ranks someone or something ("one of the most influential", "best-known") with no measure.',
  origin: 'Wikipedia\'s "words to watch" (puffery, peacock terms) and the CoNLL-2010 weasel cues.',
  where: 'outside-quotes',
  patterns: [
    /\bone\s+of\s+(?:the|his|her|their|its|[a-z]+'s?)\s+(?:(?:very|all-time)\s+)?(?:best|greatest|finest|foremost|leading|premier|largest|earliest|oldest)\b/,
    // Not "the most important thing is": a figure of speech, not a ranking.
    new RegExp(String.raw`\b(?:the|his|her|their|its|[a-z]+'s?)\s+(?:most|best|greatest)\s+${STANDING}\b(?!\s+(?:thing|part|question|lesson)\b)`),
    /\b(?:best|well|widely|little|lesser|better)[-\s]known\b/,
    /\b(?:world|internationally|critically|universally|highly)[-\s](?:famous|renowned|acclaimed|praised)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'It is one of the oldest churches in the valley.',
      'Her best-known novel is set in Lisbon.',
      'He became the most influential printer of his age.',
      'She is one of the best-selling authors in Norway.',
      'The little-known poet died in 1902.',
      'The critically acclaimed series ran for six years.',
    ],
    pass: ['It is the oldest church in the valley, built in 1120.', 'Her novel is set in Lisbon.', '"It is one of the best days of my life," he said.', 'It was one of the most emotional nights of the tour.'],
  },
});
