/**
 * Which part of a page is the article: its headline, standfirst and body, without the navigation,
 * asides, link lists, related and "most read" blocks, comments, newsletter and share boxes around it.
 *
 * One notion shared by the content script (over the live DOM, without cloning) and the CLI (over parse5
 * nodes): both hand in a small `TreeOps` for their tree and get the same choice back. The signals are Mozilla
 * Readability's: paragraphs are scored by their length and commas, the score flows to their parent
 * (in full), grandparent (half) and three more ancestors (less), class and id names weigh for or against
 * an element, link density discounts it, the best candidate is widened to its parent when that scores
 * better and joined by siblings that score well (content split by ads); inside it, blocks that look like
 * boilerplate (negative names, mostly links, lists of links, embeds, forms) are left out. Left out of
 * Readability, to keep the content script small: its "close runners-up" step, its gallery and short-block
 * cleaning, its negative start scores for lists and headings. Added to it: the headline (the last h1 before
 * the body, else the last h2) and what lies between it and the body; teaser cards (a linked heading with a
 * line of text) and blocks headed "Comments", "Most read", "Related"... are boilerplate. When no part of the page reads like an article (a home page of teasers, a gallery),
 * there is no choice and the caller falls back to its whole-page reading.
 */

import { BLOCK_TAGS } from './blocks';

/** How an article finder reads a tree. Elements have a lower-case tag; text nodes '#text'; others ''. */
export interface TreeOps<N> {
  tag(n: N): string;
  attr(n: N, name: string): string | null;
  /** A text node's data. */
  text(n: N): string;
  children(n: N): ArrayLike<N>;
  /** Never article text (scripts, nav, hidden...): neither read nor scored. */
  skip(n: N): boolean;
}

export interface ArticleChoice<N> {
  /** The article's top-level elements, in document order, none inside another. */
  roots: N[];
  /** Whether an element inside a root is left out, with everything in it. */
  drop(n: N): boolean;
}

interface Stats {
  n: unknown;
  tag: string;
  /** The parent's figures (undefined for the body). */
  up?: Stats;
  /** Pre-order index, and the last index inside: a contains b iff a.at <= b.at <= a.end. */
  at: number;
  end: number;
  /** Trimmed text length, of it inside links; commas; paragraphs, items, widgets inside. */
  len: number;
  links: number;
  commas: number;
  p: number;
  li: number;
  widgets: number;
  /** A block element inside (a div then does not read as one paragraph). */
  blocky?: boolean;
  /** Class and id: weight for or against; Readability's "unlikely" (no score); boilerplate (left out). */
  weight: number;
  unlikely: boolean;
  boiler: boolean;
  /** Boilerplate itself or through an ancestor. */
  out?: boolean;
  /** What opens the block: a paragraph (0), a boilerplate label (1), a linked heading (2), another heading (3). */
  lead?: number;
  score: number;
  candidate?: boolean;
}

// Readability's name lists, with the boilerplate this project meets most (newsletters, "most read", teasers).
/** Names that surely are not the article: left out from inside it too. */
const BOILER = /comment|disqus|replies|related|newsletter|subscri|sign[- ]?up|share|social|promo|outbrain|taboola|recirc|trending|most[- ]?(?:read|popular|viewed|shared)|popular|recommend|read[- ]?(?:more|next)|more[- ](?:stories|from|on|like)|top[- ]stories|latest|you[- ]m(?:ay|ight)|don'?t[- ]miss|join[- ]the|follow[- ]us|sidebar|breadcrumb|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])/i;
/** Headings that open such a block: "Most read", "Comments (12)", "Sign up to our newsletter". */
const BOILER_LABEL = new RegExp(`^(?:${BOILER.source})`, 'i');
/** Readability's negative names (shortened): they weigh against a block, and its paragraphs do not score. */
const NEGATIVE = new RegExp(`${BOILER.source}|banner|combx|community|extra|foot|menu|modal|masthead|media|meta|tags|widget|popup|pag(?:er|inat)`, 'i');
/** Names that keep a block's paragraphs scoring even so. */
const MAYBE = /and|article|body|column|main|shadow|content|entry|post|story|text/i;
/** Names of the article body itself, never boilerplate whatever else they say. */
const BODY_NAME = /(?:article|post|entry|story)[-_]?(?:body|content|text)|main/i;
const POSITIVE = /article|body|content|entry|main|page|post|text|blog|story/i;
const set = (words: string) => new Set(words.split(' '));
const HEADING = /^h[1-6]$/;
/** Embedded media and form controls: counted inside a block, though never read. */
const WIDGETS = set('iframe video audio embed object form input button select textarea');
/** Blocks checked for boilerplate inside the article (Readability's "clean conditionally", widened). */
const CLEANED = set('div section ul ol dl table figure header li p');

