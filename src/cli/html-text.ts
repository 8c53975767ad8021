import { parse } from 'parse5';
import { ARTICLE_ROOTS, BLOCK_TAGS, isSkippedElement } from '../extract/blocks';

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; parentNode?: Node | null };

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value ?? null;

/**
 * An HTML page reduced to its article text, the way the extension sees it: article/main when present,
 * without navigation, scripts, forms or hidden elements, one block per paragraph.
 */
export function htmlToArticleText(html: string): string {
  const doc = parse(html) as unknown as Node;
  const roots = findArticleRoots(doc);
  const parts: string[] = [];
  for (const root of roots) walk(root, parts);
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/[ \t]{2,}/g, ' ').trim();
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
function walk(root: Node, parts: string[]): void {
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
    if (isSkippedElement({ tag, role: attr(cur, 'role'), hidden: attr(cur, 'hidden') !== null, ariaHidden: attr(cur, 'aria-hidden'), style: attr(cur, 'style'), contentEditable: attr(cur, 'contenteditable') })) continue;
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
