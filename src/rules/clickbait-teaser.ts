import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'clickbait-teaser',
  category: 'invented-interview',
  description: 'Hype that promises a shocking secret ("the painful truth behind the smile") instead of reporting one.',
  origin: 'Headline formulas of celebrity hoax pages collected in fake-news data sets.',
  strength: 'strong',
  where: 'outside-quotes',
  patterns: [
    /\b(?:the\s+)?(?:dark|painful|shocking|heartbreaking)\s+truth\b/,
    /\bfans\s+(?:never|didn't)\s+knew?\b/,
    /\b(?:shattered|broke|stunned|shocked)\s+(?:the\s+internet|fans|the\s+world|the\s+nation)\b/,
    /\b(?:left|leaving)\s+(?:her\s+|his\s+)?(?:fans|many|the\s+world)\s+(?:in\s+shock|stunned|speechless|reeling|in\s+tears)\b/,
    /\bonly\s+\d+%\s+of\b/,
    /\b(?:change|changed)\s+your\s+life\b/,
    /\bplunged\s+into\s+(?:global\s+)?(?:shock|mourning|grief)\b/,
    /\bdive\s+into\s+this\b/,
    // The hoax-page headline formula: "At 70, <star> finally reveals…", "…the secret she kept for decades".
    /\bat\s+\d{2,3},\s+(?:[\w'.-]+\s+){1,4}?finally\s+(?:confirms?|reveals?|admits?|breaks?|opens?\s+up|speaks?\s+out|tells?\s+all|comes?\s+clean|addresses)\b/,
    // Curiosity-gap formulas: "what she said next", "you won't believe", "no one saw it coming".
    /\bwhat\s+(?:she|he|they)\s+(?:said|revealed|did|found)\s+next\b/,
    /\byou\s+(?:won't|will\s+not)\s+believe\b/,
    /\b(?:no\s+one|nobody)\s+(?:saw\s+(?:it|this|that)\s+coming|could\s+have\s+(?:predicted|imagined)\s+(?:it|this|what))\b/,
    /\bthe\s+secret\s+(?:she|he|they)\s+(?:kept|hid|has\s+kept|had\s+kept|has\s+hidden|had\s+hidden)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The painful truth behind the split is finally out.',
      'The news left fans in shock.',
      'Only 1% of readers will understand why.',
      'At 58, the singer finally admits what everyone suspected.',
      'The actor reveals the secret he kept for forty years.',
      'What she said next left the room silent.',
      "You won't believe who turned up at the wedding.",
      'Nobody saw it coming.',
    ],
    pass: ['The show was a hit with fans.', 'She told the truth in court.', 'At 45, she finally won the award she had chased for years.', 'Fans could not believe their luck when the gates opened early.'],
  },
});
