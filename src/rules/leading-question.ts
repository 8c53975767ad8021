import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'leading-question',
  category: 'unverified-claim',
  description: 'A question insinuates what the article cannot report ("Could it be…?", "Or something more?").',
  origin: 'Betteridge\'s law of headlines; insinuating questions as a tabloid device.',
  scope: 'sentence',
  where: 'outside-quotes',
  patterns: [
    // A whole sentence asking about the people in the story, opened by an auxiliary, a wh-word or a teaser.
    // The look-ahead first checks, once, that the sentence ends in a question mark; the rest cannot then
    // fail late and backtrack. "or" opens a question itself, so it is not among the lead-in words.
    // A question put to the reader ("Do you smell that?") is an aside, not a question about the people.
    /^(?=[^?]*\?[?!"')\]]*$)(?:(?:so|and|but|now|then|well|still|yet|oh)\b[,.…\s]+)*(?:could|can|is|isn't|are|aren't|was|wasn't|were|has|hasn't|have|haven't|had|did|didn't|does|doesn't|do|don't|will|won't|would|wouldn't|should|might|may|why|just|maybe|perhaps|or|are\s+they)\b(?!\s+you\b)[^?]+\?[?!"')\]]*$/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Could it be a thank-you gift from her new beau?',
      'Has the singer split with her boyfriend?',
      'Just a bit of fun for the press tour?',
      'So, are they just friends or something more?',
      'So… why take a break?!',
    ],
    pass: [
      'The hardest part?',
      'She asked the audience whether they were ready.',
      'What a night it was.',
      'Do you remember that night?',
      'So what is next for the band?',
    ],
  },
});
