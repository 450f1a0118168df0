import type { EditorActionFailure } from '../messaging/editor-actions';

/** A short line after an action: what happened, calmly, and what to do next. */
export interface Notice {
  /** `waiting`: the agent has something to answer elsewhere (the browser's prompt). */
  tone: 'done' | 'problem' | 'waiting';
  text: string;
  /** The finding it is about (its key): the panel shows the notice beside it, or where it was. */
  about?: { key: string; followUp: boolean };
}

export const FIX_APPLIED: Notice = { tone: 'done', text: 'Fix applied. Ctrl+Z in the editor brings the old words back.' };

const FIX_FAILED: Record<EditorActionFailure, string> = {
  'no-editor': 'The reply editor is not open any more, so nothing was changed.',
  'draft-changed': 'These words changed since the check, so nothing was replaced. The suggestions update as you type.',
  'editor-refused': 'The editor did not accept the change, so nothing was replaced. You can edit the words yourself.',
  'unexpected-change': 'The editor changed the text differently than expected. Check the draft, or undo with Ctrl+Z.',
  unsupported: 'This editor does not allow that change. You can edit the words yourself.',
  unreachable: 'Reply Coach could not reach the page. If it was just reloaded, click into the reply box and try again.',
};

export function fixFailed(reason: EditorActionFailure): Notice {
  return { tone: 'problem', text: FIX_FAILED[reason] };
}

export const SITE_ASKING: Notice = { tone: 'waiting', text: "Confirm in your browser's prompt to let Reply Coach read this site." };
export const SITE_ENABLED: Notice = { tone: 'done', text: 'Reply Coach is on for this site. Click into the reply box to start.' };
export const SITE_NOT_ENABLED: Notice = { tone: 'problem', text: 'Reply Coach was not enabled for this site.' };
