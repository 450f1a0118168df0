import { z } from 'zod';
import { formatPath } from '../../rules/errors';
import { htmlToText, tidyText } from '../html-to-text';
import { plainErrors, problemsOf, type RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import { type FormatRead, idField, sampleEntry } from './format-read';

// Help Scout's Mailbox API 2.0: GET /v2/mailboxes/{id}/saved-replies/{replyId} gives a saved reply's
// `name`, its email `text` (HTML) and `chatText`. The list endpoint gives only a `preview`, cut short,
// which is not the reply the customer gets: such a file is refused rather than half-judged.

const SavedReplySchema = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  name: z.string(),
  text: z.string().nullish(),
  chatText: z.string().nullish(),
  preview: z.string().nullish(),
});

export function looksLikeHelpScout(value: unknown): boolean {
  const entry = sampleEntry(value);
  return entry !== undefined && 'name' in entry && ('text' in entry || 'preview' in entry || 'chatText' in entry) && !('body' in entry);
}

export function readHelpScout(value: unknown): FormatRead {
  const entries = Array.isArray(value) ? value.map((item, index) => ({ path: [index], value: item })) : [{ path: [], value }];
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  for (const { path, value: item } of entries) {
    const parsed = SavedReplySchema.safeParse(item, { error: plainErrors });
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, path));
      continue;
    }
    const { id, name, text: html, chatText, preview } = parsed.data;
    if (html == null && chatText == null) {
      const message =
        preview != null
          ? 'missing: the saved-replies list holds only a short preview; export each saved reply (GET /v2/mailboxes/{mailboxId}/saved-replies/{savedReplyId}) to audit its full text'
          : 'missing (expected text or chatText, a string)';
      problems.push({ path: [...path, 'text'], message });
      continue;
    }
    const entry = formatPath(path);
    // Email text is HTML; a chat-only reply has plain chat text.
    const text = html != null ? htmlToText(html) : tidyText(chatText!);
    if (text === '') skipped.push({ entry, name, reason: 'its text is empty' });
    else replies.push({ entry, ...idField(id), name, text, composer: 'reply' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes: [] };
}
