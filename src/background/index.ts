import browser from 'webextension-polyfill';
import { analyze, warmUpSteps } from '../engine/with-facts';
import { isBackgroundRequest, type TextAnalysis } from '../shared/messages';

// The engine runs here, not in the page: its rules, the verdict's patterns and the known facts (202 people's
// names, claims, titles) are compiled once per start of this worker, and stay compiled from page to page,
// while a page would compile them all again each time, on its own main thread. A page wakes this worker as
// soon as it starts loading (see content/index.ts): the engine's index is built at once, and its patterns are
// compiled in short steps while the page loads, each step a task of its own so that a page's text, when it
// comes, is read between two steps rather than after them all.
const warming = warmUpSteps();
function warmUp(): void {
  const until = performance.now() + WARM_STEP_MS;
  while (performance.now() < until) if (warming.next().done) return;
  setTimeout(warmUp, 0);
}
const WARM_STEP_MS = 4;
warmUp();

// The toolbar badge shows each tab's count of findings, as reported by that tab's content script.
browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
  // Messages must come from this extension (content scripts or popup), never from a web page.
  if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
  if (message.type === 'analyze') {
    return message.texts.map((text): TextAnalysis => {
      const { findings, summary } = analyze(text, { published: message.published });
      return { findings, signals: summary.signals };
    });
  }
  if (message.type === 'page-counts') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3fd1' });
    await browser.action.setBadgeText({ tabId, text: message.total ? String(Math.min(message.total, 999)) : '' });
    return undefined;
  }
  return enableSite(message.origin, message.tabId);
});

/** After the popup obtained the host permission: run on that origin from now on, and on the open tab now. */
async function enableSite(origin: string, tabId: number): Promise<boolean> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const id = `site-${origin.replace(/[^a-z0-9]/gi, '_')}`;
  const manifest = browser.runtime.getManifest();
  const files = manifest.content_scripts?.[0]?.js ?? [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: files, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  await browser.scripting.executeScript({ target: { tabId }, files });
  return true;
}