/** Text this long, of paragraphs at least this long, makes an article (Readability's thresholds). */
const MIN_ARTICLE = 500;
const MIN_PARAGRAPH = 140;
const MIN_READERABLE = 20;

/** Readability's start score by tag (its negative ones, for lists and headings, left out: they rarely hold paragraphs). */
const TAG_SCORE: Record<string, number> = { div: 5, pre: 3, td: 3, blockquote: 3 };

const COMMAS = /,/g;

/**
 * Finds the article under `body`, as a generator that pauses every few hundred nodes (the content script
 * yields to the page between steps); its return value is the choice, or undefined when there is no article.
 */
export function* findArticle<N>(ops: TreeOps<N>, body: N): Generator<void, ArticleChoice<N> | undefined> {
  const stats = new Map<N, Stats>();
  /** Every element's figures, in document order (by `at`). */
  const all: Stats[] = [];
  const paragraphs: Stats[] = [];
  const headlines: Stats[] = [];
  // The text of the heading being read (for boilerplate labels), and how deep inside links we are.
  let heading: string[] | null = null;
  let linkDepth = 0;
  const open = (n: N, tag: string, up?: Stats): Stats => {
    // Class, id, and a custom element's tag (amp-ad, amp-sidebar, a site's <related-stories>); a missing one reads "null", which no list names.
    const names = `${ops.attr(n, 'class')} ${ops.attr(n, 'id')} ${tag.includes('-') ? tag : ''}`;
    const s: Stats = {
      n, tag, up, at: all.length, end: 0, len: 0, links: 0, commas: 0, p: 0, li: 0, widgets: 0,
      weight: (NEGATIVE.test(names) ? -25 : 0) + (POSITIVE.test(names) ? 25 : 0) + (tag === 'article' || ops.attr(n, 'itemprop') === 'articleBody' ? 25 : 0),
      unlikely: !!up && tag !== 'article' && NEGATIVE.test(names) && !MAYBE.test(names),
      boiler: !!up && BOILER.test(names) && !BODY_NAME.test(names),
      score: 0,
    };
    stats.set(n, s);
    all.push(s);
    return s;
  };
  type Frame = { s: Stats; kids: ArrayLike<N>; i: number; link: boolean };
  const stack: Frame[] = [{ s: open(body, 'body'), kids: ops.children(body), i: 0, link: false }];
  for (let visited = 0; stack.length; ) {
    if (++visited % 512 === 0) yield;
    const top = stack[stack.length - 1]!;
    const s = top.s;
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i++]!;
      const tag = ops.tag(kid);
      if (tag === '#text') {
        const data = ops.text(kid);
        const len = data.trim().length;
        s.len += len;
        if (linkDepth) s.links += len;
        s.commas += data.match(COMMAS)?.length ?? 0;
        if (heading) heading.push(data);
        else if (s.lead === undefined && len >= 25) s.lead = 0;
      } else if (tag) {
        if (WIDGETS.has(tag)) s.widgets++;
        if (BLOCK_TAGS.has(tag)) s.blocky = true;
        if (ops.skip(kid)) continue;
        // A link to a place in a page (a live blog's permalink, a footnote) is not a link away from the article.
        const link = tag === 'a' && !ops.attr(kid, 'href')?.includes('#');
        if (link) linkDepth++;
        if (HEADING.test(tag)) heading ??= [];
        stack.push({ s: open(kid, tag, s), kids: ops.children(kid), i: 0, link });
      }
      continue;
    }
    // Every child read: the element's figures are complete; add them to its parent's.
    stack.pop();
    const { tag } = s;
    s.end = all.length - 1;
    if (top.link) linkDepth--;
    let label: number | undefined;
    if (heading && HEADING.test(tag)) {
      // A sub-heading labels its block ("Most read", "Comments (12)", a teaser's linked headline); a headline does not.
      const text = heading.join('').trim();
      if (tag !== 'h1') label = text.length <= 40 && BOILER_LABEL.test(text) ? 1 : s.links * 2 > s.len ? 2 : 3;
      if (tag < 'h3' && s.links * 2 < s.len) headlines.push(s);
      heading = null;
    }
    if ((s.lead === 1 && s.len < 3000) || (s.lead === 2 && s.len < 600 && s.p <= 2)) s.boiler = true;
    if ((tag === 'p' || tag === 'pre' || ((tag === 'div' || tag === 'td') && !s.blocky)) && s.len >= 25) paragraphs.push(s);
    const ps = s.up;
    if (!ps) break;
    ps.len += s.len;
    ps.links += s.links;
    ps.commas += s.commas;
    ps.p += s.p + +(tag === 'p');
    ps.li += s.li + +(tag === 'li');
    ps.widgets += s.widgets;
    ps.blocky ||= s.blocky;
    ps.lead ??= label ?? s.lead ?? (s.len >= 25 ? 0 : undefined);
  }
  // What holds an h1 is not boilerplate, whatever its names say (<div class="has-sidebar">, "comments-open").
  for (const h of headlines) for (let a = h.up; a && h.tag === 'h1'; a = a.up) a.boiler = a.unlikely = false;
  // Boilerplate, itself or through an ancestor: parents come first in document order.
  for (const s of all) s.out = s.unlikely || s.boiler || s.up?.out;

  // Score paragraphs into their ancestors (Readability: parent in full, grandparent half, then level * 3).
  const candidates: Stats[] = [];
  for (const p of paragraphs) {
    if (p.out) continue;
    const score = 1 + p.commas + Math.min(Math.floor(p.len / 100), 3);
    let level = 0;
    for (let a = p.up; a?.up && level < 5; a = a.up, level++) {
      if (!a.candidate) {
        a.candidate = true;
        a.score = (TAG_SCORE[a.tag] ?? 0) + a.weight;
        candidates.push(a);
      }
      a.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const c of candidates) c.score *= 1 - density(c);
  let best = candidates.reduce<Stats | undefined>((b, c) => (c.score > (b?.score ?? 0) ? c : b), undefined);
  if (!best) return undefined;
  // A parent scoring better than the candidate holds more of the article; so does an only child's parent.
  let last = best.score;
  for (let a = best.up; a?.up && (!a.candidate || a.score >= best.score / 3); a = a.up) {
    if (a.candidate && a.score > last) {
      best = a;
      break;
    }
    if (a.candidate) last = a.score;
  }
  const kids = (s: Stats) => all.filter((k) => k.up === s);
  while (best.up?.up && kids(best.up).length === 1) best = best.up;

  // Siblings that score well (content split by adverts) or are plain paragraphs join it.
  const threshold = Math.max(10, best.score * 0.2);
  const roots = kids(best.up!).filter((s) => s === best || (!s.out && ((s.candidate && s.score >= threshold) || (s.tag === 'p' && s.len > 80 && density(s) < 0.25))));

  // The headline: the last h1 before the body (else the last h2), with what lies between (standfirst, byline) when that is short.
  const first = roots[0]!;
  const contains = (a: Stats, b: Stats) => a.at <= b.at && b.at <= a.end;
  const before = headlines.filter((h) => h.at < first.at && !h.out);
  const headline = before.filter((h) => h.tag === 'h1').pop() ?? before.pop();
  if (headline && !roots.some((r) => contains(r, headline))) {
    // Every whole element between the two, in document order: those holding the body are gone into.
    const between: Stats[] = [];
    let length = 0;
    for (let i = headline.end + 1; i < first.at; ) {
      const k = all[i]!;
      if (k.end >= first.at) i++;
      else {
        if (!k.boiler && !cleaned(k)) between.push(k), (length += k.len);
        i = k.end + 1;
      }
    }
    roots.unshift(headline, ...(length > 1500 ? [] : between));
  }

  // Enough article text, in paragraphs long enough to read (Readability's "probably readerable").
  let readable = 0;
  let length = 0;
  for (const r of roots) length += r.len;
  for (const p of paragraphs) if (p.len >= MIN_PARAGRAPH && !p.out && roots.some((r) => contains(r, p))) readable += Math.sqrt(p.len - MIN_PARAGRAPH);
  if (length < MIN_ARTICLE || readable < MIN_READERABLE) return undefined;

  return {
    roots: roots.map((r) => r.n as N),
    drop(n) {
      // An element added after the choice is read; what holds the headline or the best candidate stays, whatever its links.
      const s = stats.get(n);
      return !!s && (s.boiler || (!(headline && contains(s, headline)) && !contains(s, best!) && cleaned(s)));
    },
  };
}

const density = (s: Stats) => s.links / (s.len || 1);

/** Readability's conditional cleaning: a block inside the article that reads as boilerplate. */
function cleaned(s: Stats): boolean {
  const { tag } = s;
  if (!CLEANED.has(tag)) return false;
  const d = density(s);
  // A paragraph or item that is mostly a link ("Read more: ..."), in any block.
  if (d > 0.5) return true;
  if (tag === 'p') return false;
  if (s.weight < 0) return true;
  return (
    s.commas < 10 &&
    ((tag !== 'ul' && tag !== 'ol' && tag !== 'li' && s.li > s.p) ||
      (s.widgets > 0 && s.len < 500) ||
      (s.weight < 25 && d > 0.2))
  );
}
