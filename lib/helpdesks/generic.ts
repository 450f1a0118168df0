import type { HelpdeskAdapter } from './adapter';

/**
 * Any text field on any page the agent enabled: whatever editable they focus is the draft, and the
 * ticket around it is read by the generic strategies alone (a team may add selectors in its rule file).
 */
export const generic: HelpdeskAdapter = {
  id: 'generic',
  name: 'Other sites',
  hosts: [],
  editor: ['textarea', '[contenteditable]:not([contenteditable="false"])', '[role="textbox"]'],
};
