import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium with the built extension, in a fresh profile. As root it needs --no-sandbox; the
 * network flags keep it from calling home (this machine has no network, and the tests send nothing out).
 */
export function launchWithExtension(dist: string, viewport = { width: 1100, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gl-chromium-')), {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
    viewport,
  });
}

/** The extension's id, read off its service worker (waiting for it to start if it has not yet). */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/**
 * The popup, opened as a page of its own for `page`'s tab (a test cannot open the toolbar popup). The extension
 * has no "tabs" permission, so the tab is found as the active one once `page` is brought to front. The popup
 * is then brought to front, as one a user clicks is: in a background tab each click waits ~2 s for frames.
 */
export async function openPopupFor(context: BrowserContext, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const tabId = await worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html?tabId=${tabId}`);
  await popup.bringToFront();
  return popup;
}
