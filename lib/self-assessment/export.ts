import { CATEGORIES } from '../engine/types';
import type { DraftOutcome } from './outcome';

// The agent's history as files they may choose to hand to their lead: exactly what is stored, nothing
// more (no text, no time of day), one outcome per row.

export const EXPORT_FORMAT_VERSION = 1;

const CSV_COLUMNS = [
  'day',
  'helpdesk',
  ...CATEGORIES.map((category) => `findings_${category}`),
  'rule_ids',
  'name_known',
  'name_used',
  'customer_upset',
  'acknowledged',
  'reading_grade',
  'words',
] as const;

// Values are ids, numbers and booleans, but quote anything a spreadsheet could misread all the same.
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then one row per outcome; rule ids joined by ";". */
export function outcomesToCsv(outcomes: readonly DraftOutcome[]): string {
  const rows = outcomes.map((outcome) => [
    outcome.day,
    outcome.helpdesk,
    ...CATEGORIES.map((category) => outcome.findings[category]),
    outcome.ruleIds.join(';'),
    outcome.nameKnown,
    outcome.nameUsed,
    outcome.customerUpset,
    outcome.acknowledged,
    outcome.readingGrade,
    outcome.words,
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Pretty-printed JSON with a format version, so a future import or a lead's script can tell what it reads. */
export function outcomesToJson(outcomes: readonly DraftOutcome[], exportedOn: string): string {
  return JSON.stringify({ format: 'reply-coach-self-assessment', version: EXPORT_FORMAT_VERSION, exportedOn, outcomes }, null, 2) + '\n';
}

/** e.g. "reply-coach-self-assessment-2025-03-14.csv". */
export function exportFileName(day: string, extension: 'csv' | 'json'): string {
  return `reply-coach-self-assessment-${day}.${extension}`;
}
