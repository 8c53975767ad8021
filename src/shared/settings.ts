import { CATEGORIES, type Category } from '../engine/types';

/** What the user chose; kept in browser.storage (sync where available). */
export interface Settings {
  version: 1;
  categories: Record<Category, boolean>;
  /** Hostnames where Gossip Lens is paused. */
  pausedSites: string[];
  /** Per hostname, lower-cased phrases the user marked "Not an issue here". */
  dismissed: Record<string, string[]>;
}

export const SETTINGS_KEY = 'gossipLensSettings';

export function defaultSettings(): Settings {
  return { version: 1, categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>, pausedSites: [], dismissed: {} };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Stored settings come back as whatever was written, by this or an older version, or corrupted:
 * keep every well-formed part, replace the rest with defaults, and say what was repaired.
 */
export function repairSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined) return { settings, problems };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: ['settings were not an object'] };
  const r = raw as Record<string, unknown>;
  // Version 0 kept a flat `enabled` map and `paused` list.
  const categories = r.categories ?? r.enabled;
  if (categories && typeof categories === 'object') {
    for (const c of CATEGORIES) {
      const v = (categories as Record<string, unknown>)[c];
      if (typeof v === 'boolean') settings.categories[c] = v;
      else if (v !== undefined) problems.push(`categories.${c} was not true/false`);
    }
  } else if (categories !== undefined) problems.push('categories were not an object');
  const paused = r.pausedSites ?? r.paused;
  if (isStringArray(paused)) settings.pausedSites = [...new Set(paused)];
  else if (paused !== undefined) problems.push('pausedSites was not a list of sites');
  if (r.dismissed && typeof r.dismissed === 'object' && !Array.isArray(r.dismissed)) {
    for (const [site, phrases] of Object.entries(r.dismissed as Record<string, unknown>)) {
      if (isStringArray(phrases)) settings.dismissed[site] = phrases;
      else problems.push(`dismissed["${site}"] was not a list of phrases`);
    }
  } else if (r.dismissed !== undefined) problems.push('dismissed was not an object');
  if (r.version !== 1) problems.push(`version ${JSON.stringify(r.version)} migrated to 1`);
  return { settings, problems };
}
