import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { IN_PAGE_COACH_CHUNK } from './lib/overlay/in-page-coach-chunk';

// Chrome silently leaves a suggested shortcut unassigned when the browser keeps it for itself:
// Alt+Shift+R and Alt+Shift+C are (found by the e2e test that presses the shortcut).
const OPEN_PANEL_SHORTCUT = 'Alt+Shift+K';

// The manifest asks for as little as the product needs; README "Permissions" says why each one is there.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), umdAsCommonJs('/node_modules/pluralize/')],
  }),
  hooks: {
    // WXT builds an unlisted script as a classic script (IIFE); the in-page coach's chunk is imported
    // by the content script (lib/overlay/lazy-in-page-coach.ts), so it is built as an ES module whose
    // default export is what its main() returns, minified as fully as the IIFE builds (Vite keeps an
    // ES library's whitespace and comments for the bundlers of its users; here there are none).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || `${entrypoints[0]!.name}.js` !== IN_PAGE_COACH_CHUNK || !config.build?.lib) return;
      config.build.lib.formats = ['es'];
      const output = config.build.rollupOptions?.output;
      if (output && !Array.isArray(output)) Object.assign(output, { minify: true, comments: false });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Reply Coach',
    description:
      'Coaches support replies as you type them in your helpdesk: tone, empathy, clarity, personalization and follow-up. Nothing leaves your browser.',
    // activeTab: the tab's address when the agent opens the panel on it, to offer "enable on this site".
    // contextMenus: "Use as the customer's message / name" on text the agent selects in a helpdesk page.
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'activeTab', 'contextMenus'] : ['storage', 'sidePanel', 'scripting', 'activeTab', 'contextMenus'],
    // Any other site only when the agent enables it from the panel (asked at run time, per site).
    // Firefox's Manifest V2 build lists host patterns under optional_permissions instead.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The in-page coach's chunk, imported by the content script of a frame that follows an editor
    // (lib/overlay/lazy-in-page-coach.ts). Chrome loads a content script's import only when the file is
    // web-accessible to the page's origin: the helpdesks and any site the agent enables at run time
    // (its optional host permissions), which a static manifest can only cover as every https/http page.
    // use_dynamic_url: the file answers only at an address that changes every browser session, so a
    // page cannot probe for it to tell that Reply Coach is installed. Firefox lets content scripts
    // import the extension's own files without it, so its build exposes nothing to pages.
    ...(browser === 'firefox' ? {} : { web_accessible_resources: [{ resources: [IN_PAGE_COACH_CHUNK], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }] }),
    action: { default_title: 'Open Reply Coach' },
    // The keyboard shortcut opens the panel: Chrome runs the toolbar action (which opens the side
    // panel), Firefox toggles its sidebar.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: OPEN_PANEL_SHORTCUT }, description: 'Open Reply Coach' } }
        : { _execute_action: { suggested_key: { default: OPEN_PANEL_SHORTCUT }, description: 'Open Reply Coach' } },
    // The administrator's policy (docs/managed-policy.md). Chrome needs the schema to expose it; Firefox
    // ignores schemas (it passes policies.json's 3rdparty section as is), so the key is left out there.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reply-coach@reply-coach.dev',
              strict_min_version: '140.0',
              // Firefox's data-consent manifest key: Reply Coach collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/**
 * `pluralize` (used by `syllable`, the engine's reading grade) is a UMD file that takes its CommonJS
 * branch only when a global `require` exists. Bundled for the browser there is none, so it set a
 * global instead and the import came out empty: every analysis in the extension threw. Its CommonJS
 * branch is what the bundler expects, so make that test not depend on `require`.
 */
function umdAsCommonJs(pathPart: string) {
  return {
    name: 'reply-coach:umd-as-commonjs',
    transform(code: string, id: string) {
      if (!id.includes(pathPart)) return undefined;
      return code.replace("typeof require === 'function' && typeof exports === 'object'", "typeof exports === 'object'");
    },
  };
}
