import { anchorsOf, type Anchor } from './leading-words';
import { escapeRegExp } from './rule';
import type { Span } from './text';
import { TokenTable } from './word-finder';

/**
 * Finds many patterns in one pass over a text. A group is a list of patterns matched as one alternation
 * (a rule's patterns, or a claim the fact checker looks for); each group gets what a global scan of that
 * alternation would find: the leftmost match first, the earlier pattern at a tie, no overlaps, no empty
 * matches.
 *
 * How: every pattern is anchored on a word (see `anchorsOf`); one pass over the text finds all anchor
 * words (see word-finder.ts), and a pattern is tried, sticky, only where its anchor stands, so its
 * look-behinds still see the text before. A group with a pattern that cannot be anchored is scanned in
 * full, as before.
 */
export interface PatternGroup {
  patterns: readonly RegExp[];
  /** Flags for the whole group (without g and y), as its alternation would be compiled. */
  flags: string;
}

interface AnchoredPattern {
  /**
   * The pattern from its anchor word on, with the part before that word as a look-behind. Where that
   * part is the whole prefix it is captured (group 1), and its length gives the match's start.
   */
  sticky: RegExp;
  /** Whether `sticky` captures the prefix as group 1 (false: no prefix, or only its guard is checked). */
  capturesPrefix: boolean;
  /**
   * Where only a guard was checked behind the anchor: the whole prefix, sticky, ending where the text it
   * is tried on ends; it gives the match's start. Tried where one of `starts` stands, or else everywhere.
   */
  prefix?: RegExp;
  /** The tokens the prefix can begin with, as one global pattern (absent: they cannot be told). */
  starts?: RegExp;
  /** How far back to look for the prefix first (its usual reach); further only where that fails. */
  reach: number;
  /** The pattern's place in its group: at one start, the earlier pattern wins, as in an alternation. */
  order: number;
  /** Its group's index. */
  group: number;
}

interface Candidate {
  start: number;
  end: number;
  order: number;
}

// How far before its anchor a match may start and still have that start recovered exactly.
const PREFIX_REACH = 1000;

export class PatternIndex {
  /** For each anchor word or mark: the patterns anchored on it, group by group, in order. */
  private readonly anchored: TokenTable<AnchoredPattern[]>;
  /** The anchor marks, as one global pattern. */
  private readonly marks: RegExp | undefined;
  /** Groups scanned in full, as one global alternation each. */
  private readonly fullScans = new Map<number, RegExp>();
  private readonly groupCount: number;
  /** Whether every mark is one character: then a mark is read off the text where found, with no match object. */
  private readonly singleCharacterMarks: boolean;

  constructor(groups: readonly PatternGroup[]) {
    // Anchor tokens are lower case; the word finder ignores case, the mark scan needs none.
    const byToken = new Map<string, AnchoredPattern[]>();
    groups.forEach((group, g) => {
      const anchors = group.patterns.map((p) => anchorsOf(p.source));
      if (anchors.some((a) => a === undefined)) {
        this.fullScans.set(g, new RegExp(group.patterns.map((p) => `(?:${p.source})`).join('|'), `${group.flags}g`));
        return;
      }
      const patternsByToken = new Map<string, AnchoredPattern[]>();
      // Parts keep their pattern's place and their own within it: at one start the earlier wins.
      (anchors as Anchor[][]).flat().forEach((anchor, order) => {
        const behind = anchor.guard !== undefined ? `(?<=${anchor.guard})` : anchor.prefix !== undefined ? `(?<=(${anchor.prefix}))` : '';
        const pattern: AnchoredPattern = {
          sticky: new RegExp(`${behind}(?:${anchor.rest})`, `${group.flags}y`),
          capturesPrefix: anchor.guard === undefined && anchor.prefix !== undefined,
          // Ends one character before the window's end: the anchor's first character stays in view for a \b.
          ...(anchor.guard !== undefined && {
            prefix: new RegExp(`(?:${anchor.prefix})(?=[\\s\\S]$)`, `${group.flags}${anchor.starts ? 'y' : 'g'}`),
            ...(anchor.starts && { starts: tokenPattern(anchor.starts) }),
          }),
          reach: Math.min(anchor.reach ?? PREFIX_REACH, PREFIX_REACH),
          order,
          group: g,
        };
        for (const t of anchor.tokens) patternsByToken.set(t, [...(patternsByToken.get(t) ?? []), pattern]);
      });
      for (const [token, patterns] of patternsByToken) byToken.set(token, [...(byToken.get(token) ?? []), ...patterns]);
    });
    this.anchored = new TokenTable(byToken);
    const marks = [...this.anchored.byMark.keys()];
    this.marks = marks.length ? new RegExp(marks.map(escapeRegExp).join('|'), 'g') : undefined;
    this.singleCharacterMarks = marks.every((m) => m.length === 1);
    this.groupCount = groups.length;
  }

  /** Every regular expression this index runs, each once: for warming them up (see warmUpSteps in analyze.ts). */
  compiled(): RegExp[] {
    const out = new Set<RegExp>(this.fullScans.values());
    if (this.marks) out.add(this.marks);
    for (const patterns of [...this.anchored.byWord, ...this.anchored.byMark.values()]) {
      for (const p of patterns) for (const re of [p.sticky, p.prefix, p.starts]) if (re) out.add(re);
    }
    return [...out];
  }

