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
 * boilerplate (negative names, mostly links, lists of links, galleries, embeds, forms) are left out.
 * Added to that: the headline (the h1 before the body) and what lies between it and the body; teaser
 * cards (a linked heading with a line of text) and blocks headed "Comments", "Most read", "Related"...
 * are boilerplate. When no part of the page reads like an article (a home page of teasers, a gallery),
 * there is no choice and the caller falls back to its whole-page reading.
 */

/** How an article finder reads a tree. Elements have a lower-case tag; text nodes '#text'; others ''. */
export interface TreeOps<N> {
  tag(n: N): string;
  attr(n: N, name: string): string | null;
  /** A text node's data. */
  text(n: N): string;
  children(n: N): ArrayLike<N>;
  parent(n: N): N | null;
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
  /** Pre-order index, and the last index inside: a contains b iff a.at <= b.at <= a.end. */
  at: number;
  end: number;
  /** Trimmed text length, of it inside links, commas. */
  len: number;
  links: number;
  commas: number;
  p: number;
  li: number;
  /** Text length inside list items. */
  lis: number;
  img: number;
  /** Embedded media and form controls inside (skipped elements, counted all the same). */
  embeds: number;
  forms: number;
  /** A block element inside (a div then does not read as one paragraph). */
  blocky: boolean;
  /** Class and id: weight for or against, and whether it names boilerplate. */
  weight: number;
  unlikely: boolean;
  boiler: boolean;
  /** The first heading's text when it comes before any paragraph (0 when a paragraph comes first). */
  lead?: string | 0;
  leadLinked?: boolean;
  score: number;
  candidate: boolean;
}

// Readability's name lists, with the boilerplate this project meets most (newsletters, "most read", teasers).
const UNLIKELY = /banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|foot|header|legends|menu|modal|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|subscribe|signup|share|promo|outbrain|taboola|recirc|trending|most-?(?:read|popular|viewed)|popular|recommend|read-?more|more-stories/i;
const MAYBE = /and|article|body|column|main|shadow/i;
/** Names of the article body itself, never boilerplate whatever else they say. */
const BODY_NAME = /(?:article|post|entry|story)[-_]?(?:body|content|text)|main|articleBody/i;
/** Names that surely are not the article: dropped from inside it too (the Readability list strips more, for scoring only). */
const BOILER = /comment|disqus|replies|related|newsletter|subscribe|signup|sign-up|share|social|promo|outbrain|taboola|recirc|trending|most-?(?:read|popular|viewed)|popular|recommend|read-?more|more-stories|sidebar|breadcrumb|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|modal|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/i;
/** Headings that announce boilerplate: a block that opens with one is not the article. */
const BOILER_LABEL = /^(?:\d+\s+)?(?:comments?|responses?|replies|reader (?:comments|reactions)|join the (?:conversation|discussion)|(?:most|the most) (?:read|popular|viewed|shared)|popular|trending|related|read (?:more|next|this next)|more (?:from|on|in|stories|news|like this|to read)|recommended|you (?:may|might) (?:also )?like|don'?t miss|latest (?:news|stories)|top stories|sign up|subscribe|newsletter|share|follow us|advertisement|sponsored)\b/i;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKISH = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'object']);
const FORMS = new Set(['form', 'input', 'button', 'select', 'textarea']);
/** Blocks checked for boilerplate inside the article (Readability's "clean conditionally", widened). */
const CLEANED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'figure', 'header', 'li', 'p', 'blockquote', 'span']);

/** Text this long, of paragraphs at least this long, makes an article (Readability's thresholds). */
const MIN_ARTICLE = 500;
const MIN_PARAGRAPH = 140;
const MIN_READERABLE = 20;

function tagScore(tag: string): number {
  if (tag === 'div') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'address' || tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li' || tag === 'form') return -3;
  if (HEADINGS.has(tag) || tag === 'th') return -5;
  return 0;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  for (let i = s.indexOf('\uFF0C'); i >= 0; i = s.indexOf('\uFF0C', i + 1)) n++;
  for (let i = s.indexOf('\u060C'); i >= 0; i = s.indexOf('\u060C', i + 1)) n++;
  return n;
}

/**
 * Finds the article under `body`, as a generator that pauses every few hundred nodes (the content script
 * yields to the page between steps); its return value is the choice, or undefined when there is no article.
 */
