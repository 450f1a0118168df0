import type { HelpdeskAdapter } from './adapter';

/**
 * Any text field on any page: whatever editable the agent focuses is the draft. It knows nothing of
 * tickets, so it reports a public reply with no customer context.
 */
export const generic: HelpdeskAdapter = {
  id: 'generic',
  editorSelector: 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]',
  readContext: () => ({ composer: 'reply' }),
};
