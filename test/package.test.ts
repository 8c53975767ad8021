import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run package` (scripts/package.mjs): both store files, unpacked and read as a store would. Packages the
// builds that `npm test` has just made (builds them first when they are missing), into a folder of its own.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = mkdtempSync(join(tmpdir(), 'gl-package-'));
const TARGETS = [
  { browser: 'chrome', dist: 'dist' },
  { browser: 'firefox', dist: 'dist-firefox' },
] as const;

type Manifest = {
  manifest_version: number;
  name: string;
  version: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
};

/** Every file the manifest names: icons, the popup, the background, the content scripts. */
function filesNamedBy(m: Manifest): string[] {
  return [
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
    ...(m.action?.default_popup ? [m.action.default_popup] : []),
    ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
}

/** The package-relative files a page or script loads: <script src>, <link href>, static and dynamic imports. */
function referencesIn(file: string, text: string): string[] {
  const found = file.endsWith('.html')
    ? [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    : [...text.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  return found
    .filter((ref) => /^\.{0,2}\//.test(ref))
    .map((ref) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref)));
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
  });
}

beforeAll(() => {
  const built = TARGETS.every((t) => existsSync(join(t.dist, 'manifest.json')));
  if (!built) console.warn('package test: dist/ or dist-firefox/ missing, building both first');
  execFileSync(process.execPath, ['scripts/package.mjs', ...(built ? ['--no-build'] : []), '--out-dir', OUT], { stdio: 'pipe' });
}, 300_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe.each(TARGETS)('the $browser store package', ({ browser, dist }) => {
  let zip: JSZip;
  let names: string[];
  let manifest: Manifest;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(readFileSync(join(OUT, `gossip-lens-${browser}-${version}.zip`)));
    names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  });

  it("is named and versioned from package.json, a Manifest V3 extension at the archive's root", () => {
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Gossip Lens');
    expect(names).toContain('manifest.json');
  });

  it('holds every file its manifest names, and every file those load', async () => {
    const named = filesNamedBy(manifest);
    expect(named.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    const queue = [...named];
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(names, `${file}, named by the manifest or loaded by a page or script`).toContain(file);
      if (/\.(html|js)$/.test(file)) queue.push(...referencesIn(file, await zip.file(file)!.async('string')));
    }
    // The popup's script, the background's bundle and the module both share were found by following references.
    expect([...seen].filter((f) => f.startsWith('assets/')).length).toBeGreaterThanOrEqual(3);
  });

  it('is exactly the build, with no source maps, sources, tests, fixtures or CLI', async () => {
    expect([...names].sort()).toEqual(filesUnder(dist).sort());
    for (const name of names) {
      expect(name, name).not.toMatch(/\.(map|tsx?)$/);
      expect(name, name).not.toMatch(/(^|\/)(test|tests|fixtures|cli|build|node_modules)\//);
      expect(name, name).not.toMatch(/^(\/|\.\.\/)|\/\.\.\//);
      // Built pages and scripts only under src/ (the folders the manifest names keep their source layout).
      if (name.startsWith('src/')) expect(name, name).toMatch(/\.(html|js|css)$/);
    }
    for (const js of names.filter((n) => n.endsWith('.js'))) {
      expect(await zip.file(js)!.async('string'), js).not.toMatch(/sourceMappingURL=/);
    }
  });

  it(browser === 'firefox' ? 'carries the gecko id and data declaration AMO requires, and an event page' : 'has a service worker and no Firefox keys', () => {
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings?.gecko?.id).toBe('gossip-lens@example.org');
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.background?.scripts?.length).toBe(1);
      expect(manifest.background?.service_worker).toBeUndefined();
    } else {
      expect(manifest.background?.service_worker).toBeDefined();
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });
});
