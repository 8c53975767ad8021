import { defineRule, escapeRegExp } from '../engine/rule';

// Outlets that run real interviews: "an exclusive interview with People" is reporting, with a name to check.
// One white-space character between words: these sit inside look-arounds, which must stay linear.
const OUTLETS = [
  'people', 'us weekly', 'et', 'entertainment tonight', 'e! news', 'e news', 'tmz', 'page six', 'variety',
  'the hollywood reporter', 'hollywood reporter', 'vanity fair', 'vogue', 'british vogue', 'elle', 'gq', 'rolling stone', 'billboard',
  "harper's bazaar", 'cosmopolitan', 'glamour', 'esquire', 'time magazine', 'oprah', 'cbs', 'nbc', 'abc', 'cnn', 'bbc', 'itv',
  'access hollywood', 'good morning america', 'gma', 'the today show', '60 minutes', 'the guardian', 'the times',
  'the new york times', 'the sun', 'daily mail', 'the daily mail', 'radar online', 'in touch', 'in touch weekly', 'ok!',
  'hello!', 'life & style', 'closer magazine', 'the cut', 'interview magazine', 'w magazine', 'apple music', 'spotify', 'sirius xm',
];
const OUTLET = String.raw`\b(?:${OUTLETS.sort((a, b) => b.length - a.length).map((o) => escapeRegExp(o).replace(/ /g, '\\s')).join('|')})(?!\w)`;
// A named outlet right after ("with People", "to ET"), or a book, makes the framing checkable, not invented.
const NOT_BACKED = String.raw`(?!\s+(?:memoir|book|autobiography|biography|documentary))(?![^.!?\n]{0,40}?\b(?:with|to|for|on)\s(?:the\s)?${OUTLET})`;

// The outlet named just before ("told Us Weekly in an exclusive interview") backs it as well as one after.
const TOLD_OUTLET = String.raw`\b(?:told|tells|telling|to|with|gave|giving|granted)\s+(?:the\s+)?${OUTLET}(?:\s+magazine)?(?:\s+(?:in|during|for|on))?`;

export default defineRule({
  id: 'exclusive-interview-framing',
  category: 'invented-interview',
  description: 'Framed as an "exclusive interview" or "tell-all" that no named outlet or date backs up.',
  origin: 'Framing devices of fabricated celebrity "confession" stories (hoax and fake-news studies).',
  strength: 'strong',
  where: 'outside-quotes',
  unlessAfter: { pattern: new RegExp(TOLD_OUTLET), within: 60 },
  patterns: [
    new RegExp(String.raw`\b(?:our|this|an?|the)\s+(?:(?:unprecedented|explosive|exclusive|emotional|candid|tearful|raw|rare|intimate|shocking|bombshell|heartfelt|heartbreaking|no-holds-barred|revealing)\s+){1,3}(?:tell-all|sit-down(?:\s+interview)?|interview|confession|saga|revelation|heart-to-heart)\b${NOT_BACKED}`),
    new RegExp(String.raw`\bexclusive\s+(?:interview|saga|confession|tell-all|sit-down)\b${NOT_BACKED}`),
    new RegExp(String.raw`\btell-all\b${NOT_BACKED}`),
    new RegExp(String.raw`\b(?:during|in)\s+an?\s+(?:emotional|candid|tearful|rare|intimate|raw)\s+(?:(?:live|sit-down|television|tv|podcast|video)\s+)?(?:interview|appearance|conversation|chat|video)\b${NOT_BACKED}`),
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'In an unprecedented tell-all, the star finally reveals everything.',
      'He revealed in this exclusive interview that he had doubts.',
      'In a tearful sit-down interview on Sunday, she told her side.',
      'The rapper apologised in a candid live interview on the radio.',
      'He told our reporter in an exclusive interview that he had never been happier.',
    ],
    pass: [
      'In an interview with a fashion magazine, she discussed her new film.',
      'A source told the site exclusively that the pair had split.',
      'The actress told People in an exclusive interview that she was ready to move on.',
      'In his tell-all memoir, published last year, the actor described his childhood.',
      'During an emotional interview with Oprah, the couple described the wedding.',
      'The actress told Us Weekly in an exclusive interview that she was happy.',
      'He admitted to Vanity Fair magazine during a candid interview that he had been lonely.',
    ],
  },
});
