import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'reflective-speech',
  category: 'invented-interview',
  description: 'Speech told like a memoir ("he\'d say", "she would muse"): nobody recorded it.',
  origin: 'Free indirect and habitual dialogue tags of fiction.',
  strength: 'cue',
  patterns: [
    // Starts at the apostrophe of "he'd", not at the word before it, so the matcher can find it by that mark.
    /(?:(?<=\w)'d|\bwould)\s+(?:later\s+|often\s+|always\s+|once\s+)?(?:say|said|muse|mused|reflect|recall|whisper|admit|confide|tell|joke|quip|sigh|laugh)\b/,
    /\b(?:mused|muses|musing|murmured|murmurs)\b/,
    // "Keanu calls them "beautiful lies"", "actions she now describes as "immoral"".
    /\b(?:calls|called|describes|described)\s+(?:(?:it|them|him|her|the\s+\w+|this|that)\s+)?(?:as\s+)?"/,
    /\b(?:says|said|admits|admitted|insists|confesses)\s+(?:that\s+)?(?:she|he)\s+(?:now\s+|finally\s+)?(?:feels|felt|is\s+ready|was\s+ready|is\s+at\s+peace|has\s+never|had\s+never|still)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: ['"We were young," he\'d reflect later.', '"Stars burn out," the actor would muse.', 'She calls them "the lost years."', 'Now she says she feels freer than ever.'],
    pass: ['"We were young," he said in a 2019 interview.'],
  },
});
