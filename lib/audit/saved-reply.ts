import type { Composer } from '../rules/vocabulary';
import type { ExportFormat } from './export-formats';

/** One saved reply (macro, canned response, template) as the engine will judge it. */
export interface SavedReply {
  /** Where it is in the file: `macros[3]`, `[12]`, `line 7`. */
  entry: string;
  /** The helpdesk's id for it, when the export has one. */
  id?: string;
  name: string;
  /** Plain text: a blank line between paragraphs, a single line feed for a line break; placeholders kept as written. */
  text: string;
  /** Zendesk macros can add an internal note instead of a public reply. */
  composer: Composer;
}

/** An entry the audit leaves out, and why (a macro that only sets fields, an inactive one…). */
export interface SkippedEntry {
  entry: string;
  name: string;
  reason: string;
}

/** What a readable export holds. */
export interface SavedReplies {
  format: ExportFormat;
  replies: SavedReply[];
  skipped: SkippedEntry[];
  /** What the audit cannot know from this file (e.g. it is one page of several). */
  notes: string[];
}

/** Something in the file that keeps it from being read: the entry's path (`macros[3].actions[1].value`) and, when known, its line. */
export interface ExportProblem {
  path: string;
  message: string;
  line?: number;
}

/** On failure, `format` is the format the file was read as, when its shape (or its name) said. */
export type ReadExportResult = { ok: true; saved: SavedReplies } | { ok: false; format?: ExportFormat; problems: ExportProblem[] };
