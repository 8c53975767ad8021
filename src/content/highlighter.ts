import { CATEGORIES, type Category } from '../engine/types';
import { CATEGORY_STYLE } from '../shared/categories';

export interface Highlighter {
  /** Shows these ranges for a category, replacing what it showed before. */
  set(category: Category, ranges: readonly Range[]): void;
  /** Shows these ranges too, keeping what is shown (cheap for pages read a slice at a time). */
  add(category: Category, ranges: readonly Range[]): void;
  clear(category?: Category): void;
  /** How many highlight objects are live (for leak checks). */
  size(): number;
}

const STYLE_ID = 'gossip-lens-highlight-style';
const highlightName = (c: Category) => `gossip-lens-${c}`;

/** CSS for the highlights: a tint plus an underline style per category, so colour is never the only cue. */
function highlightCss(selector: (c: Category) => string): string {
  return CATEGORIES.map((c) => {
    const s = CATEGORY_STYLE[c];
    return `${selector(c)} { background-color: ${s.tint}; text-decoration: underline ${s.underline} ${s.colour}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
  }).join('\n');
}

function installStyle(doc: Document, css: string, signal: AbortSignal): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}

/**
 * The CSS Custom Highlight API where the browser has it: ranges are painted without touching the page's
 * DOM, one Highlight per category. Otherwise runs of text are wrapped in <gossip-lens-mark> elements.
 */
export function createHighlighter(doc: Document, signal: AbortSignal): Highlighter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const hasApi = !!registry && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
  const highlighter = hasApi ? customHighlighter(doc, registry!, signal) : wrappingHighlighter(doc, signal);
  signal.addEventListener('abort', () => highlighter.clear(), { once: true });
  return highlighter;
}

/** Ranges per Highlight object: a browser re-processes a whole Highlight when it changes, so keep each small. */
const BATCH = 4096;
/** Highlight objects per category; past this the last batch keeps growing. */
const MAX_BATCHES = 48;
const batchName = (c: Category, k: number) => (k === 0 ? highlightName(c) : `${highlightName(c)}-${k}`);

function customHighlighter(doc: Document, registry: HighlightRegistry, signal: AbortSignal): Highlighter {
  const selectors = (c: Category) => Array.from({ length: MAX_BATCHES }, (_, k) => `::highlight(${batchName(c, k)})`).join(', ');
  installStyle(doc, highlightCss(selectors), signal);
  const batches = new Map<Category, Highlight[]>();
  const clear = (c: Category) => {
    (batches.get(c) ?? []).forEach((_, k) => registry.delete(batchName(c, k)));
    batches.delete(c);
  };
  return {
    set(category, ranges) {
      clear(category);
      this.add(category, ranges);
    },
    add(category, ranges) {
      const list = batches.get(category) ?? [];
      batches.set(category, list);
      for (const r of ranges) {
        let last = list.at(-1);
        if (!last || (last.size >= BATCH && list.length < MAX_BATCHES)) {
          last = new Highlight();
          registry.set(batchName(category, list.length), last);
          list.push(last);
        }
        last.add(r);
      }
    },
    clear(category) {
      for (const c of category ? [category] : [...batches.keys()]) clear(c);
    },
    size: () => [...batches.values()].reduce((n, list) => n + list.length, 0),
  };
}

function wrappingHighlighter(doc: Document, signal: AbortSignal): Highlighter {
  installStyle(doc, highlightCss((c) => `gossip-lens-mark[data-category="${c}"]`) + '\ngossip-lens-mark { display: inline; }', signal);
  const marks = new Map<Category, Element[]>();
  const unwrap = (c: Category) => {
    for (const mark of marks.get(c) ?? []) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
    marks.delete(c);
  };
  return {
    set(category, ranges) {
      unwrap(category);
      const made: Element[] = [];
      for (const range of ranges) for (const piece of textPieces(range)) made.push(wrap(doc, piece, category));
      marks.set(category, made);
    },
    add(category, ranges) {
      const made = marks.get(category) ?? [];
      for (const range of ranges) for (const piece of textPieces(range)) made.push(wrap(doc, piece, category));
      marks.set(category, made);
    },
    clear(category) {
      for (const c of category ? [category] : [...marks.keys()]) unwrap(c);
    },
    size: () => [...marks.values()].reduce((n, m) => n + m.length, 0),
  };
}

/** The parts of a range that lie in single text nodes, skipping white-space-only runs so layout holds. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = root.nodeType === Node.TEXT_NODE ? [root as Text] : [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
  for (const node of nodes) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start && node.data.slice(start, end).trim()) pieces.push({ node, start, end });
  }
  return pieces;
}

function wrap(doc: Document, piece: { node: Text; start: number; end: number }, category: Category): Element {
  let node = piece.node;
  if (piece.end < node.data.length) node.splitText(piece.end);
  if (piece.start > 0) node = node.splitText(piece.start);
  const mark = doc.createElement('gossip-lens-mark');
  mark.setAttribute('data-category', category);
  node.parentNode!.insertBefore(mark, node);
  mark.append(node);
  return mark;
}
