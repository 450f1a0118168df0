import { z } from 'zod';
import type { AnalysisInput } from '../engine/types';
import { formatPath } from '../rules/errors';

/**
 * One line of a batch file. Strict, so a misspelt key ("customer_message") is an error instead of
 * a draft silently checked without its context.
 */
export const BatchLine = z.strictObject({
  draft: z.string({ error: (issue) => (issue.input === undefined ? 'missing (every line needs a draft string)' : undefined) }),
  customerMessage: z.string().optional(),
  customerName: z.string().optional(),
  subject: z.string().optional(),
});

/** A problem on one line of the batch file; `line` is 1-based, as editors count. */
export interface BatchLineError {
  line: number;
  message: string;
}

export type ParsedBatch = { ok: true; inputs: AnalysisInput[] } | { ok: false; errors: BatchLineError[] };

/**
 * Reads a JSONL batch: one draft per line. Every line is checked before any is analysed, so a bad
 * line can never leave the caller with a partial, misaligned output.
 */
export function parseBatch(text: string): ParsedBatch {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  // Trailing blank lines (at least the empty "line" after the final newline) follow every record,
  // so ignoring them cannot shift any result against its input line.
  while (lines.length > 0 && isBlank(lines[lines.length - 1] ?? '')) lines.pop();

  const inputs: AnalysisInput[] = [];
  const errors: BatchLineError[] = [];
  lines.forEach((line, index) => {
    const parsed = parseLine(line);
    if (parsed.ok) inputs.push(parsed.input);
    else errors.push(...parsed.messages.map((message) => ({ line: index + 1, message })));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs };
}

function parseLine(line: string): { ok: true; input: AnalysisInput } | { ok: false; messages: string[] } {
  if (isBlank(line)) return { ok: false, messages: ['blank line between records; expected a JSON object'] };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, messages: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = BatchLine.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      messages: result.error.issues.map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message)),
    };
  }
  return { ok: true, input: result.data };
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}
