import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'rumour-talk',
  category: 'unverified-claim',
  description: 'The story runs on rumour, whispers or speculation rather than anything confirmed.',
  origin: 'Gossip register phrase list (rumour mill, tongues wagging, whispers of), after proselint\'s hedging checks.',
  patterns: [
    // A rumour confirmed is news, not rumour: "confirms the rumours" is left alone.
    /\brumou?r(?:s|ed|ing)?\b(?![-\s]+(?:has\s+it\s+)?(?:free|control))(?<!\bconfirm(?:s|ed|ing)?\s+(?:the\s+|those\s+|these\s+)?rumou?rs?)/,
    /\bwhisper(?:s|ed|ing)?\s+(?:of|that|about|have|had|are|were)\b/,
    /\b(?:tongues|jaws)\s+(?:wagging|are\s+wagging|wag)\b/,
    /\b(?:the\s+)?(?:gossip|grapevine|chatter|buzz)\s+(?:mill|is\s+that|has\s+it|suggests)\b/,
    /\b(?:talk|word)\s+on\s+the\s+street\b/,
    // "Romantically linked": the euphemism for a romance nobody has confirmed.
    /(?<!\bnot\s|n't\s|\bnever\s)\bromantically\s+(?:linked|involved|connected|tied)\b/,
    // Speculation, except where it is being denied or brushed off.
    // The look-behinds sit after the word so they run only where "speculation" was found.
    /\bspeculation\b(?<!\b(?:brush\w*|shrug\w*|laugh\w*)\s+off\s+(?:[\w'-]+\s+){0,3}speculation)(?<!\b(?:den\w+|dismiss\w*|quash\w*|shut\w*\s+down)\s+(?:[\w'-]+\s+){0,3}speculation)/,
    /\b(?:fans?|some|many|people|others|observers|viewers|followers|commenters|critics|experts|pundits|commentators|analysts|insiders|social\s+media|the\s+internet)\s+(?:have\s+|had\s+|are\s+|were\s+|quickly\s+|immediately\s+|soon\s+|began\s+|started\s+)?(?:speculated|speculating|speculate|theori[sz]ed|theori[sz]ing|convinced|wondered|wondering|suspected|suspecting|suspect|caught\s+wind)\b/,
    /\b(?:sparked|sparking|sparks|spark|fuel(?:l)?ed|fuel(?:l)?ing|fuels|generat(?:e|ed|es|ing)|prompt(?:ed|ing)|stok(?:e|ed|es|ing)|fann(?:ed|ing)|ignit(?:e|ed|ing)|set\s+off)\s+(?:[\w'-]+\s+){0,3}?(?:speculation|rumou?rs?|gossip|chatter|whispers|buzz|theories|talk)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Rumours have been swirling for weeks.',
      'The rumour mill kicked into overdrive after the dinner.',
      'Whispers of a reunion grew louder.',
      'Fans speculated that the pair had split.',
      'Fans started suspecting trouble once the photos vanished.',
      'The two were romantically linked last summer.',
      'The photo only fuelled further speculation.',
      "There's quiet speculation that the fight was filmed.",
    ],
    pass: [
      'She brushed off months of speculation with a smile.',
      'The couple married in a small ceremony.',
      'The singer finally confirmed the rumours on Friday.',
      'Her spokesman said the two are not romantically involved.',
      'He whispered to his co-star during the scene.',
    ],
  },
});
