import browser from 'webextension-polyfill';
import type { Finding } from '../engine/types';
import type { PagePublished } from '../shared/as-of';
import { isAnalysisAnswer, isContentRequest, type FindingItem, type PageState, type TextAnalysis } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { OWN_ELEMENT } from './extract';
import { createHighlighter } from './highlighter';
import { MAX_PAINTED, Scanner, type Shown } from './scanner';
import { createTooltip, type Tooltip } from './tooltip';

const site = location.hostname;
let settings: Settings;
/** Whether the settings are read and the page parsed: until then the popup is told the page is still loading. */
let ready = false;
let session: AbortController | undefined;
let scanner: Scanner | undefined;
let tooltip: Tooltip | undefined;

/** Starts or stops the whole lens for this page: every listener and observer hangs off one AbortSignal. */
function applySettings(next: Settings): void {
  settings = next;
  ready = true;
  dismissedHere = new Set(settings.dismissed[site] ?? []);
  const paused = settings.pausedSites.includes(site);
  if (paused) {
    session?.abort();
    session = undefined;
    scanner = undefined;
    reportCount();
    return;
  }
  if (!session) start();
  else scanner?.paint(); // categories or dismissed phrases changed: repaint at once, no new reading
}

function start(): void {
  session = new AbortController();
  const { signal } = session;
  const highlighter = createHighlighter(document, signal);
  tooltip = createTooltip(document, dismissPhrase, signal, published);
  const observer = watchPage(signal);
  scanner = new Scanner(document, highlighter, isShown, () => {
    observer.takeRecords(); // the wrapping fallback changes the DOM: never react to our own changes
    reportCount();
  }, signal, analyzeInBackground);
  void scanner.scanAll();
  watchPointer(signal);
}

/**
 * The analysis of each text, from the background script, which runs the engine and holds the known facts:
 * the page carries neither. A worker that is restarting may drop one request: it is asked again once.
 * Without an answer (an extension updated under an open page), nothing is highlighted and the console says why.
 */
async function analyzeInBackground(texts: string[], published: string | undefined): Promise<TextAnalysis[] | undefined> {
  let problem: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'analyze', texts, ...(published ? { published } : {}) });
      if (isAnalysisAnswer(answer, texts)) return answer;
      problem = 'an answer of the wrong shape';
    } catch (e) {
      problem = e;
    }
  }
  console.warn('Gossip Lens: the extension\'s background did not analyse this page:', problem);
  return undefined;
}

// Dismissed phrases of this site as a set, rebuilt when settings change: isShown runs per finding per paint.
let dismissedHere = new Set<string>();

function isShown(finding: Finding, phrase: string): boolean {
  return settings.categories[finding.category] && (dismissedHere.size === 0 || !dismissedHere.has(phrase.toLowerCase()));
}

let reportTimer: ReturnType<typeof setTimeout> | undefined;

/** The badge count, at most twice a second: counting walks every finding, and huge pages report often. */
function reportCount(): void {
  if (reportTimer) return;
  reportTimer = setTimeout(() => {
    reportTimer = undefined;
    browser.runtime.sendMessage({ type: 'page-counts', total: session ? scanner?.visible().length ?? 0 : 0 }).catch(() => {});
  }, 500);
}

/**
 * New, changed or removed article text is rescanned block by block, debounced; what was already read
 * is left alone, and mutations of our own elements are ignored.
 */
function watchPage(signal: AbortSignal): MutationObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const pending = new Set<Node>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (target && OWN_ELEMENT.test(target.tagName)) continue;
      if (r.type === 'characterData') pending.add(r.target);
      for (const n of r.addedNodes) if (!(n instanceof Element && OWN_ELEMENT.test(n.tagName))) pending.add(n);
      if (r.removedNodes.length) pending.add(r.target);
    }
    if (!pending.size) return;
    // Debounced, but a page that never stops changing is still read at least once a second.
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      firstPending = 0;
      const nodes = [...pending];
      pending.clear();
      void scanner?.rescan(nodes);
    };
    firstPending ||= performance.now();
    clearTimeout(timer);
    timer = setTimeout(flush, performance.now() - firstPending > 1000 ? 0 : 300);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    pending.clear();
  }, { once: true });
  return observer;
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
  const candidates = scanner?.visible() ?? [];
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

/** The date this page's facts are checked as of, as the popup and the tooltip state it. */
function published(): PagePublished {
  const found = scanner?.published;
  return found ? { date: found.date, from: found.from } : { date: null, from: 'none' };
}

function pageState(): PageState {
  // Asked before the page is parsed and the settings are read: nothing is known yet.
  if (!ready) return { site, active: true, reading: true, items: [] };
  if (!session || !scanner) return { site, active: false, reason: 'paused', items: [] };
  const shown = scanner.shown;
  // One pass, ids by position: the popup asks several times a second while a page is read, and a huge page
  // holds 100,000s of findings (looking each one's id up would be quadratic, and freeze the page).
  const items: FindingItem[] = [];
  let visible = 0;
  shown.forEach((s, id) => {
    if (!isShown(s.finding, s.phrase)) return;
    visible++;
    if (items.length < MAX_LISTED) {
      items.push({ id, category: s.finding.category, rule: s.finding.rule, message: s.finding.message, excerpt: s.phrase.length > 120 ? `${s.phrase.slice(0, 117)}...` : s.phrase });
    }
  });
  const summary = scanner.summary && { ...scanner.summary, counts: scanner.countsByCategory() };
  const paintedLimit = visible > MAX_PAINTED ? MAX_PAINTED : undefined;
  return { site, active: true, summary, items, paintedLimit, published: published(), wholePage: scanner.article?.whole, ...(scanner.reading && { reading: true }), ...(shown.length ? {} : { reason: 'no-article' as const }) };
}

/** Findings the popup lists at most (all are counted). */
const MAX_LISTED = 2000;

function focusFinding(id: number): boolean {
  const s = scanner?.shown[id];
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

// This script runs as the page starts loading (document_start), for one reason: to wake the background at
// once, with nothing to read, so that a worker that was asleep starts and compiles the engine while the page
// loads. The page is read once its document is parsed.
void browser.runtime.sendMessage({ type: 'analyze', texts: [] }).catch(() => {});

const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

Promise.all([loadSettings(), parsed]).then(([s]) => {
  applySettings(s);
  onSettingsChanged(applySettings);
});
