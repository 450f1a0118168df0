import { z } from 'zod';
import { formatPath } from '../../rules/errors';
import { htmlToText } from '../html-to-text';
import { plainErrors, problemsOf, type RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import { type FormatRead, idField, isRecord, sampleEntry } from './format-read';

// Front's Core API: GET /message_templates lists templates under `_results` (paged by
// `_pagination.next`); GET /message_templates/{id} gives one. A template's `body` is HTML.

const Template = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  name: z.string(),
  subject: z.string().nullish(),
  body: z.string(),
});
const TemplateList = z.object({ _results: z.array(z.unknown()), _pagination: z.object({ next: z.string().nullish() }).nullish() });

export function looksLikeFront(value: unknown): boolean {
  if (isRecord(value) && Array.isArray(value._results)) return true;
  const entry = sampleEntry(value);
  return entry !== undefined && typeof entry.id === 'string' && entry.id.startsWith('rsp_');
}

export function readFront(value: unknown): FormatRead {
  let entries: { path: (string | number)[]; value: unknown }[];
  const notes: string[] = [];
  if (isRecord(value) && '_results' in value) {
    const list = TemplateList.safeParse(value, { error: plainErrors });
    if (!list.success) return { ok: false, problems: problemsOf(list.error) };
    entries = list.data._results.map((item, index) => ({ path: ['_results', index], value: item }));
    if (list.data._pagination?.next) notes.push(`This file is one page of the message templates (${entries.length}); follow _pagination.next to audit them all.`);
  } else {
    entries = Array.isArray(value) ? value.map((item, index) => ({ path: [index], value: item })) : [{ path: [], value }];
  }
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  for (const { path, value: item } of entries) {
    const parsed = Template.safeParse(item, { error: plainErrors });
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, path));
      continue;
    }
    const { id, name, body } = parsed.data;
    const entry = formatPath(path);
    const text = htmlToText(body);
    if (text === '') skipped.push({ entry, name, reason: 'its body is empty' });
    else replies.push({ entry, ...idField(id), name, text, composer: 'reply' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes };
}
