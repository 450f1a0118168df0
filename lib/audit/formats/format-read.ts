import type { RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';

/** What one format's reader makes of a file: its replies, or every problem found in it. */
export type FormatRead = { ok: true; replies: SavedReply[]; skipped: SkippedEntry[]; notes: string[] } | { ok: false; problems: RawProblem[] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first entry of a list, or the value itself: what a format's shape is recognised by. */
export function sampleEntry(value: unknown): Record<string, unknown> | undefined {
  const entry = Array.isArray(value) ? value[0] : value;
  return isRecord(entry) ? entry : undefined;
}

/** Helpdesk ids are numbers or strings; the report shows them as written, and leaves out a missing one. */
export function idField(id: string | number | undefined | null): { id?: string } {
  return id === undefined || id === null ? {} : { id: String(id) };
}
