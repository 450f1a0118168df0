import { z } from 'zod';
import { formatPath } from '../../rules/errors';
import { htmlToText, looksLikeHtml, tidyText } from '../html-to-text';
import { plainErrors, problemsOf, type RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import { type FormatRead, idField, sampleEntry } from './format-read';

// Freshdesk's canned responses API (GET /api/v2/canned_response_folders/{id}/responses, or
// /api/v2/canned_responses/{id} for one): a title with `content_html` and its plain `content`.

const CannedResponse = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  title: z.string(),
  content: z.string().nullish(),
  content_html: z.string().nullish(),
});

export function looksLikeFreshdesk(value: unknown): boolean {
  const entry = sampleEntry(value);
  return entry !== undefined && 'title' in entry && ('content_html' in entry || 'content' in entry);
}

export function readFreshdesk(value: unknown): FormatRead {
  const entries = Array.isArray(value) ? value.map((item, index) => ({ path: [index], value: item })) : [{ path: [], value }];
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  for (const { path, value: item } of entries) {
    const parsed = CannedResponse.safeParse(item, { error: plainErrors });
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, path));
      continue;
    }
    const { id, title, content, content_html: html } = parsed.data;
    if (html == null && content == null) {
      problems.push({ path: [...path, 'content_html'], message: 'missing (expected content_html or content, a string)' });
      continue;
    }
    const entry = formatPath(path);
    const text = html != null ? htmlToText(html) : looksLikeHtml(content!) ? htmlToText(content!) : tidyText(content!);
    if (text === '') skipped.push({ entry, name: title, reason: 'its content is empty' });
    else replies.push({ entry, ...idField(id), name: title, text, composer: 'reply' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes: [] };
}