  /** Whether group `g` is found through anchors (false: scanned in full). */
  isAnchored(g: number): boolean {
    return !this.fullScans.has(g);
  }

  /** Every group's matches in `text`, in order of position. */
  find(text: string): Span[][] {
    const candidates: Candidate[][] = Array.from({ length: this.groupCount }, () => []);
    const { words, byWord, byMark } = this.anchored;
    const hits = words.find(text);
    for (let h = 0; h < hits.length; h += 2) tryAt(byWord[hits[h + 1]!]!, hits[h]!, text, candidates);
    if (this.marks) {
      this.marks.lastIndex = 0;
      if (this.singleCharacterMarks) {
        while (this.marks.test(text)) tryAt(byMark.get(text[this.marks.lastIndex - 1]!)!, this.marks.lastIndex - 1, text, candidates);
      } else {
        let hit: RegExpExecArray | null;
        while ((hit = this.marks.exec(text))) tryAt(byMark.get(hit[0])!, hit.index, text, candidates);
      }
    }
    return candidates.map((found, g) => {
      const full = this.fullScans.get(g);
      return full ? scanWhole(full, text) : leftmostFirst(found);
    });
  }
}

/** Tries, at an anchor token found at `at`, each pattern anchored on it; adds what matches to its group's candidates. */
function tryAt(patterns: readonly AnchoredPattern[], at: number, text: string, candidates: Candidate[][]): void {
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i]!;
    const sticky = pattern.sticky;
    sticky.lastIndex = at;
    let start = at;
    if (pattern.capturesPrefix) {
      const m = sticky.exec(text);
      if (!m) continue;
      start = at - m[1]!.length;
    } else {
      if (!sticky.test(text)) continue;
      start = matchStart(pattern, text, at);
    }
    if (start >= 0 && sticky.lastIndex > start) candidates[pattern.group]!.push({ start, end: sticky.lastIndex, order: pattern.order });
  }
}

/**
 * Where a match found at its anchor `at` starts: the leftmost start of its prefix that ends at the anchor;
 * -1 when no prefix does (possible only where just a guard was checked behind the anchor).
 */
function matchStart(pattern: AnchoredPattern, text: string, at: number): number {
  if (!pattern.prefix) return at;
  // Windows from short to long: most prefixes (a quotation before its speech tag, say) are short. Each
  // window tries only starts the last one did not. A start right at a window's edge may have a longer
  // prefix further back: the next window confirms it or finds that one.
  let tried = at;
  let atEdge = -1;
  for (const reach of prefixWindows(pattern.reach)) {
    const from = Math.max(0, at - reach);
    // The prefix is looked for in a copy of the text up to the anchor, so that it must end there (its
    // pattern ends with "one character, then the end"); the copy starts far enough before the window for
    // look-behinds in the prefix (and a leading \b) to see what they would in the whole text.
    const sliceStart = Math.max(0, from - LOOK_BEHIND_MARGIN);
    const found = leftmostPrefix(pattern, text.slice(sliceStart, at + 1), from - sliceStart, tried - sliceStart);
    if (found >= 0) {
      if (found + sliceStart > from || from === 0 || reach >= PREFIX_REACH) return sliceStart + found;
      atEdge = sliceStart + found;
    }
    tried = from;
  }
  return atEdge;
}

/** The leftmost start in [from, until) from which the prefix matches up to the end of `before`; -1 if none. */
function leftmostPrefix(pattern: AnchoredPattern, before: string, from: number, until: number): number {
  const prefix = pattern.prefix!;
  if (!pattern.starts) {
    prefix.lastIndex = from;
    const m = prefix.exec(before);
    return m && m.index < until ? m.index : -1;
  }
  pattern.starts.lastIndex = from;
  let start: RegExpExecArray | null;
  while ((start = pattern.starts.exec(before)) && start.index < until) {
    prefix.lastIndex = start.index;
    if (prefix.test(before)) return start.index;
  }
  return -1;
}

/** Finds where any of these tokens (lower-case words, whole; or marks) stands, in any case. */
function tokenPattern(tokens: readonly string[]): RegExp {
  const words = tokens.filter((t) => /^\w+$/.test(t)).sort((a, b) => b.length - a.length);
  const marks = tokens.filter((t) => !/^\w+$/.test(t));
  return new RegExp([...(words.length ? [`\\b(?:${words.map(escapeRegExp).join('|')})\\b`] : []), ...marks.map(escapeRegExp)].join('|'), 'gi');
}

// Text kept before a prefix's window for its look-behinds to read.
const LOOK_BEHIND_MARGIN = 200;

const SHORT_WINDOW = 120;

function prefixWindows(reach: number): number[] {
  const windows = [Math.min(reach + 1, SHORT_WINDOW)];
  if (reach + 1 > SHORT_WINDOW) windows.push(Math.min(reach + 1, PREFIX_REACH));
  if (windows.at(-1)! < PREFIX_REACH) windows.push(PREFIX_REACH);
  return windows;
}

/** As a global scan chooses: the leftmost candidate (the earlier pattern at a tie), then the next after it. */
function leftmostFirst(found: Candidate[]): Span[] {
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  const out: Span[] = [];
  let busyUntil = 0;
  for (const c of found) {
    if (c.start < busyUntil) continue;
    busyUntil = c.end;
    out.push({ start: c.start, end: c.end });
  }
  return out;
}

/** A global scan of the whole text, skipping empty matches so a careless pattern cannot loop. */
export function scanWhole(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
