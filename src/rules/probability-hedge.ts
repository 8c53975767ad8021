import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'probability-hedge',
  category: 'unverified-claim',
  description: 'The writer guesses ("perhaps", "likely", "may have been") instead of stating what is known.',
  origin: 'Hyland\'s hedges (probability adverbs and epistemic modals) and the CoNLL-2010 hedge cue inventory.',
  where: 'outside-quotes',
  patterns: [
    /\b(?:perhaps|maybe|likely|unlikely|potentially|plausibly|conceivably|doubtless|probable|improbable|debatable|unproven|unclear|uncertain)\b/,
    // An epistemic modal over the past: "must have been", "could have known".
    /\b(?:must|may|might|could)(?:\s+not)?\s+(?:well\s+|also\s+|even\s+)?have\s+(?!to\b)[a-z]+/,
    // Uncertainty put impersonally: "it is not yet clear", "it remains unknown whether", "it is hard to say",
    // "it is generally assumed that" ("it remained unknown to readers" is about fame, not doubt).
    /\bit\s+(?:is|was|remains|remained)\s+(?:(?:still|yet|now|also|however|therefore),?\s+)?(?:not\s+(?:yet\s+|entirely\s+|always\s+|fully\s+|really\s+)?(?:clear|certain|possible|known(?!\s+to\b))|unknown(?!\s+to\b)|uncertain|questionable|doubtful|debatable|apparent\s+that|hard\s+to\s+(?:believe|say|know|tell)|questioned\s+whether|(?:widely\s+|generally\s+|usually\s+|often\s+)?(?:hoped|assumed|presumed|supposed)\s+that)\b/,
    /\bit\s+(?:is|was|would\s+be|might\s+be|may\s+be)\s+(?:also|hardly|quite|entirely|just|equally|even)\s+possible\b/,
    // A candidate put forward, not a finding: "one possible explanation", "another likely cause".
    /\b(?:one|a|another|other)\s+(?:possible|probable|plausible|likely)\s+(?:reasons?|causes?|explanations?|origins?|motives?|interpretations?|sources?|answers?)\b/,
    /\b(?:may|might)\s+or\s+(?:may|might)\s+not\b/,
    // "impossible to determine whether", "almost certainly": the writer marks the limit of what is known.
    /\b(?:impossible|difficult|hard)\s+to\s+(?:determine|say|know|tell|establish|ascertain|verify|confirm|prove)\b/,
    /\b(?:almost|nearly|all\s+but)\s+(?:certainly|surely|definitely)\b/,
    // Grounds for a guess, not the fact: "there is reason to believe", "good grounds to suspect".
    /\b(?:reason|grounds)\s+to\s+(?:believe|think|suspect|doubt)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The tower was perhaps built as a lookout.',
      'The fire likely started in the kitchen.',
      'The letter must have been written after the war.',
      'It is unclear whether the two ever met.',
      'The name could have come from an old word for a ford.',
      'It is not yet clear who painted the ceiling.',
      'It remains unknown whether the letters survive.',
      'It is not always possible to date the coins.',
      'It is generally assumed that the bridge was Roman.',
      'It is also possible that the map was copied.',
      'One possible explanation is a fault in the wiring.',
      'The seeds may or may not sprout in cold soil.',
      'There is reason to believe the tower is older.',
      'It is hard to tell whether the two notes match.',
      'The wall was almost certainly rebuilt after the fire.',
    ],
    pass: ['The tower was built as a lookout in 1402.', '"Maybe I will sing it," she said.', 'The fire started in the kitchen.', 'His poems remained unknown to readers until 1900.', 'It is possible to book a table online.'],
  },
});
