import { parse } from 'parse5';
import { findArticle, type ArticleChoice, type TreeOps } from '../extract/article';
import { ARTICLE_ROOTS, BLOCK_TAGS, isSkippedElement } from '../extract/blocks';
import {
  ARTICLE_CONTAINERS, isDatePublishedProp, isHeaderTimeCandidate, isJsonLdScript, metaName, microdataValue,
  type DateElement, type PageDateInput,
} from '../extract/published-date';

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; parentNode?: Node | null };

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value ?? null;

const skipped = (n: Node) => isSkippedElement({ tag: n.tagName!, role: attr(n, 'role'), hidden: attr(n, 'hidden') !== null, ariaHidden: attr(n, 'aria-hidden'), style: attr(n, 'style'), contentEditable: attr(n, 'contenteditable') });

/** parse5's tree as the shared article finder reads it: the same finder the content script runs on the DOM. */
const PARSE5_TREE: TreeOps<Node> = {
  tag: (n) => n.tagName ?? (n.nodeName === '#text' ? '#text' : ''),
  attr,
  text: (n) => n.value ?? '',
  children: (n) => n.childNodes ?? [],
  skip: skipped,
};

/**
 * An HTML page reduced to its article text, the way the extension sees it: the article the shared finder
 * chooses (headline, standfirst, body; see extract/article.ts), or article/main or the whole body when it
 * finds none; without navigation, scripts, forms or hidden elements, one block per paragraph.
 */
export function htmlToArticleText(html: string): string {
  return readHtmlPage(html).text;
}

/** The same, saying whether an article was found (whole: false) or the whole page was read. */
export function htmlToArticle(html: string): { text: string; whole: boolean } {
  const { text, whole } = readHtmlPage(html);
  return { text, whole };
}

/** The article text, whether the whole page was read, and what the page says about its date, from one parse. */
export function readHtmlPage(html: string): { text: string; whole: boolean; dateInput: PageDateInput } {
  const doc = parse(html) as unknown as Node;
  const body: Node[] = [];
  collect(doc, (n) => n.nodeName === 'body', body);
  let found: ArticleChoice<Node> | undefined;
  if (body[0]) {
    const steps = findArticle(PARSE5_TREE, body[0]);
    let step = steps.next();
    while (!step.done) step = steps.next();
    found = step.value;
  }
  const roots = found ? found.roots : findArticleRoots(doc);
  const parts: string[] = [];
  for (const root of roots) walk(root, parts, found?.drop);
  return { text: normalize(parts.join('')), whole: !found, dateInput: dateInputOf(doc) };
}

function normalize(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/[ \t]{2,}/g, ' ').trim();
}

const view = (n: Node): DateElement => ({ tag: n.tagName!, attr: (name) => attr(n, name) });

/** The parse5 adapter of published-date.ts: the same elements the content script selects in the live DOM. */
function dateInputOf(doc: Node): PageDateInput {
  const input = { metas: [] as { name: string; content: string }[], jsonLd: [] as string[], microdata: [] as { tag: string; value: string }[], headerTimes: [] as string[], urls: [] as string[] };
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  const stack: { n: Node; inContainer: boolean; inHeader: boolean }[] = [{ n: doc, inContainer: false, inHeader: false }];
  while (stack.length) {
    const { n, inContainer, inHeader } = stack.pop()!;
    let container = inContainer;
    let header = inHeader;
    if (n.tagName) {
      const e = view(n);
      const tag = n.tagName;
      if (tag === 'meta' && attr(n, 'content') !== null) {
        const name = metaName(e);
        if (name) input.metas.push({ name, content: attr(n, 'content')! });
        if (name === 'og:url') ogUrl ??= attr(n, 'content');
      }
      if (tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attr(n, 'rel') ?? '')) canonical ??= attr(n, 'href');
      if (isJsonLdScript(e)) input.jsonLd.push(textOf(n));
      if (isDatePublishedProp(e)) input.microdata.push({ tag, value: microdataValue(e, () => textOf(n)) });
      if (isHeaderTimeCandidate(e) && ((inContainer && inHeader) || attr(n, 'pubdate') !== null)) input.headerTimes.push(attr(n, 'datetime')!);
      if (ARTICLE_CONTAINERS.includes(tag)) container = true;
      if (tag === 'header' && inContainer) header = true;
    }
    // Not into <template> content: the live DOM's selectors do not see it either.
    const kids = n.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i]!, inContainer: container, inHeader: header });
  }
  input.urls = [canonical, ogUrl].filter((u): u is string => !!u);
  return input;
}

function textOf(n: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [n];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur.nodeName === '#text') parts.push(cur.value ?? '');
    const kids = cur.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

function findArticleRoots(doc: Node): Node[] {
  for (const selector of ARTICLE_ROOTS) {
    const found: Node[] = [];
    collect(doc, (n) => matchesSimple(n, selector), found);
    // Outermost only: a root inside another found root is dropped (checked through its ancestors).
    const set = new Set(found);
    if (found.length) return found.filter((n) => !hasAncestorIn(n, set));
  }
  const body: Node[] = [];
  collect(doc, (n) => n.nodeName === 'body', body);
  return body.length ? body : [doc];
}

function matchesSimple(n: Node, selector: string): boolean {
  const attrSel = /^\[([\w-]+)="([^"]+)"\]$/.exec(selector);
  if (attrSel) return attr(n, attrSel[1]!) === attrSel[2];
  return n.tagName === selector;
}

function collect(n: Node, test: (n: Node) => boolean, out: Node[]): void {
  const stack: Node[] = [n];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur.tagName && test(cur)) out.push(cur);
    const kids = cur.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

function hasAncestorIn(n: Node, set: ReadonlySet<Node>): boolean {
  for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}

// Iterative, so a page nested thousands of levels deep cannot overflow the stack.
function walk(root: Node, parts: string[], drop?: (n: Node) => boolean): void {
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const cur = stack.pop()!;
    if (typeof cur === 'string') {
      parts.push(cur);
      continue;
    }
    if (cur.nodeName === '#text') {
      parts.push((cur.value ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (!cur.tagName) {
      pushChildren(cur, stack);
      continue;
    }
    const tag = cur.tagName;
    if (skipped(cur) || (cur !== root && drop?.(cur))) continue;
    if (tag === 'br') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      parts.push('\n\n');
      stack.push('\n\n');
    }
    pushChildren(cur.content ?? cur, stack);
  }
}

function pushChildren(n: Node, stack: (Node | string)[]): void {
  const kids = n.childNodes ?? [];
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
}
