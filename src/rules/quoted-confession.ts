import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'quoted-confession',
  category: 'invented-interview',
  description: 'First-person words put in a star\'s mouth in a story that reads as invented: no interview backs them.',
  origin: 'Quotes are ordinary in reporting; shown only where the article as a whole reads as a fabricated tell-all.',
  strength: 'context',
  where: 'inside-quotes',
  patterns: [/\b(?:I|I'm|I've|I'd|I'll|me|my|myself|we|we're|we've|our|us)\b/],
  examples: {
    flag: ['"I have always sung from the heart," she said.', '"We were never the same after that," he said.'],
    pass: ['The singer thanked fans after the show.'],
  },
});
