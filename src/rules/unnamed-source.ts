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
    // The newsroom formulas for a source who will not be named: "speaking on condition of anonymity",
    // "who asked not to be named", "who declined to be identified".
    /\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|wished|wishing|wanted|wanting|preferred|preferring)\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+(?:anonymous|nameless|unnamed))|declined\s+to\s+be\s+(?:named|identified)|(?:requested|granted|asked\s+for)\s+anonymity)\b/,
    // "A little birdie tells us".
    /\ba\s+little\s+bird(?:ie)?\s+(?:told|tells|says|said|whispered|whispers)\b/,
    // "The singer's camp maintains", "her inner circle says": the entourage as one unnamed voice.
    /\b(?:camp|inner\s+circle)\b(?<=(?:'s|s'|\bher|\bhis|\btheir)\s+(?:camp|inner\s+circle))\s+(?:(?:has|have|is|are|also|now)\s+)?(?:says|said|insists|insisted|maintains|maintained|claims|claimed|tells|told|believes|believed|feels|felt)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'A source close to the singer told the magazine that the pair were "inseparable".',
      'The insider added that the couple had argued for weeks.',
      "Sources say the actor's next film is already cast.",
      'My source says the wedding is off.',
      'According to one well-placed insider, the tour will be cancelled.',
      'Multiple sources have told us the same story.',
      'The supposed snitch went on to insist the couple never split.',
      'The tabloid\'s "source" claims the wedding is back on.',
      'Sources are now opening up about what went wrong.',
      'A producer, speaking on condition of anonymity, said the budget had doubled.',
      'A guest who asked not to be named said the toast was awkward.',
      'A little birdie tells us the album is nearly finished.',
      "The actor's camp insists nothing happened.",
    ],
    pass: [
      'The director said the source of the script was a novel.',
      'Her charity work is a source of pride for the family.',
      'The singer told reporters she was happy.',
      'The code is open-source and free to use.',
      'The boot camp says it will reopen in May.',
      'The author asked to be named in the credits.',
    ],
  },
});
