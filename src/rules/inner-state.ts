import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'inner-state',
  category: 'invented-interview',
  description: 'Narrates someone\'s private thoughts and fears as fact, as only a novelist could.',
  origin: 'Free indirect style of fiction ("he knew", "deep down"), as seen in fabricated tell-alls.',
  strength: 'cue',
  where: 'outside-quotes',
  patterns: [
    /\bknew\s+(?:this|that|it|then|in\s+that|deep\s+down|right\s+away)\b/,
    /\b(?:harbou?rs|harbou?red|harbou?ring)\s+(?:a|the)\b/,
    /\bit\s+hit\s+(?:him|her|them)\b/,
    /\b(?:couldn't|could\s+not)\s+shake\b/,
    /\bdeep\s+down\b/,
    /\bin\s+(?:his|her)\s+heart\b/,
    /\b(?:a|the)\s+(?:pang|surge|rush|wave)\s+of\s+(?:guilt|fear|relief|longing|regret|grief|joy|sadness)\b/,
    /\bfound\s+(?:himself|herself)\s+(?:alone|staring|wondering|thinking)\b/,
    /\bthe\s+(?:guilt|terror|fear|grief|shame|regret)\s+(?:wasn't|was\s+not|of|that)\b/,
    /\b(?:silently|quietly)\s+(?:navigating|battling|struggling|suffering|grieving|fighting)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'But he knew this was more than friendship.',
      'She harbours a fear she has never voiced.',
      'When the call came, it hit her harder than any review.',
      'He was silently navigating a health scare.',
    ],
    pass: ['He said he knew the director from drama school.', 'The show returns in the spring.'],
  },
});
