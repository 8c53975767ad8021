import browser from 'webextension-polyfill';
import { CATEGORIES, type Category } from '../engine/types';
import { VERDICT_MEANING } from '../engine/verdict/score';
import { asOfText, isPagePublished } from '../shared/as-of';
import { CATEGORY_STYLE } from '../shared/categories';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/storage';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const VERDICT_LABEL = { 'likely-fabricated': 'Likely fabricated', mixed: 'Mixed: thinly sourced', reported: 'Reads as reporting' } as const;

let settings: Settings;
let tab: browser.Tabs.Tab | undefined;
let host = '';

async function main(): Promise<void> {
  // ?tabId=N opens the popup for a given tab (as a full page, for keyboard users and for tests).
  const wanted = Number(new URLSearchParams(location.search).get('tabId'));
  [tab] = Number.isInteger(wanted) && wanted > 0 ? [await browser.tabs.get(wanted)] : await browser.tabs.query({ active: true, currentWindow: true });
  host = tab?.url ? safeHost(tab.url) : '';
  settings = await loadSettings();
  renderSwitches(undefined);
  await refresh();
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

async function pageState(): Promise<PageState | undefined> {
  if (tab?.id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tab.id, { type: 'get-page-state' })) as PageState;
  } catch {
    return undefined; // no content script here (not an enabled site, or a browser page)
  }
}

let rereadTimer: ReturnType<typeof setTimeout> | undefined;
const READING_POLL_MS = 500;

async function refresh(): Promise<void> {
  const state = await pageState();
  if (state?.site) host = state.site;
  renderPause();
  renderDismissed();
  const status = $('status');
  $('enable').hidden = !!state || !host;
  if (!state) {
    status.textContent = host ? 'Gossip Lens is not running on this site.' : 'Open an article to use Gossip Lens.';
  } else if (!state.active) {
    status.textContent = 'Paused on this site.';
  } else if (state.reading) {
    status.textContent = 'Reading the page…';
  } else {
    status.textContent = state.paintedLimit
      ? `A very long page: the first ${state.paintedLimit.toLocaleString()} findings are highlighted, all are counted.`
      : state.items.length ? '' : 'Nothing flagged on this page.';
  }
  // Still reading: look again shortly, so the counts and the verdict appear without reopening the popup.
  clearTimeout(rereadTimer);
  if (state?.active && state.reading) rereadTimer = setTimeout(() => void refresh(), READING_POLL_MS);
  $('scope').hidden = !state?.active || !state.wholePage;
  renderVerdict(state);
  renderAsOf(state);
  renderSwitches(state);
  renderFindings(state);
}

function renderVerdict(state: PageState | undefined): void {
  const s = state?.summary;
  $('verdict').hidden = !s;
  if (!s) return;
  $('verdict-label').textContent = VERDICT_LABEL[s.verdict];
  $('verdict-score').textContent = `(fabrication score ${s.fabrication.toFixed(2)})`;
  // The reasons as a list, then what the verdict means; both come from the engine's summary.
  const list = $('verdict-reasons');
  list.replaceChildren(...s.reasons.map((r) => Object.assign(document.createElement('li'), { textContent: r })));
  list.hidden = !s.reasons.length;
  $('verdict-explanation').textContent = VERDICT_MEANING[s.verdict];
}

/** Which date the page's facts were checked as of; shown only for a running page, and only in the exact shape sent. */
function renderAsOf(state: PageState | undefined): void {
  const line = $('as-of');
  const published = state?.active ? state.published : undefined;
  line.hidden = !isPagePublished(published);
  if (!isPagePublished(published)) return;
  line.textContent = `${asOfText(published)}.`;
}

/** Built once, then updated in place, so keyboard focus stays on a switch after toggling it. */
function renderSwitches(state: PageState | undefined): void {
  const box = $('categories');
  if (!box.querySelector('label')) {
    for (const c of CATEGORIES) {
      const style = CATEGORY_STYLE[c];
      const label = document.createElement('label');
      label.className = 'switch';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = style.tint;
      swatch.style.borderBottomColor = style.colour;
      swatch.style.borderBottomStyle = style.underline;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = style.label;
      name.title = style.explanation;
      const count = document.createElement('span');
      count.className = 'count';
      count.dataset.category = c;
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.setAttribute('role', 'switch');
      input.dataset.category = c;
      input.addEventListener('change', () => toggle(c, input.checked));
      label.append(swatch, name, count, input);
      box.append(label);
    }
  }
  for (const c of CATEGORIES) {
    const count = box.querySelector<HTMLElement>(`.count[data-category="${c}"]`)!;
    count.textContent = state?.summary ? String(state.summary.counts[c]) : '–';
    count.setAttribute('aria-label', state?.summary ? `${state.summary.counts[c]} on this page` : 'not counted');
    box.querySelector<HTMLInputElement>(`input[data-category="${c}"]`)!.checked = settings.categories[c];
  }
}

function renderFindings(state: PageState | undefined): void {
  const list = $('findings');
  list.replaceChildren();
  for (const item of state?.items ?? []) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.style.borderLeftColor = CATEGORY_STYLE[item.category].colour;
    button.textContent = item.excerpt;
    button.title = `${CATEGORY_STYLE[item.category].label}: ${item.message}`;
    button.setAttribute('aria-label', `${CATEGORY_STYLE[item.category].label}: ${item.excerpt}`);
    button.addEventListener('click', () => focusFinding(item.id));
    li.append(button);
    list.append(li);
  }
}

function renderPause(): void {
  const button = $('pause');
  const paused = settings.pausedSites.includes(host);
  button.hidden = !host;
  button.setAttribute('aria-pressed', String(paused));
  button.textContent = paused ? 'Resume on this site' : 'Pause on this site';
}

function renderDismissed(): void {
  const phrases = settings.dismissed[host] ?? [];
  $('dismissed-section').hidden = !phrases.length;
  const list = $('dismissed');
  list.replaceChildren();
  for (const phrase of phrases) {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.textContent = `“${phrase}”`;
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = 'Undo';
    undo.setAttribute('aria-label', `Flag “${phrase}” again`);
    undo.addEventListener('click', () => update({ ...settings, dismissed: { ...settings.dismissed, [host]: phrases.filter((p) => p !== phrase) } }));
    li.append(text, undo);
    list.append(li);
  }
}

async function update(next: Settings): Promise<void> {
  settings = next;
  await saveSettings(settings); // every open tab repaints from storage.onChanged
  renderPause();
  renderDismissed();
  setTimeout(refresh, 80);
}

function toggle(category: Category, on: boolean): Promise<void> {
  return update({ ...settings, categories: { ...settings.categories, [category]: on } });
}

async function focusFinding(id: number): Promise<void> {
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'focus-finding', id });
}

$('pause').addEventListener('click', () => {
  const paused = settings.pausedSites.includes(host);
  void update({ ...settings, pausedSites: paused ? settings.pausedSites.filter((s) => s !== host) : [...settings.pausedSites, host] });
});

$('enable').addEventListener('click', async () => {
  if (!tab?.url || tab.id === undefined) return;
  const origin = new URL(tab.url).origin;
  // The permission prompt must come straight from the click: ask here, then let the background register the script.
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  if (!granted) {
    $('status').textContent = 'Permission not granted: Gossip Lens stays off on this site.';
    return;
  }
  await browser.runtime.sendMessage({ type: 'enable-site', origin, tabId: tab.id });
  setTimeout(refresh, 300);
});

main().catch((e) => {
  $('status').textContent = `Could not load: ${e instanceof Error ? e.message : String(e)}`;
});
