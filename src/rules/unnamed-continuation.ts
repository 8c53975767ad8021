import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'unnamed-continuation',
  category: 'anonymous-source',
  description: 'A pronoun carries on quoting the unnamed source named just before.',
  origin: 'Follows attribution chains: "a source said ... they added".',
  patterns: [
    /\b(?:they|she|he)\s+(?:added|continued|went\s+on|explained|claimed|insisted|revealed|shared|noted|dished|told\s+[A-Z][\w!.]*(?:\s+[A-Z][\w!.]*){0,2})\b/,
  ],
  // Counts only right after an anonymous attribution: see `follows` handling in engine/analyze.ts.
  follows: { category: 'anonymous-source', within: 400 },
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: ['"It was a lovely evening," they added.'],
    pass: [],
  },
});
