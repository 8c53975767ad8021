import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'reflective-speech',
  category: 'invented-interview',
  description: 'Speech told like a memoir ("he\'d say", "she would muse"): nobody recorded it.',
  origin: 'Free indirect and habitual dialogue tags of fiction.',
  strength: 'cue',
  patterns: [
    /\b(?:he|she|they|I|[A-Z][a-z]+)(?:'d|\s+would)\s+(?:later\s+|often\s+|always\s+|once\s+)?(?:say|said|muse|mused|reflect|recall|whisper|admit|confide|tell|joke|quip|sigh|laugh)\b/,
    /\b(?:mused|muses|musing|murmured|murmurs)\b/,
  ],
  examples: {
    flag: ['"We were young," he\'d reflect later.', '"Stars burn out," the actor would muse.'],
    pass: ['"We were young," he said in a 2019 interview.'],
  },
});
