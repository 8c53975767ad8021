import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'quoted-confession',
  category: 'invented-interview',
  description: 'First-person words put in a star\'s mouth in a story that reads as invented: no interview backs them.',
  origin: 'Quotes are ordinary in reporting; shown only where the article as a whole reads as a fabricated tell-all.',
  strength: 'context',
  where: 'inside-quotes',
  patterns: [
    // First-person words in a quote that closes on its own speech tag: "…I…," she said.
    // Starts at the opening quote, so the scan runs once per quote rather than once per pronoun.
    // Only an opening quote (after white space or a bracket) is tried: a closing one would read on to the next quote.
    /(?<=^|[\s(\[])"(?=[^"\n]{0,400}?\b(?:I|I'm|I've|I'd|I'll|me|my|myself|we|we're|we've|our|us)\b)[^"\n]{0,400}?[,.!?\u2026-]"\s*(?:,\s*)?(?:he|she|they|the\s+\w+|[A-Z][\w.'-]*(?:\s+[A-Z][\w'-]*)??)\s+(?:would\s+|'d\s+)?(?:said|says|say|admitted|admits|confessed|replied|added|clarified|continued|told|explained|recalled|revealed|whispered|insisted|confided|muse|mused|reflect|reflected)\b/,
    // A sentence that opens on a first-person quote with no speech tag of its own: the confession set apart
    // in a paragraph, or run on after "she said, her voice trembling." (White space after the full stop: a
    // quote right after one closes.) A quote closed on a comma has its tag after it (a speaker, or "the
    // statement read"): the pattern above judges those.
    /(?<=(?:^|\n)[ \t]{0,4}|[.!?\u2026][ \t]{1,4})"(?![^"\n]{0,400}?,")[^"\n]{0,400}?\b(?:I|I'm|I've|I'd|I'll|me|my|myself|we|we're|we've|our|us)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      '"I have always written from the heart," she said.',
      '"We were never the same after that," he said.',
      'The hall went quiet.\n"I never stopped thinking about that night."',
      '"I was wrong," she said, her voice low. "I want my family to forgive me."',
    ],
    pass: ['The singer thanked fans after the show.', '"I love it," the statement read.', 'He called the film "a gift to my family" in a post.', 'She smiled. "It was a great night." We all agreed with her.'],
  },
});
