// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { CATEGORIES } from '../src/engine/types';
import { extractArticle } from '../src/content/extract';
import { createHighlighter } from '../src/content/highlighter';
import { rangeFor } from '../src/content/ranges';

// Sentences of our own in each register, plus awkward text: RTL, emoji, entities, long and empty runs.
const TEXTS = [
  'A source close to the pair told the magazine they reportedly split.',
  'An insider said the singer is secretly dating her co-star.',
  'Could it be a sign of things to come?',
  'The sun dipped low as tears welled in her eyes.',
  '"I was terrified," he whispered, his voice trembling.',
  'Tom Cruise, 58, and Ana de Armas are engaged.',
  'Fans speculated wildly after the photo.',
  'مرحبا بالعالم — said the insider.',
  '😀👩‍👩‍👧 reportedly 🎤',
  'Tom &amp; Jerry &lt;3 &quot;quoted&quot; &#8217;s',
  'x'.repeat(3000),
  '   ',
  '',
];
const INLINE = ['span', 'em', 'b', 'i', 'a', 'strong', 'small'];
const BLOCK = ['p', 'div', 'li', 'blockquote', 'section', 'h2'];

const text = fc.constantFrom(...TEXTS);
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('<br>'),
    fc.constant('<!-- a source said, in a comment -->'),
    text.map((t) => `<input value="${t.replace(/"/g, '&quot;')}">`),
    text.map((t) => `<textarea>${t}</textarea>`),
    text.map((t) => `<script>var s = "${t.replace(/"/g, '')}";</script>`),
    text.map((t) => `<style>/* ${t} */ p { color: red }</style>`),
    // An iframe placeholder (happy-dom does not load frames): a frame-like element with its fallback text.
    text.map((t) => `<object data="about:blank" type="text/html">${t}</object>${t}`),
    fc.tuple(fc.constantFrom('hidden', 'style="display:none"', 'aria-hidden="true"', 'contenteditable="true"'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([attr, kids]) => `<div ${attr}>${kids.join('')}</div>`),
    fc.tuple(fc.constantFrom(...INLINE), fc.array(tie('node'), { maxLength: 3 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc.tuple(fc.constantFrom(...BLOCK), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;
const page = fc.tuple(fc.boolean(), fc.array(tree, { minLength: 1, maxLength: 6 })).map(([article, nodes]) =>
  article ? `<nav>An insider said</nav><article>${nodes.join('')}</article>` : nodes.join(''),
);

/** Contents the lens must never touch, even while highlighting. */
const untouchable = () =>
  [...document.body.querySelectorAll('input, textarea, script, style, [contenteditable="true"], object, nav')].map((e) => e.outerHTML).join('\n');

describe('highlighting never changes the page', () => {
  it('highlight all categories, remove all: the body serializes byte-identically (1,000 random pages)', () => {
    fc.assert(
      fc.property(page, (html) => {
        document.body.innerHTML = html; // the generated fixture; src/ never assigns HTML
        const before = document.body.innerHTML;
        const protectedBefore = untouchable();
        const controller = new AbortController();
        const highlighter = createHighlighter(document, controller.signal);
        const { text: articleText, segments } = extractArticle(document);
        const { findings } = analyze(articleText, { now: new Date('2026-11-24') });
        const ranges = findings.map((f) => ({ category: f.category, range: rangeFor(document, segments, f.start, f.end) }));
        for (const c of CATEGORIES) highlighter.set(c, ranges.filter((r) => r.category === c && r.range).map((r) => r.range!));
        expect(untouchable()).toBe(protectedBefore);
        controller.abort();
        expect(document.querySelectorAll('gossip-lens-mark').length).toBe(0);
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 1000 },
    );
  });
});
