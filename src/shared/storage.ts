import browser from 'webextension-polyfill';
import { repairSettings, SETTINGS_KEY, type Settings } from './settings';

/** sync where the browser has it (settings follow the user), local otherwise. */
function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await area().get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  }
  const { settings, problems } = repairSettings(raw);
  if (problems.length) console.warn(`Gossip Lens: stored settings repaired (${problems.join('; ')})`);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await area().set({ [SETTINGS_KEY]: settings });
  } catch {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  }
}

/** Calls back with repaired settings whenever any context changes them. Stops when the signal aborts. */
export function onSettingsChanged(callback: (s: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>) => {
    if (SETTINGS_KEY in changes) callback(repairSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
