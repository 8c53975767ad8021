import { defineRule } from '../engine/rule';

// Claims of standing (fame, influence, importance) with no measure: "one of the most influential", "his
// best-known work". Affection ("most beloved") and feeling ("most emotional") are colour, not a ranking.
// A superlative that ranks ("one of the most decorated", "among the most cited") unless it voices feeling, as
// affection ("one of the most beloved voices") or an experience ("one of the most emotional nights"): colour, not standing.
const AFFECT = String.raw`(?:beloved|loved|adored|admired|respected|revered|cherished|talked[-\s]about|discussed|watched|followed|emotional(?:ly)?|deeply|truly|memorable|painful|difficult|challenging|moving|touching|heartbreaking|heartwarming|devastating|tragic|sad|shocking|stunning|dramatic|special|exciting|stressful|magical|surreal|trying|romantic|intimate|personal|vulnerable|candid|honest|raw|fun|amazing|incredible|beautiful|wonderful|precious|meaningful|humbling|terrifying|scary|awkward|embarrassing|bizarre|unforgettable)`;
const STANDING = String.raw`(?:famous|notable|important|popular|influential|prominent|successful|significant|celebrated|renowned|acclaimed|legendary|illustrious|prestigious|iconic|prolific|controversial|distinguished|accomplished|innovative|recogni[sz]ed|well[-\s]known|widely\s+[a-z]+ed)`;

export default defineRule({
  id: 'peacock-term',
  category: 'unverified-claim',
  description: 'Unattributed praise ranks someone or something ("one of the most influential", "best-known") with no measure.',
  origin: 'Wikipedia\'s "words to watch" (puffery, peacock terms) and the CoNLL-2010 weasel cues.',
  where: 'outside-quotes',
  patterns: [
    /\b(?:one\s+of|among)\s+(?:the|his|her|their|its|[a-z]+'s?)\s+(?:(?:very|all-time)\s+)?(?:best|greatest|finest|foremost|leading|premier|largest|earliest|oldest)\b/,
    // "one of the most decorated", "among the most cited", "some of her most daring" (a number may stand between:
    // "one of the ten most visited").
    new RegExp(String.raw`\b(?:(?:one|some)\s+of|among)\s+(?:the|his|her|their|its|[a-z]+'s?)\s+(?:[a-z]+\s+)?most\s+(?!${AFFECT}\b)[a-z]+`),
    // Not "the most important thing is": a figure of speech, not a ranking.
    new RegExp(String.raw`\b(?:the|his|her|their|its|[a-z]+'s?)\s+(?:most|best|greatest)\s+${STANDING}\b(?!\s+(?:thing|part|question|lesson)\b)`),
    /\b(?:best|well|widely|little|lesser|better)[-\s]known\b|\bbest[-\s]selling\b/,
    // Popularity asserted as the claim, not measured: "is hugely popular", "became quite popular among students"
    // (before a noun, "the wildly popular series" only describes).
    /\b(?:is|are|was|were|be|been|being|became|become|becomes|remains?|remained|proved|proven|'s|'re)\s+(?:also\s+|still\s+|now\s+)?(?:very|extremely|hugely|immensely|enormously|wildly|incredibly|quite|highly|increasingly|especially|particularly|massively|tremendously)\s+popular\b/,
    /\bfamously\b/,
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
      'It was the best-selling board game of the decade.',
      'The dish is hugely popular along the coast.',
      'The mayor famously refused to wear a tie.',
      'The harbour is one of the most photographed sights on the coast.',
      'The chapel ranks among the most visited in the region.',
      'He wrote some of his most daring verse in exile.',
      'The novel is among the greatest of its century.',
    ],
    pass: ['It is the oldest church in the valley, built in 1120.', 'Her novel is set in Lisbon.', 'The dish became popular after 1950.', 'The wildly popular series returns in May.', '"It is one of the best days of my life," he said.', 'It was one of the most emotional nights of the tour.', 'It was one of the most difficult years of her life.', 'She is one of the most beloved voices in country music.', 'Most of the guests left early.'],
  },
});
