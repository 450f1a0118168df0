import { lineColumnLocator } from '../cli/line-column';
import { EXPORT_FORMAT_INFO, type ExportFormat } from './export-formats';
import { readCsv } from './formats/csv';
import type { FormatRead } from './formats/format-read';
import { looksLikeFreshdesk, readFreshdesk } from './formats/freshdesk';
import { looksLikeFront, readFront } from './formats/front';
import { looksLikeHelpScout, readHelpScout } from './formats/helpscout';
import { readJsonl } from './formats/jsonl';
import { looksLikeZendesk, readZendesk } from './formats/zendesk';
import { finishProblems } from './problems';
import type { ReadExportResult } from './saved-reply';

type JsonFormat = Exclude<ExportFormat, 'csv' | 'jsonl'>;

/** The JSON exports, in the order their shapes are tried (Help Scout before Front: both have a name). */
const JSON_FORMATS: { format: JsonFormat; looksLike: (value: unknown) => boolean; read: (value: unknown) => FormatRead }[] = [
  { format: 'zendesk', looksLike: looksLikeZendesk, read: readZendesk },
  { format: 'front', looksLike: looksLikeFront, read: readFront },
  { format: 'freshdesk', looksLike: looksLikeFreshdesk, read: readFreshdesk },
  { format: 'helpscout', looksLike: looksLikeHelpScout, read: readHelpScout },
];

export interface ReadExportOptions {
  /** The file's name: `.csv` and `.jsonl` say what it is. */
  fileName?: string;
  /** Skips detection (`audit --from`). */
  format?: ExportFormat;
}

/**
 * Reads an export of saved replies as the helpdesk gives it: finds out which one it is (from the
 * file's name and shape), validates it, and turns every reply into the engine's plain text. Nothing
 * is thrown: a file it cannot read comes back with each problem at its entry.
 */
export function readExport(text: string, options: ReadExportOptions = {}): ReadExportResult {
  const content = text.replace(/^\uFEFF/, '');
  const format = options.format ?? formatFromName(options.fileName) ?? sniff(content);
  if (format === 'csv') return finish('csv', readCsv(content));
  if (format === 'jsonl') return finish('jsonl', readJsonl(content));

  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineColumnLocator(content)(Number(position[1])).line : undefined;
    return { ok: false, ...(format ? { format } : {}), problems: [{ path: '(root)', message: `not valid JSON: ${message}`, ...(line ? { line } : {}) }] };
  }
  const reader = format ? JSON_FORMATS.find((candidate) => candidate.format === format) : JSON_FORMATS.find((candidate) => candidate.looksLike(value));
  if (!reader) return { ok: false, problems: [{ path: '(root)', message: unknownShape(value) }] };
  return finish(reader.format, reader.read(value), content);
}

function finish(format: ExportFormat, read: FormatRead, jsonText?: string): ReadExportResult {
  if (!read.ok) return { ok: false, format, problems: finishProblems(read.problems, jsonText) };
  return { ok: true, saved: { format, replies: read.replies, skipped: read.skipped, notes: read.notes } };
}

function formatFromName(fileName: string | undefined): ExportFormat | undefined {
  if (!fileName) return undefined;
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(?:jsonl|ndjson)$/i.test(fileName)) return 'jsonl';
  return undefined;
}

/** No telling name: JSON starts with { or [, and JSON Lines is several lines that each parse alone. */
function sniff(content: string): ExportFormat | undefined {
  const start = content.trimStart()[0];
  if (start !== '{' && start !== '[') return 'csv';
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 1 && start === '{') {
    try {
      JSON.parse(lines[0]!);
      return 'jsonl';
    } catch {
      // One JSON document spread over several lines.
    }
  }
  return undefined;
}

function unknownShape(value: unknown): string {
  const known = [
    `${EXPORT_FORMAT_INFO.zendesk.label} ({"macros": [...]})`,
    `${EXPORT_FORMAT_INFO.freshdesk.label} ([{"title", "content_html"}])`,
    `${EXPORT_FORMAT_INFO.helpscout.label} ([{"name", "text"}])`,
    `${EXPORT_FORMAT_INFO.front.label} ({"_results": [...]})`,
  ].join(', ');
  const what = Array.isArray(value) ? (value.length === 0 ? 'an empty list' : 'a list of unknown entries') : 'JSON of an unknown shape';
  return `${what}: expected one of ${known}; or name the format with --from`;
}
