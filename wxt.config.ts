import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for as little as the product needs; README "Permissions" says why each one is there.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Reply Coach',
    description:
      'Coaches support replies as you type them in your helpdesk: tone, empathy, clarity, personalization and follow-up. Nothing leaves your browser.',
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'sidePanel', 'scripting'],
    // Any other site only when the agent enables it from the panel (asked at run time, per site).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open Reply Coach' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reply-coach@reply-coach.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
