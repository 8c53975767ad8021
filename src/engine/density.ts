/**
 * Density decisions: one atmospheric sentence in a real report is not fabrication, a run of them is.
 * Works on per-sentence cue counts so it stays linear in the number of sentences.
 */

/** How many sentences either side form the neighbourhood of a sentence. */
export const WINDOW_RADIUS = 3;
/** Cue-bearing sentences needed in a neighbourhood before its cues are shown. */
export const MIN_CUED_SENTENCES = 3;

/** For each sentence, whether it sits in a run dense enough with cues for them to count. */
export function denseSentences(cued: readonly boolean[]): boolean[] {
  const prefix = new Array<number>(cued.length + 1).fill(0);
  cued.forEach((c, i) => (prefix[i + 1] = prefix[i]! + (c ? 1 : 0)));
  return cued.map((_, i) => {
    const lo = Math.max(0, i - WINDOW_RADIUS);
    const hi = Math.min(cued.length, i + WINDOW_RADIUS + 1);
    return prefix[hi]! - prefix[lo]! >= MIN_CUED_SENTENCES;
  });
}
