import { z } from 'zod';
import { htmlToText, looksLikeHtml, tidyText } from '../html-to-text';
import { plainErrors, problemsOf, type RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import type { FormatRead } from './format-read';

// JSON Lines: one `{"name": "...", "body": "..."}` per line (`id` optional). Strict, like `check
// --jsonl`: a misspelt key is an error rather than a reply silently judged without its body.

const Line = z.strictObject({ id: z.union([z.string(), z.number()]).optional(), name: z.string(), body: z.string() });

export function readJsonl(text: string): FormatRead {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') {
      problems.push({ path: [], line: lineNumber, message: 'blank line between records; expected a JSON object' });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ path: [], line: lineNumber, message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = Line.safeParse(value, { error: plainErrors });
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error).map((problem) => ({ ...problem, line: lineNumber })));
      return;
    }
    const { id, name, body } = parsed.data;
    const entry = `line ${lineNumber}`;
    const replyText = looksLikeHtml(body) ? htmlToText(body) : tidyText(body);
    if (replyText === '') skipped.push({ entry, name, reason: 'its body is empty' });
    else replies.push({ entry, ...(id !== undefined ? { id: String(id) } : {}), name, text: replyText, composer: 'reply' });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes: [] };
}
