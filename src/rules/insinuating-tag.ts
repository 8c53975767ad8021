import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'insinuating-tag',
  category: 'unverified-claim',
  description: 'A tag question hints at more than the article reports ("…or something more?", "Coincidence?").',
  origin: 'Insinuating tag questions of tabloid copy; the companion of leading-question, found mid-sentence.',
  where: 'outside-quotes',
  patterns: [
    // "friends, or something more?": the question mark must close the same sentence, a few words on.
    /\bor\s+(?:is\s+it\s+|was\s+it\s+|could\s+it\s+be\s+)?something\s+(?:more|else|deeper)\b(?=[^.!?\n]{0,40}\?)/,
    /\bor\s+is\s+there\s+(?:more|something\s+else)\s+(?:to\s+it|to\s+the\s+story|going\s+on|at\s+play)\b(?=[^.!?\n]{0,40}\?)/,
    /\b(?:a\s+)?coincidence\s*\?/,
    /\bwe\s+think\s+not\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Strictly business partners, or something more?',
      'Is it a friendship, or is there more to it?',
      'They both wore matching rings. Coincidence?',
      'A chance meeting? We think not.',
    ],
    pass: [
      'She said she wanted something more from her next role.',
      'The director called the casting a happy coincidence.',
      'Or something more serious, the doctor said, would need surgery.',
    ],
  },
});
