import { z } from 'zod';
import { htmlToText, tidyText } from '../html-to-text';
import { formatPath } from '../../rules/errors';
import { describeValue, plainErrors, problemsOf, type RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import { type FormatRead, idField, isRecord } from './format-read';

// Zendesk's macros API (GET /api/v2/macros, or /api/v2/macros/{id} for one): each macro is a title
// and a list of actions; the reply is the action whose field is `comment_value` (plain text, or
// ["channel:all", text]) or `comment_value_html`, and `comment_mode_is_public: false` makes it an
// internal note. Other actions (status, tags, group) are not text and are ignored.

const Action = z.object({ field: z.string(), value: z.unknown() });
const Macro = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  title: z.string(),
  active: z.boolean().nullish(),
  actions: z.array(Action),
});
const MacroList = z.object({ macros: z.array(z.unknown()), next_page: z.string().nullish(), count: z.number().nullish() });

const COMMENT_FIELDS = ['comment_value', 'comment_value_html'];

export function looksLikeZendesk(value: unknown): boolean {
  return isRecord(value) && ('macros' in value || isRecord(value.macro));
}

export function readZendesk(value: unknown): FormatRead {
  // GET /api/v2/macros/{id} wraps the one macro as {"macro": {...}}.
  if (isRecord(value) && isRecord(value.macro)) return readMacros([{ path: ['macro'], value: value.macro }], []);
  const list = MacroList.safeParse(value, { error: plainErrors });
  if (!list.success) return { ok: false, problems: problemsOf(list.error) };
  const notes: string[] = [];
  if (list.data.next_page) {
    const total = list.data.count ? ` of ${list.data.count}` : '';
    notes.push(`This file is one page of the macros list (${list.data.macros.length}${total} macros); fetch every page (next_page) to audit them all.`);
  }
  return readMacros(
    list.data.macros.map((macro, index) => ({ path: ['macros', index], value: macro })),
    notes,
  );
}

function readMacros(entries: { path: (string | number)[]; value: unknown }[], notes: string[]): FormatRead {
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  for (const { path, value } of entries) {
    const macro = Macro.safeParse(value, { error: plainErrors });
    if (!macro.success) {
      problems.push(...problemsOf(macro.error, path));
      continue;
    }
    const { title, actions, active } = macro.data;
    const entry = formatPath(path);
    let html: string | undefined;
    let plain: string | undefined;
    let isPublic = true;
    actions.forEach((action, index) => {
      if (action.field === 'comment_mode_is_public') isPublic = action.value !== false && action.value !== 'false';
      if (!COMMENT_FIELDS.includes(action.field)) return;
      const text = commentText(action.value);
      if (text === undefined) {
        problems.push({ path: [...path, 'actions', index, 'value'], message: `expected a string (or ["channel:all", text]), not ${describeValue(action.value)}` });
        return;
      }
      if (action.field === 'comment_value_html') html = text;
      else plain = text;
    });
    if (active === false) {
      skipped.push({ entry, name: title, reason: 'inactive: agents cannot apply it' });
      continue;
    }
    // When a macro carries both, the HTML is what the agent sees, paragraphs and all.
    const text = html !== undefined ? htmlToText(html) : plain !== undefined ? tidyText(plain) : undefined;
    if (text === undefined) skipped.push({ entry, name: title, reason: 'adds no comment (it only sets ticket fields)' });
    else if (text === '') skipped.push({ entry, name: title, reason: 'its comment is empty' });
    else replies.push({ entry, ...idField(macro.data.id), name: title, text, composer: isPublic ? 'reply' : 'note' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes };
}

/** A comment action's text: a string, or Zendesk's older [channel, text] pair. */
function commentText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return value[1];
  return undefined;
}
