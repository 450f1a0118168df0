import Papa from 'papaparse';
import { lineColumnLocator } from '../../cli/line-column';
import { htmlToText, looksLikeHtml, tidyText } from '../html-to-text';
import type { RawProblem } from '../problems';
import type { SavedReply, SkippedEntry } from '../saved-reply';
import type { FormatRead } from './format-read';

// A plain CSV: a header row naming the columns `name` and `body` (any case, in any order; `id` too
// if there is one, other columns ignored), then one saved reply per row. Cells may span lines in quotes.

const REQUIRED = ['name', 'body'] as const;

export function readCsv(text: string): FormatRead {
  const locate = lineColumnLocator(text);
  const lineAt = (offset: number) => locate(offset).line;
  const rows: { cells: string[]; line: number; errors: Papa.ParseError[] }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      rows.push({ cells: result.data, line: lineAt(rowStart), errors: result.errors });
      rowStart = result.meta.cursor;
    },
  });
  const [header, ...records] = rows;
  if (!header) return { ok: false, problems: [{ path: [], line: 1, message: 'the file is empty; expected a header row with the columns name and body' }] };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    const found = header.cells.length > 0 ? header.cells.map((cell) => `"${cell}"`).join(', ') : 'none';
    return { ok: false, problems: missing.map((name) => ({ path: [name], line: header.line, message: `missing the column "${name}" in the header row (found: ${found})` })) };
  }
  const index = { id: columns.indexOf('id'), name: columns.indexOf('name'), body: columns.indexOf('body') };
  const replies: SavedReply[] = [];
  const skipped: SkippedEntry[] = [];
  const problems: RawProblem[] = [];
  for (const record of records) {
    if (record.errors.length > 0) {
      problems.push(...record.errors.map((error) => ({ path: [], line: error.index !== undefined ? lineAt(error.index) : record.line, message: describeCsvError(error) })));
      continue;
    }
    if (record.cells.length !== columns.length) {
      problems.push({ path: [], line: record.line, message: `expected ${columns.length} cells (${columns.join(', ')}), found ${record.cells.length}` });
      continue;
    }
    const name = record.cells[index.name]!.trim();
    const body = record.cells[index.body]!;
    const id = index.id >= 0 ? record.cells[index.id]!.trim() : '';
    const entry = `line ${record.line}`;
    if (name === '') {
      problems.push({ path: ['name'], line: record.line, message: 'empty: every saved reply needs a name' });
      continue;
    }
    const replyText = looksLikeHtml(body) ? htmlToText(body) : tidyText(body);
    if (replyText === '') skipped.push({ entry, name, reason: 'its body is empty' });
    else replies.push({ entry, ...(id ? { id } : {}), name, text: replyText, composer: 'reply' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replies, skipped, notes: [] };
}

function describeCsvError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted cell is never closed (a " is missing)';
  if (error.code === 'InvalidQuotes') return 'a quote inside a cell is not doubled ("")';
  return error.message;
}
