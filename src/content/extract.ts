import { findArticle, type TreeOps } from '../extract/article';
import { ARTICLE_ROOTS, BLOCK_TAGS, isSkippedElement } from '../extract/blocks';

/** A text node's place in the extracted text. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

/** Hosts of our own UI: never read, never highlighted. */
export const OWN_ELEMENT = /^gossip-lens-/i;

/** Where the article is: its top elements, and which elements inside them are left out. */
export interface Article {
  roots: Element[];
  drop(el: Element): boolean;
  /** No article found: the whole page (or its article/main element) is read, as before. */
  whole: boolean;
}

/** The live DOM as the shared article finder reads it. */
const DOM_TREE: TreeOps<Node> = {
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : n.nodeType === 3 ? '#text' : ''),
  attr: (n, name) => (n as Element).getAttribute(name),
  text: (n) => (n as Text).data,
  children: (n) => n.childNodes,
  skip: (n) => rejected(n as Element),
};

/** Finds the article (see extract/article.ts), pausing every few hundred nodes; the page's whole text when there is none. */
export function* articleSteps(doc: Document): Generator<void, Article> {
  const found = doc.body ? yield* findArticle(DOM_TREE, doc.body) : undefined;
  if (found) return { roots: found.roots as Element[], drop: found.drop, whole: false };
  return { roots: articleRoots(doc), drop: () => false, whole: true };
}

export function findArticleIn(doc: Document): Article {
  return run(articleSteps(doc));
}

function run<T>(walk: Generator<void, T>): T {
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/**
 * The article's text and, for every character that came from the page, the text node it lives in.
 * Node text is kept verbatim (so offsets map back exactly); block boundaries and <br> add synthetic
 * line breaks that belong to no node.
 */
export function extractArticle(doc: Document): ExtractedText {
  const article = findArticleIn(doc);
  return extractFrom(doc, article.roots, article.drop);
}

/** The same, for chosen roots only (blocks that appeared or changed since the last scan). */
export function extractFrom(doc: Document, roots: readonly Element[], drop?: (el: Element) => boolean): ExtractedText {
  return run(extractSteps(doc, roots, drop));
}

/**
 * Extraction as a generator that pauses every few hundred nodes, so a caller can yield to the page
 * on huge documents; the result is the generator's return value.
 */
export function* extractSteps(doc: Document, roots: readonly Element[], drop?: (el: Element) => boolean): Generator<void, ExtractedText> {
  let visited = 0;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        return node.nodeType !== Node.TEXT_NODE && (rejected(node as Element) || drop?.(node as Element)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    let lastBlock: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++visited % 256 === 0) yield;
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (!data) continue;
        const block = closestBlock(node.parentElement, root);
        if (block !== lastBlock && length > 0) push('\n\n');
        lastBlock = block;
        segments.push({ node: node as Text, start: length });
        push(data);
      } else if ((node as Element).tagName === 'BR') {
        push('\n');
      }
    }
    if (length > 0) push('\n\n');
  }
  return { text: parts.join(''), segments };
}

/** Our own elements (except the wrapping fallback's marks, which hold page text) and what is never article text. */
function rejected(el: Element): boolean {
  const html = el as HTMLElement;
  if (OWN_ELEMENT.test(el.tagName) && el.tagName.toLowerCase() !== 'gossip-lens-mark') return true;
  // Hidden by the page's stylesheet (a class with display:none): only the browser knows. Asked for
  // blocks only, since it computes style; where the method is missing (test DOMs) the attributes decide.
  if (BLOCK_TAGS.has(el.tagName.toLowerCase()) && typeof html.checkVisibility === 'function' && !html.checkVisibility()) return true;
  return isSkippedElement({
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role'),
    hidden: html.hidden === true,
    ariaHidden: el.getAttribute('aria-hidden'),
    style: el.getAttribute('style'),
    contentEditable: el.getAttribute('contenteditable'),
  });
}

/** Whether an element is left out of article text, itself or through an ancestor up to the document. */
export function isExcluded(el: Element, drop?: (el: Element) => boolean): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (rejected(e) || drop?.(e)) return true;
  return false;
}

/** The block element a node's text belongs to (its paragraph, list item, heading...). */
export function blockOf(node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el ? closestBlock(el, el.ownerDocument.documentElement) : null;
}

function closestBlock(el: Element | null, root: Element): Element | null {
  for (let e = el; e; e = e.parentElement) {
    if (BLOCK_TAGS.has(e.tagName.toLowerCase()) || e === root) return e;
  }
  return null;
}

/** article/main when present (outermost only), the body otherwise: the reading when no article is found. */
export function articleRoots(doc: Document): Element[] {
  for (const selector of ARTICLE_ROOTS) {
    const found = [...doc.querySelectorAll(selector)];
    if (found.length) return found.filter((e) => !found.some((o) => o !== e && o.contains(e)));
  }
  return doc.body ? [doc.body] : [];
}
