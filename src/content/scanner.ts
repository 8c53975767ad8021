import { chunkBoundaries, mergeAnalyses, shiftFindings } from '../engine/chunks';
import { summarize, verdictOf } from '../engine/summary';
import type { Span } from '../engine/text';
import { CATEGORIES, type Analysis, type Category, type Finding, type Summary } from '../engine/types';
import { BLOCK_TAGS } from '../extract/blocks';
import type { PageDate } from '../extract/published-date';
import type { TextAnalysis } from '../shared/messages';
import { articleSteps, blockOf, extractSteps, isExcluded, type Article, type ExtractedText } from './extract';
import type { Highlighter } from './highlighter';
import { readPageDate } from './page-date';
import { rangeFor } from './ranges';

const BLOCK_SELECTOR = [...BLOCK_TAGS].join(', ');

/**
 * The analysis of each text, by whoever runs the engine: the background script, where the rules and the
 * facts stay compiled from page to page. Undefined when it did not answer.
 */
export type AnalyzeTexts = (texts: string[], published: string | undefined) => Promise<TextAnalysis[] | undefined>;

/** A finding painted on the page, with the block it lives in (for rescans when that block changes). */
export interface Shown {
  finding: Finding;
  range: Range;
  phrase: string;
  block: Element | null;
}

/** Work slices stay well under the 50 ms that makes a long task. */
const SLICE_MS = 12;
/**
 * Text per chunk (the engine reads a long text in chunks, whose counts add up to the whole's), and per
 * request to the background: a first answer soon on a huge page, and few messages on an ordinary one.
 */
const CHUNK = 16 * 1024;
const REQUEST = 64 * 1024;
/**
 * Most ranges painted on one page. Browsers re-process every highlight range when any changes, so on a
 * page with hundreds of thousands of findings painting more would freeze it; all are still counted and listed.
 */
export const MAX_PAINTED = 5000;

/** Findings mapped to ranges between two looks at the clock. */
const PAINT_BATCH = 200;

/** Consecutive spans grouped so that each group's text stays within `max` (a longer span goes alone). */
function batched(spans: readonly Span[], max: number): Span[][] {
  const out: Span[][] = [];
  let size = Infinity;
  for (const span of spans) {
    const length = span.end - span.start;
    if (size + length > max) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1]!.push(span);
    size += length;
  }
  return out;
}

const pause = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

/**
 * Scans the article in slices that yield to the page, paints what it finds, and rescans only the blocks
 * that changed. Owns the list of shown findings; the highlighter shows the enabled categories of it.
 */
