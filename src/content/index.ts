import browser from 'webextension-polyfill';
import { analyze } from '../engine/analyze';
import { CATEGORIES, type Category, type Finding, type Summary } from '../engine/types';
import { isContentRequest, type FindingItem, type PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { extractArticle, OWN_ELEMENT } from './extract';
import { createHighlighter, type Highlighter } from './highlighter';
import { rangeFor } from './ranges';
import { createTooltip, type Tooltip } from './tooltip';

interface Shown {
  finding: Finding;
  range: Range;
  phrase: string;
}

const site = location.hostname;
let settings: Settings;
let shown: Shown[] = [];
let summary: Summary | undefined;
let session: AbortController | undefined;
let highlighter: Highlighter | undefined;
let tooltip: Tooltip | undefined;

/** Starts or stops the whole lens for this page: every listener and observer hangs off one AbortSignal. */
function applySettings(next: Settings): void {
  settings = next;
  const paused = settings.pausedSites.includes(site);
  if (paused) {
    session?.abort();
    session = undefined;
    shown = [];
    summary = undefined;
    reportCount();
    return;
  }
  if (!session) start();
  else scan(); // categories or dismissed phrases changed: repaint from the analysis at once
}

function start(): void {
  session = new AbortController();
  const { signal } = session;
  highlighter = createHighlighter(document, signal);
  tooltip = createTooltip(document, dismissPhrase, signal);
  scan();
  watchPage(signal);
  watchPointer(signal);
}

/** Reads the article, analyses it and paints the enabled categories. */
function scan(): void {
  if (!highlighter) return;
  const { text, segments } = extractArticle(document);
  const analysis = analyze(text);
  const dismissed = new Set(settings.dismissed[site] ?? []);
  summary = analysis.summary;
  shown = [];
  for (const finding of analysis.findings) {
    const phrase = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
    if (dismissed.has(phrase.toLowerCase())) continue;
    const range = rangeFor(document, segments, finding.start, finding.end);
    if (range) shown.push({ finding, range, phrase });
  }
  for (const c of CATEGORIES) {
    if (settings.categories[c]) highlighter.set(c, shown.filter((s) => s.finding.category === c).map((s) => s.range));
    else highlighter.clear(c);
  }
  reportCount();
}

function visible(): Shown[] {
  return shown.filter((s) => settings.categories[s.finding.category]);
}

function reportCount(): void {
  browser.runtime.sendMessage({ type: 'page-counts', total: session ? visible().length : 0 }).catch(() => {});
}

/** New or replaced article text is rescanned, debounced; our own nodes are ignored so we never react to ourselves. */
function watchPage(signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const foreign = records.some((r) => {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (target && OWN_ELEMENT.test(target.tagName)) return false;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return r.type === 'characterData' || nodes.some((n) => !(n instanceof Element && OWN_ELEMENT.test(n.tagName)) && n.nodeName !== 'STYLE');
    });
    if (!foreign) return;
    clearTimeout(timer);
    timer = setTimeout(scan, 400);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
}

/** Hover: find the highlighted finding under the pointer (the Highlight API adds no elements to hover). */
function watchPointer(signal: AbortSignal): void {
  let frame = 0;
  document.addEventListener('pointermove', (event) => {
    if (tooltip?.contains(event.target)) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const hit = findingAt(event.clientX, event.clientY);
      if (hit) tooltip?.show(hit.finding, hit.phrase, hit.range.getBoundingClientRect());
      else tooltip?.hide();
    });
  }, { signal, passive: true });
  document.addEventListener('keydown', (event) => event.key === 'Escape' && tooltip?.hide(), { signal });
}

function findingAt(x: number, y: number): Shown | undefined {
  const candidates = visible();
  if (!candidates.length) return undefined;
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  const hits = candidates.filter((s) => {
    try {
      return s.range.isPointInRange(caret.node, caret.offset) && [...s.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    } catch {
      return false;
    }
  });
  // The innermost finding wins: a fact contradiction inside a long anonymous quote is the one to explain.
  return hits.sort((a, b) => a.finding.end - a.finding.start - (b.finding.end - b.finding.start))[0];
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

async function dismissPhrase(_finding: Finding, phrase: string): Promise<void> {
  const list = new Set(settings.dismissed[site] ?? []);
  list.add(phrase.toLowerCase());
  const next = { ...settings, dismissed: { ...settings.dismissed, [site]: [...list] } };
  tooltip?.hide();
  applySettings(next);
  await saveSettings(next);
}

function pageState(): PageState {
  if (!session) return { site, active: false, reason: 'paused', items: [] };
  const items: FindingItem[] = visible().map((s) => ({
    id: shown.indexOf(s),
    category: s.finding.category,
    rule: s.finding.rule,
    message: s.finding.message,
    excerpt: s.phrase.length > 120 ? `${s.phrase.slice(0, 117)}...` : s.phrase,
  }));
  return { site, active: true, summary, items, ...(shown.length ? {} : { reason: 'no-article' as const }) };
}

function focusFinding(id: number): boolean {
  const s = shown[id];
  if (!s) return false;
  const node = s.range.startContainer;
  (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  tooltip?.show(s.finding, s.phrase, s.range.getBoundingClientRect(), true);
  return true;
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own extension's pages talk to us; anything else is ignored.
  if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
  if (message.type === 'get-page-state') return Promise.resolve(pageState());
  return Promise.resolve(focusFinding(message.id));
});

export type { Category };

loadSettings().then((s) => {
  applySettings(s);
  onSettingsChanged(applySettings);
});
