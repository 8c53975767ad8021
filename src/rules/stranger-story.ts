import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'stranger-story',
  category: 'invented-interview',
  description: 'A passing stranger gets a name and a life story, as characters do in fiction: no reporter tracked them down.',
  origin: 'The sympathetic bystander of fabricated viral stories (the widow, the veteran, the waitress "named ...").',
  strength: 'cue',
  where: 'outside-quotes',
  patterns: [
    /\ban?\s+(?:(?:elderly|frail|young|old|lonely|grieving|\d+-year-old)\s+){1,2}(?:widow|widower|veteran|stranger|janitor|waitress|waiter|nurse|cleaner|busker|cabbie|taxi\s+driver|mechanic|farmer|shopkeeper|homeless\s+(?:man|woman))\s+(?:named|called)\b/,
    /\b(?:had|has)\s+(?:spent|worked|lived)\s+(?:the\s+(?:last|past)\s+)?(?:\w+\s+)?(?:decades|years)\s+(?:caring\s+for|nursing|raising|working\s+(?:double|night)\s+shifts|living\s+alone|sleeping\s+rough)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'At the gate stood an elderly widow named Rose.',
      'He had spent three decades caring for his sick wife.',
      'A 19-year-old waitress named Lucy served them that night.',
    ],
    pass: ['A 34-year-old man was arrested, police said.', 'The actress spent years working in theatre.', 'Her manager, Rose Diaz, declined to comment.'],
  },
});
