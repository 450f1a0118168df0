import type { AdapterId } from '../rules/vocabulary';

/** The exports `audit` reads, as the helpdesks give them (and two plain shapes for everything else). */
export const EXPORT_FORMATS = ['zendesk', 'freshdesk', 'helpscout', 'front', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What the report calls the file, e.g. "Zendesk macros". */
  label: string;
  /** The helpdesk's adapter id, so rules limited to that helpdesk apply to its replies. */
  helpdesk?: AdapterId;
  /** How that helpdesk writes the customer's first name in a saved reply: the fix for a reply that never greets them. */
  firstNamePlaceholder?: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  zendesk: { label: 'Zendesk macros', helpdesk: 'zendesk', firstNamePlaceholder: '{{ticket.requester.first_name}}' },
  freshdesk: { label: 'Freshdesk canned responses', helpdesk: 'freshdesk', firstNamePlaceholder: '{{ticket.requester.firstname}}' },
  helpscout: { label: 'Help Scout saved replies', helpdesk: 'helpscout', firstNamePlaceholder: '{%customer.firstName,fallback=there%}' },
  front: { label: 'Front message templates', helpdesk: 'front', firstNamePlaceholder: '{{recipient.first_name}}' },
  csv: { label: 'saved replies (CSV)' },
  jsonl: { label: 'saved replies (JSONL)' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
