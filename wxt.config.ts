import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { deferModules } from './build/defer-modules';
import { COMMANDS } from './entrypoints/background/commands';

// WXT has no Preact module: the Preact Vite preset provides JSX and aliases.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // GLOSS_OUT_DIR lets parallel builds (several e2e runs at once) use separate folders.
  outDir: process.env.GLOSS_OUT_DIR ?? '.output',
  // Chromium: the library's stylesheet and modules are fetched once its first script runs (build/defer-modules.ts).
  // Not for Firefox, which can't hold the first paint for a stylesheet a script adds (no `blocking="render"`).
  vite: ({ browser }) => ({
    plugins: [preact(), ...(browser === 'firefox' ? [] : [deferModules(['/library/index.html'])])],
    // The scale benchmark's hooks (which can clear the database) exist only in its own builds (GLOSS_BENCH=1).
    define: { __GLOSS_BENCH__: JSON.stringify(process.env.GLOSS_BENCH === '1') },
    // PouchDB's changes filter evaluates design-document code with Function(): remote code, which store rules
    // forbid. Gloss filters nothing, so a version that refuses named filters takes its place.
    resolve: {
      alias: [
        { find: /^pouchdb-changes-filter$/, replacement: fileURLToPath(new URL('./build/pouchdb-changes-filter.ts', import.meta.url)) },
      ],
    },
  }),
  // Only Firefox knows browser_specific_settings; Chrome warns about unknown keys.
  manifest: ({ browser }) => ({
    // The browser fills these from public/_locales/<its language>/messages.json, English when it has none.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `commands` is a manifest key, not a permission (Chrome warns about it in `permissions`). The least that work:
    // `tabs` because the popup reads the page's URL (tabs.get) to say and switch "Gloss is off on <site>", and a
    // content script's matches don't expose tab URLs. No `clipboardWrite`: extension pages copy on the reader's
    // click without it. No `activeTab`: `tabs` already gives the URL. `scripting`: the small always-on content
    // script has the background inject the rest of Gloss only into pages that need it (the host access for that
    // is the `<all_urls>` WXT adds for the runtime-registered script, the same pages the always-on one runs on; it
    // also lets the background reach a sync server without asking, which the optional permission below asked for).
    // `alarms`: sync runs a pass every few minutes (MV3 workers stop, so no timer survives).
    permissions: ['storage', 'tabs', 'downloads', 'contextMenus', 'alarms', 'scripting'],
    // Sync asks for its server's origin only, at runtime, when the reader saves the Sync settings.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: COMMANDS,
    action: { default_title: '__MSG_extName__' },
    // The editor card is an extension page framed in the article (lib/editor-frame.ts), so pages may load that
    // page; the code and styles it loads are its own origin's and need not be web-accessible. `use_dynamic_url`
    // (Chromium) gives it an address that changes every session, so a page can't probe for Gloss at a stable one.
    web_accessible_resources: [{ resources: ['editor-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.example',
              // AMO requires data_collection_permissions of new add-ons, and Firefox reads it from 140 on (ESR 140
              // and 153 have it). 'none': what Gloss reads stays in the browser; nothing goes to its makers or
              // third parties. A feature that sends data out must declare it here.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
