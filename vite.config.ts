import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { loadKnownFactsFile } from './src/facts/load-file';
import { validateRules } from './src/engine/rule';
import { bundledAnchorTable } from './src/engine/anchor-table';
import { rules } from './src/rules/index';
import sourceManifest from './manifest.json';
import { version } from './package.json';

// One version for the package and both extensions: package.json's (the store files are named after it).
const baseManifest = { ...sourceManifest, version };

/**
 * Fails the build, naming the entry, when the known-facts file or a rule is malformed; then bundles the
 * anchor table computed from them (see src/engine/anchor-table.ts), which needs them well-formed.
 */
function checkKnownFactsAndRules(): Plugin {
  return {
    name: 'gossip-lens:check-known-facts',
    config() {
      const facts = loadKnownFactsFile('src/facts/known-facts.json');
      validateRules(rules);
      return {
        define: {
          // The anchor words of every pattern (rules, verdict, facts), read off them here rather than each time
          // the background starts (see src/engine/anchors/compute.ts). Only the background runs the engine: the
          // content script does not read this table, so it is not in the page.
          __GOSSIP_LENS_ANCHORS__: JSON.stringify(bundledAnchorTable(facts)),
          // Rule examples are for the tests: the bundle leaves them out (see src/engine/rule.ts).
          'globalThis.__GOSSIP_LENS_SHIPPED__': 'true',
        },
      };
    },
  };
}

/** Firefox MV3: an event page (background.scripts) and gecko settings declaring that no data is collected. */
function firefoxManifest(): ManifestV3Export {
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'gossip-lens@example.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      checkKnownFactsAndRules(),
      crx({
        manifest: firefox ? firefoxManifest() : (baseManifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained script, no module loader: it then needs no web-accessible resources, and the
        // same file can be injected on a site the user enables (scripting.registerContentScripts).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // No source maps in the shipped extension: smaller, and nothing of the page is ever logged.
      sourcemap: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
  };
});
