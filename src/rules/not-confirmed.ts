import { defineRule } from '../engine/rule';

const CHECKED = String.raw`(?:independently\s+|officially\s+|publicly\s+)?(?:verified|confirmed|substantiated|corroborated)\b`;

export default defineRule({
  id: 'not-confirmed',
  category: 'unverified-claim',
  description: 'The text itself says a claim has not been confirmed or verified, yet passes it on.',
  origin: 'Hedging in news writing: the "could not be independently verified" disclaimer.',
  patterns: [
    new RegExp(String.raw`\b(?:has|have|had|was|were|is|are)\s+(?:not|never|yet\s+to\s+be)\s+(?:yet\s+)?been\s+${CHECKED}`),
    new RegExp(String.raw`\b(?:hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't)\s+(?:yet\s+)?(?:been\s+)?${CHECKED}`),
    new RegExp(String.raw`\b(?:(?:could|can)(?:\s+not|n't)|cannot)\s+(?:yet\s+)?be\s+${CHECKED}`),
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The claim has never been independently verified.',
      "The engagement hasn't been confirmed by either star.",
      'The report could not be verified.',
      'The story has not yet been confirmed.',
    ],
    pass: ['The engagement was confirmed by her publicist.', 'Her spokesperson confirmed the news on Monday.', 'The date can be confirmed by email.'],
  },
});