export function* findArticle<N>(ops: TreeOps<N>, body: N): Generator<void, ArticleChoice<N> | undefined> {
  const stats = new Map<N, Stats>();
  const paragraphs: N[] = [];
  const headlines: N[] = [];
  let order = 0;
  let visited = 0;
  // Text of the heading being read (for boilerplate labels), and how deep inside links and headings we are.
  let headingText: string[] | null = null;
  let linkDepth = 0;
  type Frame = { n: N; s: Stats; tag: string; kids: ArrayLike<N>; i: number; link: boolean };
  const newStats = (n: N, tag: string): Stats => {
    // A custom element's tag names it too (amp-ad, amp-sidebar, a site's <related-stories>).
    const names = `${ops.attr(n, 'class') ?? ''} ${ops.attr(n, 'id') ?? ''}${tag.includes('-') ? ` ${tag}` : ''}`;
    const named = names.length > 1;
    let weight = 0;
    if (named && NEGATIVE.test(names)) weight -= 25;
    if (named && POSITIVE.test(names)) weight += 25;
    if (tag === 'article' || ops.attr(n, 'itemprop') === 'articleBody') weight += 25;
    const unlikely = named && tag !== 'body' && tag !== 'a' && tag !== 'article' && UNLIKELY.test(names) && !MAYBE.test(names);
    return { at: order++, end: 0, len: 0, links: 0, commas: 0, p: 0, li: 0, lis: 0, img: 0, embeds: 0, forms: 0, blocky: false, weight, unlikely, boiler: named && BOILER.test(names) && !BODY_NAME.test(names), score: 0, candidate: false };
  };
  const stack: Frame[] = [{ n: body, s: newStats(body, 'body'), tag: 'body', kids: ops.children(body), i: 0, link: false }];
  stats.set(body, stack[0]!.s);
  while (stack.length) {
    if (++visited % 512 === 0) yield;
    const top = stack[stack.length - 1]!;
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i++]!;
      const tag = ops.tag(kid);
      if (tag === '#text') {
        const data = ops.text(kid);
        const len = data.trim().length;
        if (!len) continue;
        const s = top.s;
        s.len += len;
        if (linkDepth) s.links += len;
        s.commas += countCommas(data);
        if (headingText) headingText.push(data);
        if (s.lead === undefined && len >= 25 && !headingText) s.lead = 0;
        continue;
      }
      if (!tag) continue;
      if (tag === 'img') top.s.img++;
      if (EMBEDS.has(tag)) top.s.embeds++;
      if (FORMS.has(tag)) top.s.forms++;
      if (BLOCKISH.has(tag)) top.s.blocky = true;
      if (ops.skip(kid)) continue;
      const s = newStats(kid, tag);
      stats.set(kid, s);
      // A link within the page (a permalink, a footnote) is not a link away from the article.
      const link = tag === 'a' && !(ops.attr(kid, 'href') ?? '').startsWith('#');
      if (link) linkDepth++;
      if (HEADINGS.has(tag) && !headingText) headingText = [];
      stack.push({ n: kid, s, tag, kids: ops.children(kid), i: 0, link });
      continue;
    }
    // Every child read: the element's figures are complete; add them to its parent's.
    stack.pop();
    const { n, s, tag } = top;
    s.end = order - 1;
    if (top.link) linkDepth--;
    let label: string | undefined;
    if (HEADINGS.has(tag) && headingText) {
      // A sub-heading labels its block ("Most read", "Comments (12)", a teaser's linked headline); a headline does not.
      if (tag !== 'h1') label = headingText.join('').replace(/\s+/g, ' ').trim();
      headingText = null;
      if (tag === 'h1' && s.links * 2 < s.len) headlines.push(n);
    } else if (ops.attr(n, 'itemprop') === 'headline' && s.len) headlines.push(n);
    if (typeof s.lead === 'string' && ((s.lead.length <= 40 && BOILER_LABEL.test(s.lead)) || (s.leadLinked && s.len < 600 && s.p <= 2))) s.boiler = true;
    if ((tag === 'p' || tag === 'pre' || ((tag === 'div' || tag === 'td') && !s.blocky)) && s.len >= 25) paragraphs.push(n);
    const parent = stack[stack.length - 1];
    if (!parent) break;
    const ps = parent.s;
    ps.len += s.len;
    ps.links += s.links;
    ps.commas += s.commas;
    ps.p += s.p + (tag === 'p' ? 1 : 0);
    ps.li += s.li + (tag === 'li' ? 1 : 0);
    ps.lis += tag === 'li' ? s.len : s.lis;
    ps.img += s.img;
    ps.embeds += s.embeds;
    ps.forms += s.forms;
    if (s.blocky) ps.blocky = true;
    if (ps.lead === undefined) {
      if (label !== undefined) {
        ps.lead = label;
        ps.leadLinked = s.links * 2 > s.len;
      } else if (s.lead !== undefined) {
        ps.lead = s.lead;
        ps.leadLinked = s.leadLinked;
      } else if (s.len >= 25) ps.lead = 0;
    }
  }
  const st = (n: N) => stats.get(n)!;
  const kids = (n: N) => elementKids(ops, n).filter((k) => stats.has(k));

  // Boilerplate, itself or through an ancestor (memoised: each element is asked once).
  const inBoiler = new Map<N, boolean>();
  const boilerUp = (n: N): boolean => {
    const path: N[] = [];
    let found = false;
    for (let e: N | null = n; e && e !== body; e = ops.parent(e)) {
      const known = inBoiler.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
      const s = stats.get(e);
      if (s && (s.unlikely || s.boiler)) {
        found = true;
        break;
      }
    }
    for (const e of path) inBoiler.set(e, found);
    return found;
  };

  // Score paragraphs into their ancestors (Readability: parent in full, grandparent half, then level * 3).
  const candidates: N[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (i % 512 === 511) yield;
    const p = paragraphs[i]!;
    if (boilerUp(p)) continue;
    const s = st(p);
    const score = 1 + s.commas + Math.min(Math.floor(s.len / 100), 3);
    let e = ops.parent(p);
    for (let level = 0; level < 5 && e && e !== body; level++, e = ops.parent(e)) {
      const a = stats.get(e);
      if (!a) break;
      if (!a.candidate) {
        a.candidate = true;
        a.score = tagScore(ops.tag(e)) + a.weight;
        candidates.push(e);
      }
      a.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  const density = (s: Stats) => (s.len ? s.links / s.len : 0);
  for (const c of candidates) {
    const s = st(c);
    s.score *= 1 - density(s);
  }
  const ranked = candidates.filter((c) => st(c).score > 0).sort((a, b) => st(b).score - st(a).score).slice(0, 5);
  let best = ranked[0];
  if (!best) return undefined;
  const up = (n: N) => {
    const p = ops.parent(n);
    return p && p !== body && stats.has(p) ? p : null;
  };
  // Three close runners-up under one ancestor: the article is that ancestor.
  const close = ranked.slice(1).filter((c) => st(c).score >= 0.75 * st(best!).score);
  if (close.length >= 3) {
    for (let a = up(best); a; a = up(a)) {
      const as = st(a);
      if (close.filter((c) => as.at <= st(c).at && st(c).at <= as.end).length >= 3) {
        best = a;
        break;
      }
    }
  }
  // A parent scoring better than the candidate holds more of the article.
  let last = st(best).score;
  const threshold = last / 3;
  for (let a = up(best); a; a = up(a)) {
    const as = st(a);
    if (!as.candidate) continue;
    if (as.score < threshold) break;
    if (as.score > last) {
      best = a;
      break;
    }
    last = as.score;
  }
  for (let a = up(best); a && kids(a).length === 1; a = up(a)) best = a;
  const bs = st(best);

  // Siblings that score well, share the candidate's class, or are plain paragraphs, join it.
  const roots: N[] = [];
  const parent = ops.parent(best)!;
  const siblingThreshold = Math.max(10, bs.score * 0.2);
  const bestClass = ops.attr(best, 'class');
  for (const sib of kids(parent)) {
    const s = stats.get(sib);
    if (!s) continue;
    let join = sib === best;
    if (!join && !s.unlikely && !s.boiler) {
      const bonus = bestClass && ops.attr(sib, 'class') === bestClass ? bs.score * 0.2 : 0;
      if (s.candidate && s.score + bonus >= siblingThreshold) join = true;
      else if (ops.tag(sib) === 'p') {
        const d = density(s);
        join = (s.len > 80 && d < 0.25) || (s.len > 0 && s.len <= 80 && d === 0 && /\.(?: |$)/.test(textOf(ops, sib)));
      }
    }
    if (join) roots.push(sib);
  }

  // The headline: the last h1 before the body, with what lies between (standfirst, byline) when that is short.
  const first = st(roots[0]!);
  const contains = (a: Stats, b: Stats) => a.at <= b.at && b.at <= a.end;
  const headline = headlines.filter((h) => st(h).at < first.at && !boilerUp(h)).pop();
  const keep = new Set<N>();
  if (headline && !roots.some((r) => contains(st(r), st(headline)))) {
    let lca: N | null = ops.parent(headline);
    while (lca && lca !== body && !contains(st(lca), first)) lca = ops.parent(lca);
    if (lca) {
      const between: N[] = [headline];
      for (let x = headline; ops.parent(x) !== lca; x = ops.parent(x)!) between.push(...kids(ops.parent(x)!).filter((k) => st(k).at > st(x).at));
      const ls = kids(lca);
      const hs = st(headline);
      for (const k of ls) if (st(k).at > hs.at && !contains(st(k), hs) && st(k).end < first.at) between.push(k);
      const near: N[] = [];
      for (let x = roots[0]!; ops.parent(x) !== lca && ops.parent(x); x = ops.parent(x)!) near.unshift(...kids(ops.parent(x)!).filter((k) => st(k).at < st(x).at));
      const picked = [...between, ...near].filter((k) => !contains(st(k), first) && st(k).at < first.at && !st(k).boiler && !st(k).unlikely && !cleaned(ops, k, st(k)));
      if (picked.reduce((n, k) => n + st(k).len, 0) - hs.len <= 1500) for (const k of picked) keep.add(k);
      else keep.add(headline);
    }
  }
  const all = [...keep, ...roots].sort((a, b) => st(a).at - st(b).at);
  const outer = all.filter((r) => !all.some((o) => o !== r && contains(st(o), st(r))));

  // Enough article text, in paragraphs long enough to read (Readability's "probably readerable").
  let readable = 0;
  let length = 0;
  for (const r of outer) length += st(r).len;
  for (const p of paragraphs) {
    const s = st(p);
    if (s.len >= MIN_PARAGRAPH && outer.some((r) => contains(st(r), s)) && !boilerUp(p)) readable += Math.sqrt(s.len - MIN_PARAGRAPH);
  }
  if (length < MIN_ARTICLE || readable < MIN_READERABLE) return undefined;

  const headlineStats = headline && stats.get(headline);
  return {
    roots: outer,
    drop(n) {
      const s = stats.get(n);
      if (!s) {
        // An element added after the choice: only its names can tell.
        const names = `${ops.attr(n, 'class') ?? ''} ${ops.attr(n, 'id') ?? ''}`;
        return names.length > 1 && BOILER.test(names) && !BODY_NAME.test(names);
      }
      if (s.boiler) return true;
      // What holds the headline or the best candidate stays, whatever its links.
      if ((headlineStats && contains(s, headlineStats)) || contains(s, bs)) return false;
      return cleaned(ops, n, s);
    },
  };
}

/** Readability's conditional cleaning: a block inside the article that reads as boilerplate. */
function cleaned<N>(ops: TreeOps<N>, n: N, s: Stats): boolean {
  const tag = ops.tag(n);
  if (!CLEANED.has(tag)) return false;
  const density = s.len ? s.links / s.len : 0;
  // A paragraph or item that is mostly a link ("Read more: ..."), in any block.
  if (density > 0.5) return true;
  if (tag === 'p' || tag === 'span' || tag === 'blockquote') return false;
  if (s.weight < 0) return true;
  if (s.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || s.lis > 0.9 * s.len;
  return (
    (s.img > 1 && s.p / s.img < 0.5) ||
    (!isList && tag !== 'li' && s.li > s.p) ||
    (s.forms > 0 && s.len < 500) ||
    (s.len < 25 && (s.img === 0 || s.img > 2) && tag !== 'li') ||
    (s.weight < 25 && density > 0.2) ||
    ((s.embeds === 1 && s.len < 200) || s.embeds > 1)
  );
}

function elementKids<N>(ops: TreeOps<N>, n: N): N[] {
  const out: N[] = [];
  const kids = ops.children(n);
  for (let i = 0; i < kids.length; i++) {
    const t = ops.tag(kids[i]!);
    if (t && t !== '#text') out.push(kids[i]!);
  }
  return out;
}

function textOf<N>(ops: TreeOps<N>, n: N): string {
  if (ops.tag(n) === '#text') return ops.text(n);
  let out = '';
  const kids = ops.children(n);
  for (let i = 0; i < kids.length && out.length < 2000; i++) out += textOf(ops, kids[i]!);
  return out;
}
