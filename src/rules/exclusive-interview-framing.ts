import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'exclusive-interview-framing',
  category: 'invented-interview',
  description: 'Framed as an "exclusive interview" or "tell-all" that no named outlet or date backs up.',
  origin: 'Framing devices of fabricated celebrity "confession" stories (hoax and fake-news studies).',
  strength: 'strong',
  where: 'outside-quotes',
  patterns: [
    /\b(?:our|this|an?|the)\s+(?:(?:unprecedented|explosive|exclusive|emotional|candid|tearful|raw|rare|intimate|shocking|bombshell|heartfelt|heartbreaking|no-holds-barred|revealing)\s+){1,3}(?:tell-all|sit-down(?:\s+interview)?|interview|confession|saga|revelation|heart-to-heart)\b/,
    /\bexclusive\s+(?:interview|saga|confession|tell-all|sit-down)\b/,
    /\btell-all\b/,
    /\b(?:during|in)\s+an?\s+(?:emotional|candid|tearful|rare|intimate|raw)\s+(?:(?:live|sit-down|television|tv|podcast|video)\s+)?(?:interview|appearance|conversation|chat|video)\b/,
  ],
  examples: {
    flag: [
      'In an unprecedented tell-all, the star finally reveals everything.',
      'She confided in our exclusive interview that she had doubts.',
      'During an emotional sit-down interview this week, he shared his story.',
      'During a candid live interview, the singer apologised.',
    ],
    pass: [
      'In an interview with a fashion magazine, she discussed her new film.',
      'A source told the site exclusively that the pair had split.',
    ],
  },
});
