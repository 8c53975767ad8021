import { defineRule } from '../engine/rule';

const KIN = String.raw`(?:daughter|son|grandson|granddaughter|grandchild|wife|husband|mother|mom|mum|father|dad|sister|brother|child|children|kids?|baby|fiancée?|niece|nephew)`;
const SPOKE = String.raw`(?:whispered|murmured|asked|said|told|begged|pleaded|cried|sobbed|replied|called\s+out)`;

export default defineRule({
  id: 'family-dialogue',
  category: 'invented-interview',
  description: 'Words a star and their family said to each other in private, quoted as if someone were in the room.',
  origin: 'Private dialogue scenes of fabricated tell-alls: no outlet was present to record them.',
  strength: 'cue',
  patterns: [
    // "…," his daughter whispered; "…," she told her son softly.
    new RegExp(String.raw`"\s*(?:,\s*)?(?:(?:his|her|their)\s+(?:(?:little|young|youngest|eldest|oldest|teenage|\d+-year-old)\s+)?${KIN}\s+${SPOKE}|(?:he|she)\s+${SPOKE}\s+(?:to\s+)?(?:his|her|their)\s+${KIN})\b`),
    // "His daughter leaned over and whispered", "she turned to her son and said".
    new RegExp(String.raw`\b(?:leaned|leant|turned|knelt|bent)\s+(?:over\s+|down\s+|close\s+)?(?:to\s+(?:his|her|their)\s+${KIN}\s+)?and\s+(?:whispered|murmured|said|asked)\b`),
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      '"Are you coming home, Daddy?" his little daughter whispered.',
      '"We will be fine," she told her son.',
      'His wife leaned over and whispered something only he could hear.',
    ],
    pass: ['"It was a long shoot," he said.', 'Her daughter attended the premiere in a blue dress.', 'She told reporters the tour was over.'],
  },
});
