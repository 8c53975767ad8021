// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { extractArticle } from '../src/content/extract';
import { createHighlighter } from '../src/content/highlighter';
import { rangeFor } from '../src/content/ranges';

function load(html: string): void {
  document.body.innerHTML = html; // test fixture only; src/ never assigns HTML
}

/** For every finding, the DOM range's text must be exactly the extracted text it came from. */
function expectRangesMatchText(): { text: string; count: number } {
  const { text, segments } = extractArticle(document);
  const { findings } = analyze(text, { now: new Date('2026-11-24') });
  for (const f of findings) {
    const range = rangeFor(document, segments, f.start, f.end);
    expect(range, `no range for ${text.slice(f.start, f.end)}`).toBeDefined();
    expect(range!.toString()).toBe(text.slice(f.start, f.end).replace(/\n+/g, ''));
  }
  return { text, count: findings.length };
}

describe('extractArticle', () => {
  it('reads article blocks and skips nav, scripts, forms, hidden and editable parts', () => {
    load(`<nav>An insider said nav</nav>
      <article>
        <h1>Big news</h1>
        <p>An <em>insider</em> said &amp; the pair <a href="#">reportedly</a> split.</p>
        <script>var s = "a source said";</script><style>p { color: red }</style>
        <p hidden>A source said hidden</p><p style="display: none">A source said invisible</p>
        <div aria-hidden="true">A source said aria</div>
        <textarea>A source said textarea</textarea><input value="A source said input">
        <div contenteditable="true">A source said editable</div>
        <ul><li>Item one</li><li>Item two</li></ul>
      </article>`);
    const { text } = extractArticle(document);
    expect(text).toContain('Big news');
    expect(text).toContain('An insider said & the pair reportedly split.');
    expect(text).toContain('Item one');
    for (const gone of ['nav', 'var s', 'color: red', 'hidden', 'invisible', 'aria', 'textarea', 'input', 'editable']) expect(text).not.toContain(`said ${gone}`);
    // Blocks are separated so sentences never run from one paragraph into the next.
    expect(text).toMatch(/Big news\n\n/);
  });

  it('uses the whole body when the page has no article or main element', () => {
    load('<div><p>A source said it.</p></div>');
    expect(extractArticle(document).text.trim()).toBe('A source said it.');
  });

  it('treats <br> as a line break', () => {
    load('<article><p>First line<br>An insider said so.</p></article>');
    expect(extractArticle(document).text).toContain('First line\nAn insider said so.');
  });
});

describe('rangeFor', () => {
  it('maps findings across nested inline elements and many text nodes', () => {
    load('<article><p>A <b>so<i>ur</i>ce</b> <span>close</span> to the <a href="#"><em>pair</em></a> told the magazine they <strong>re</strong>portedly split.</p></article>');
    const { count } = expectRangesMatchText();
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it('keeps UTF-16 offsets right with emoji and right-to-left text', () => {
    load('<article><p>😀👩‍👩‍👧 مرحبا بالعالم. The singer 🎤 reportedly left. An insider said so 😀.</p></article>');
    const { count } = expectRangesMatchText();
    expect(count).toBe(2);
  });

  it('maps entities to the characters they stand for', () => {
    load('<article><p>Tom &amp; Jerry&#8217;s friend &ldquo;An insider&rdquo; said it&nbsp;was reportedly over.</p></article>');
    const { count } = expectRangesMatchText();
    expect(count).toBeGreaterThanOrEqual(1);
  });

  it('returns undefined once the page removed the text', () => {
    load('<article><p>An insider said it was reportedly over.</p></article>');
    const { segments } = extractArticle(document);
    document.querySelector('p')!.remove();
    expect(rangeFor(document, segments, 0, 10)).toBeUndefined();
  });
});

describe('wrapping highlighter (no CSS Custom Highlight API)', () => {
  it('highlights and then restores the page byte for byte', () => {
    load('<article><p>A <b>source</b> close to the pair told the magazine they <a href="#x">reportedly</a> split.</p><p>  </p><p>Fans speculated wildly.</p></article>');
    const before = document.body.innerHTML;
    const textBefore = document.body.textContent;
    const controller = new AbortController();
    const highlighter = createHighlighter(document, controller.signal);
    const { text, segments } = extractArticle(document);
    const { findings } = analyze(text, { now: new Date('2026-11-24') });
    const ranges = findings.map((f) => ({ f, r: rangeFor(document, segments, f.start, f.end)! }));
    highlighter.set('anonymous-source', ranges.filter((x) => x.f.category === 'anonymous-source').map((x) => x.r));
    highlighter.set('unverified-claim', ranges.filter((x) => x.f.category === 'unverified-claim').map((x) => x.r));
    expect(document.querySelectorAll('gossip-lens-mark').length).toBeGreaterThan(0);
    expect(highlighter.size()).toBeGreaterThan(0);
    // The page's text is unchanged while highlighted.
    expect(document.body.textContent).toBe(textBefore);
    highlighter.clear('unverified-claim');
    highlighter.clear('anonymous-source');
    controller.abort();
    expect(document.querySelectorAll('gossip-lens-mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
