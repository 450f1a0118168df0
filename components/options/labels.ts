import { ADAPTER_IDS, type AdapterId } from '../../lib/messaging/adapter-ids';
import { HELPDESK_LABELS } from '../labels';

// Words the options page shows for ids that only exist here.

export const SEVERITY_OPTIONS = [
  { value: 'info', label: 'Tip' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Error' },
] as const;

export const KIND_LABELS = {
  phrase: 'Flag phrases',
  substitution: 'Suggest a better phrase',
  occurrence: 'Limit how often something is said',
  metric: 'Limit a measure (sentence length, reading grade…)',
  requirement: 'Require something to be said',
  topic: 'Follow-up needs on a topic',
  check: 'Built-in check',
} as const;

export const HELPDESK_OPTIONS: readonly { value: AdapterId; label: string }[] = ADAPTER_IDS.map((id) => ({
  value: id,
  label: id === 'generic' ? 'Other sites you enabled' : HELPDESK_LABELS[id],
}));

export const COMPOSER_OPTIONS = [
  { value: 'all', label: 'Replies and internal notes' },
  { value: 'reply', label: 'Public replies only' },
  { value: 'note', label: 'Internal notes only' },
] as const;
