import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'confession-framing',
  category: 'invented-interview',
  description: 'A star "finally opens up" or "breaks their silence": the stock framing of an invented confession.',
  origin: 'Headline formulas of fabricated celebrity stories collected in fake-news data sets.',
  strength: 'cue',
  where: 'outside-quotes',
  patterns: [
    /\b(?:finally\s+)?(?:opens|opened|opening)\s+up\s+(?:about|on)\b/,
    /\b(?:breaks|broke|broken|breaking)\s+(?:(?:her|his|their|that|the|a)\s+)?(?:long\s+|years-long\s+|decades-long\s+)?silence\b/,
    /\b(?:pulls|pulled|pulling)\s+back\s+the\s+curtain\b/,
    /\b(?:pours|poured|pouring|bares|bared|baring)\s+(?:her|his|their)\s+(?:heart|soul)\b/,
    /\b(?:tearful|emotional|heartbreaking|shocking|raw|painful|deeply\s+personal)\s+(?:confession|admission|revelation|truth|apology)\b/,
    /\b(?:confided|confides|confessed|confesses|admitted|admits)\b/,
    /\b(?:carried|kept|hidden|hid)\s+(?:it\s+)?(?:(?:quietly|silently|secretly|hidden|in\s+silence)\s+)?(?:for|from)\s+(?:decades|years|the\s+public)\b/,
    /\b(?:finally\s+)?(?:ready\s+to\s+(?:talk|reveal|share|open\s+up)|finally\s+(?:reveals|revealed|confirms|confirmed|admits|admitted|speaks|spoke))\b/,
    /\b(?:breaks|broke)\s+down\s+in\s+tears\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The actor has at last opened up about his hardest season on set.',
      'Now, at 60, the icon has broken that silence.',
      'She pulls back the curtain on her years in the band.',
      'It was a tearful confession that left fans reeling.',
    ],
    pass: ['The singer opened her new tour in Dallas.', 'The film breaks box-office records.'],
  },
});
