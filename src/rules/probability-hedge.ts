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
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The tower was perhaps built as a lookout.',
      'The fire likely started in the kitchen.',
      'The letter must have been written after the war.',
      'It is unclear whether the two ever met.',
      'The name could have come from an old word for a ford.',
    ],
    pass: ['The tower was built as a lookout in 1402.', '"Maybe I will sing it," she said.', 'The fire started in the kitchen.'],
  },
});