export class Scanner {
  shown: Shown[] = [];
  summary: Summary | undefined;
  /** The page's publication date, read when the whole page is scanned; facts are judged as of it. */
  published: PageDate | undefined;
  /** Where the article is, chosen by the full scan; rescans read only inside it. */
  article: Article | undefined;
  /** Whether the first scan of the page (or of a replaced article) is under way. */
  reading = false;
  /** Ranges handed to the highlighter since the last full paint. */
  painted = 0;
  /** Longest stretch of work between two yields, in ms (published as the "gossip-lens:longest-slice" measure). */
  private longestSlice = 0;
  /** Every such stretch: their 95th percentile is published as "gossip-lens:slice-p95" after each full scan. */
  private slices: number[] = [];
  private generation = 0;
  /** When the current slice of work should end. */
  private deadline = 0;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly isShown: (f: Finding, phrase: string) => boolean,
    private readonly afterPaint: () => void,
    private readonly signal: AbortSignal,
    private readonly analyzeTexts: AnalyzeTexts,
  ) {}

  /** The whole article, from scratch. */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    this.shown = [];
    this.reading = true;
    try {
      await this.readAll(generation);
    } finally {
      if (generation === this.generation) this.reading = false;
    }
  }

  private async readAll(generation: number): Promise<void> {
    // Let the page paint its first frame: the style it computes then is what visibility checks read,
    // so they stay cheap instead of forcing that whole computation inside one of our slices.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (this.signal.aborted || generation !== this.generation) return;
    const started = performance.now();
    // The page's date first, in a slice of its own (a walk of the whole page): every finding is judged as of it.
    this.published = readPageDate(this.doc);
    await this.yieldToPage(started);
    if (this.signal.aborted || generation !== this.generation) return;
    this.highlighter.clear();
    this.painted = 0;
    const article = await this.sliced(articleSteps(this.doc), generation);
    if (!article) return;
    this.article = article;
    const { summary } = await this.scanRoots(article.roots, generation);
    if (generation === this.generation) this.summary = summary;
    this.afterPaint();
    // Visible in DevTools' performance panel (and read by npm run bench): how long the first scan took.
    performance.measure('gossip-lens:scan', { start: started, end: performance.now() });
    if (this.slices.length) {
      const sorted = this.slices.slice().sort((a, b) => a - b);
      performance.clearMeasures('gossip-lens:slice-p95');
      performance.measure('gossip-lens:slice-p95', { start: 0, duration: sorted[Math.floor(sorted.length * 0.95)]! });
    }
  }

  /** Blocks that appeared or changed: drop what was shown in them (or went stale), then read them again. */
  async rescan(changed: readonly Node[]): Promise<void> {
    const generation = this.generation;
    // The article itself was replaced (a page that swaps its story): choose again, from scratch.
    if (this.article?.roots.some((r) => !r.isConnected)) return this.scanAll();
    const roots = this.unitsFor(changed);
    const stale = new Set(roots);
    this.shown = this.shown.filter((s) => !s.range.collapsed && s.range.startContainer.isConnected && !(s.block && stale.has(s.block)) && s.range.toString().replace(/\s+/g, ' ').trim() === s.phrase);
    this.paint(); // drop the stale ranges first; the rescan then adds the new ones
    if (roots.length) {
      const { summary } = await this.scanRoots(roots, generation);
      // A page whose article arrived late gets its verdict now; later additions only change the counts.
      if (!this.summary && summary && generation === this.generation) this.summary = summary;
    }
    this.afterPaint();
  }

  /** Re-applies which categories and phrases show, without reading the page again. */
  paint(): void {
    const visible = this.visible().slice(0, MAX_PAINTED);
    this.painted = visible.length;
    for (const c of CATEGORIES) {
      const ranges = visible.filter((s) => s.finding.category === c).map((s) => s.range);
      if (ranges.length) this.highlighter.set(c, ranges);
      else this.highlighter.clear(c);
    }
    this.afterPaint();
  }

  visible(): Shown[] {
    return this.shown.filter((s) => this.isShown(s.finding, s.phrase));
  }

  countsByCategory(): Record<Category, number> {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const s of this.visible()) counts[s.finding.category]++;
    return counts;
  }

  /** Runs a stepwise walk to its end, yielding to the page between slices; undefined when cancelled. */
  private async sliced<T>(walk: Generator<void, T>, generation: number): Promise<T | undefined> {
    this.deadline = performance.now() + SLICE_MS;
    for (;;) {
      const step = walk.next();
      if (step.done) return step.value;
      if (performance.now() > this.deadline) {
        await this.yieldToPage(this.deadline - SLICE_MS);
        if (this.signal.aborted || generation !== this.generation) return undefined;
        this.deadline = performance.now() + SLICE_MS;
      }
    }
  }

  private async scanRoots(roots: readonly Element[], generation: number): Promise<{ summary?: Summary }> {
    const extracted: ExtractedText | undefined = await this.sliced(extractSteps(this.doc, roots, this.article?.drop), generation);
    if (!extracted) return {};
    const { text, segments } = extracted;
    if (!text.trim()) return {};
    const published = this.published?.date;
    const batches = batched(chunkBoundaries(text, CHUNK), REQUEST);
    const ask = (spans: readonly Span[]) => this.analyzeTexts(spans.map((s) => text.slice(s.start, s.end)), published);
    const parts: Analysis[] = [];
    // One request in flight ahead of the one being painted: the background reads while the page paints.
    let next = batches.length ? ask(batches[0]!) : undefined;
    for (let b = 0; b < batches.length; b++) {
      const answers = await next;
      if (this.signal.aborted || generation !== this.generation) return {};
      // No answer (the background failed twice): nothing more is asked.
      if (!answers) return {};
      this.deadline = performance.now() + SLICE_MS;
      next = b + 1 < batches.length ? ask(batches[b + 1]!) : undefined;
      const spans = batches[b]!;
      for (let i = 0; i < spans.length; i++) {
        const offset = spans[i]!.start;
        const findings = shiftFindings(answers[i]!.findings, offset);
        parts.push({ findings, summary: summarize(findings, verdictOf(answers[i]!.signals)) });
        if (!(await this.show(findings, text, segments, generation))) return {};
      }
    }
    return parts.length ? { summary: mergeAnalyses(parts).summary } : {};
  }

  /** Maps findings to ranges and paints them, in slices; false when the scan was cancelled meanwhile. */
  private async show(findings: readonly Finding[], text: string, segments: ExtractedText['segments'], generation: number): Promise<boolean> {
    for (let from = 0; from < findings.length; from += PAINT_BATCH) {
      const fresh: Shown[] = [];
      for (const finding of findings.slice(from, from + PAINT_BATCH)) {
        const range = rangeFor(this.doc, segments, finding.start, finding.end);
        if (!range) continue;
        const phrase = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
        fresh.push({ finding, range, phrase, block: blockOf(range.startContainer) });
      }
      this.shown.push(...fresh);
      // Paint as we go, adding only the new ranges: repainting everything per slice would be quadratic.
      for (const c of CATEGORIES) {
        if (this.painted >= MAX_PAINTED) break;
        const ranges = fresh.filter((s) => s.finding.category === c && this.isShown(s.finding, s.phrase)).map((s) => s.range).slice(0, MAX_PAINTED - this.painted);
        if (ranges.length) this.highlighter.add(c, ranges);
        this.painted += ranges.length;
      }
      if (performance.now() > this.deadline) {
        this.afterPaint();
        await this.yieldToPage(this.deadline - SLICE_MS);
        if (this.signal.aborted || generation !== this.generation) return false;
        this.deadline = performance.now() + SLICE_MS;
      }
    }
    return true;
  }

  /** Gives the page its turn; records the slice just ended when it is the longest so far. */
  private async yieldToPage(sliceStart: number): Promise<void> {
    const end = performance.now();
    if (this.slices.length < 100_000) this.slices.push(end - sliceStart);
    if (end - sliceStart > this.longestSlice) {
      this.longestSlice = end - sliceStart;
      performance.clearMeasures('gossip-lens:longest-slice');
      performance.measure('gossip-lens:longest-slice', { start: sliceStart, end });
    }
    await pause();
  }

  /** The outermost article blocks touched by these nodes, inside an article root and not excluded. */
  private unitsFor(nodes: readonly Node[]): Element[] {
    const roots = this.article?.roots ?? [];
    const units = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const block = node instanceof Element && node.querySelector(BLOCK_SELECTOR) ? node : blockOf(node);
      if (!block || !roots.some((r) => r.contains(block)) || isExcluded(block, this.article?.drop)) continue;
      units.add(block);
    }
    return [...units].filter((u) => ![...units].some((o) => o !== u && o.contains(u)));
  }
}
