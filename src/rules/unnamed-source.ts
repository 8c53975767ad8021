import { defineRule } from '../engine/rule';

// Determiners and adjectives that leave the speaker unnamed: "a source", "one insider", "the supposed snitch".
const UNNAMED = String.raw`(?:a|an|one|another|the|that|this|my|our|two|three|several|multiple|many|some|numerous|various)`;
const QUALIFIER = String.raw`(?:[\w"'-]+[ \t\n]){0,3}?`;
const SOURCE_NOUN = String.raw`(?:sources?|insiders?|tipsters?|informants?|confidantes?|confidants?|snitch(?:es)?|moles?|spies|spy)`;

export default defineRule({
  id: 'unnamed-source',
  category: 'anonymous-source',
  description: 'The claim rests on an unnamed "source" or "insider" that the reader cannot check.',
  origin: 'Anonymous-attribution phrase lists from journalism research on unnamed sourcing (e.g. Duke Reporters\' Lab, NYT "sources say" studies).',
  patterns: [
    // "a source close to the pair", "the insider", "multiple sources", "my source", a scare-quoted "the
    // tabloid's "source""; not "a source of pride".
    // Anchored on the noun (rare) rather than the determiner (everywhere); the look-behind that checks
    // the determiner runs only where the noun was found.
    new RegExp(String.raw`\b${SOURCE_NOUN}\b(?<=\b${UNNAMED}\s+${QUALIFIER}"?${SOURCE_NOUN})(?!\s+of\b)(?!-)`),
    // Bare plurals and verbs: "sources say", "insiders noting", "sources are now opening up".
    new RegExp(String.raw`\b(?:sources|insiders)\s+(?:(?:(?:now|also|have|had|are|were)\s+){1,2}|close\s+to\s+(?:[\w'-]+\s+){1,5}?)?(?:say|said|tell|told|claim|claimed|reveal|revealed|noting|note|noted|confirm|confirmed|opening\s+up|insist|insisted|suggest|suggested)\b`),
    new RegExp(String.raw`\bwith\s+insiders\b`),
  ],
  examples: {
    flag: [
      'A source close to the singer told the magazine that the pair were "inseparable".',
      'The insider added that the couple had argued for weeks.',
      "Sources say the actor's next film is already cast.",
      'My source says the wedding is off.',
      'According to one well-placed insider, the tour will be cancelled.',
      'Multiple sources have told us the same story.',
      'The supposed snitch goes on to claim the couple never split.',
      'The tabloid\'s "source" claims the wedding is back on.',
      'Sources are now opening up about what went wrong.',
    ],
    pass: [
      'The director said the source of the script was a novel.',
      'Her charity work is a source of pride for the family.',
      'The singer told reporters she was happy.',
      'The code is open-source and free to use.',
    ],
  },
});
