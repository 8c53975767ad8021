import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'appearance-hedge',
  category: 'unverified-claim',
  description: 'The writer reads meaning into appearances ("appears to", "hints at", "may be") instead of reporting it.',
  origin: 'Hedge lists behind retext-intensify (appear, seem, suggest, may) narrowed to insinuation.',
  patterns: [
    /\b(?:appears?|appeared|appearing|seems?|seemed|seeming)\s+to\b/,
    /\b(?:seems?|seemed|looks?|looked|looking)\s+(?:as\s+(?:though|if)|like\s+(?:they|she|he|the\s+(?:pair|couple|two|duo)))\b/,
    // The impersonal guess: "It seems that", "it would appear" (not "it seems to me", which owns the view).
    /\bit\s+(?:seems|seemed|appears|appeared|would\s+seem|would\s+appear)\b(?!\s+to\s+(?:me|us)\b)/,
    /\bcould\s+(?:well\s+|soon\s+|already\s+|even\s+)?be\s+[a-z]+ing\b/,
    /\bin\s+what\s+(?:appears|appeared|seems|seemed|looks|looked)\b/,
    /\bhint(?:s|ed|ing)?\s+(?:at|that)\b/,
    /\bsuggest(?:s|ed|ing)\b(?!\s+by\b)/,
    /\b(?:may|might)\s+(?:well\s+|very\s+well\s+|even\s+|soon\s+|already\s+|actually\s+)?(?:be|have\s+been)\b/,
    // "may have trained", "might well have started" (not "may have to", which is about duty).
    /\b(?:may|might)\s+(?:well\s+|very\s+well\s+|even\s+|actually\s+)?have\b(?=\s+(?!to\b)\w)/,
    /\bit\s+(?:can|could|may|might)\s+(?:just\s+|also\s+|simply\s+)?be\b/,
    // A modal guess at meaning or origin: "the name may derive from", "the gesture might signal".
    /\b(?:may|might|could)\s+(?:well\s+|also\s+)?(?:refer|reflect|indicate|suggest|derive|originate|stem|date|explain|mean|signal|point\s+to|hint)\b/,
    /\b(?:in|on)\s+the\s+cards\b/,
  ],
  where: 'outside-quotes',
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The actress appears to be living with him.',
      'Their weekend trips hint at something more serious.',
      'The snapshot suggests the two may be planning a move.',
      "It's looking as though the custody fight is over.",
      'Or it could just be nerves.',
      'The fire may well have started in the kitchen.',
      'He might have known her since school.',
      'The name may derive from an old word for a ford.',
      'The ring could signal an engagement.',
      'It seems that the two met on set.',
      'The pair could be falling for each other again.',
    ],
    pass: ['Fans may have to wait until spring for the album.', 'The actress appeared on the talk show on Monday.', 'Her new album is out on Friday.'],
  },
});
