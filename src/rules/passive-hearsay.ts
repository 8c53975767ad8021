import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'passive-hearsay',
  category: 'unverified-claim',
  description: 'A claim is "said", "believed" or "thought" to be true, by nobody in particular.',
  origin: 'Wikipedia\'s weasel words ("it is believed", "is said to") and retext-intensify\'s weasel list.',
  patterns: [
    /\b(?:is|are|was|were|'s|'re)\s+(?:(?:also|now|still|widely|reportedly|even)\s+)?(?:said|believed|thought|rumou?red|reported|alleged|claimed|understood|tipped|whispered|reputed|presumed|purported)\s+to\b/,
    // "There are claims that", "allegations surfaced that": the claim arrives with no one behind it.
    /\bthere\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:(?:some|many|persistent|unconfirmed|growing|repeated|recent|also)\s+)?(?:claims|allegations|suggestions|rumou?rs|whispers|speculation|talk|reports)\s+(?:that|of)\b/,
    // One claim, no one behind it: "there is also a claim that", "there was a persistent rumour".
    /\bthere\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:a|one)\s+(?:persistent\s+|popular\s+|widespread\s+|common\s+|long-standing\s+)?(?:claim|rumou?r|suggestion|allegation|belief|theory|tradition|legend)\b/,
    /\b(?:allegations|claims|rumou?rs|reports|suggestions)\s+(?:later\s+|soon\s+|then\s+)?(?:surfaced|emerged|circulated|swirled|spread)\s+that\b/,
    // "It is believed", "it's believed", "it's also been reported": the contraction has no space before it.
    /\bit(?:\s+(?:is|was|has(?:\s+also)?\s+been|had\s+been|is\s+being)|'s(?:\s+also)?(?:\s+been)?)\s+(?:widely\s+|also\s+|now\s+)?(?:said|believed|thought|claimed|reported|alleged|rumou?red|suggested|understood|speculated|whispered|noted|argued|estimated|assumed|feared|hypothesi[sz]ed|proposed|observed|conjectured|asserted|postulated|surmised|supposed)\b/,
    /\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:claiming|reporting|alleging)\b/,
    // "Reports suggest" (the noun), not "fans report that" (the verb, with its own subject).
    /(?<!\b(?:fans|they|we|I|you|people|witnesses|onlookers|friends|insiders|sources|observers|viewers)\s)\breports?\s+(?:have\s+|has\s+|had\s+)?(?:flourished|suggested|suggest|claimed|claim|surfaced|emerged|circulated|swirled|indicated|indicate|connected|linked|say|said|that)\b/,
    /\b(?:according\s+to|amid|following|despite)\s+(?:(?:recent|new|several|some|multiple|media|tabloid|unconfirmed|various|earlier|the|these|those)\s+){0,2}(?:reports|accounts)\b/,
    /\b(?:many|several|multiple|unconfirmed|tabloid|media)\s+reports\b/,
    /\bafter\s+it\s+was\s+reported\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'According to some accounts, the wedding cost a fortune.',
      'The singer is said to be furious.',
      'It is believed she has known him for years.',
      "It's believed the pair met on set.",
      "It's also been reported that the house is for sale.",
      "The magazine's cover story is claiming the marriage is over.",
      'Reports have flourished that the duo signed with a new label.',
      'Several reports have suggested the band will reunite.',
      'The old inn is reputed to be haunted.',
      'It has been argued that the portrait is a later copy.',
      'It has been observed that the birds return each spring.',
      'There are persistent claims that the tape was edited.',
      'There is also a claim that the organ came from Italy.',
      'Allegations later surfaced that the manager had kept the money.',
    ],
    pass: ['There are plans to tour in the spring.', 'The claims were dismissed by the court in 2019.', 'She said she was furious.', 'The magazine reported on the awards ceremony.', 'Viewers report that the stream froze twice.'],
  },
});
