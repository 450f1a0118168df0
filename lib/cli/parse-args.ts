import { parseArgs } from 'node:util';
import { EXIT_POLICY_OPTIONS, type ExitPolicy, parseExitPolicy } from './exit-policy';

export type OutputFormat = 'text' | 'json';

/** The ticket context given on the command line for a single draft. */
export interface TicketOptions {
  ticketFile?: string;
  customerName?: string;
  subject?: string;
}

export type CheckArgs =
  | { command: 'help' }
  | ({ command: 'check-draft'; draftFile: string; rulesFile?: string; format: OutputFormat; policy: ExitPolicy } & TicketOptions)
  | { command: 'check-batch'; jsonlFile: string; rulesFile?: string; policy: ExitPolicy };

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: false; message: string };

const OPTIONS = {
  ticket: { type: 'string' },
  customer: { type: 'string' },
  subject: { type: 'string' },
  rules: { type: 'string' },
  format: { type: 'string' },
  jsonl: { type: 'string' },
  ...EXIT_POLICY_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options that describe one ticket; in batch mode each JSONL line carries its own instead. */
const TICKET_OPTIONS = ['ticket', 'customer', 'subject'] as const;

/** Turns the command line (without node and the script) into what to do, or says what is wrong with it. */
export function parseCheckArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the option and how to fix it; they are only folded onto one line here.
    return fail((error as Error).message.replace(/\s*\n\s*/g, ' '));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, args: { command: 'help' } };

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return fail(`--format must be "text" or "json", not "${format}"`);
  const exitPolicy = parseExitPolicy(values);
  if (!exitPolicy.ok) return fail(exitPolicy.message);
  const { policy } = exitPolicy;

  if (values.jsonl !== undefined) {
    if (positionals.length > 0) return fail(`--jsonl reads every draft from its file; unexpected argument "${positionals[0]}"`);
    const perDraft = TICKET_OPTIONS.find((name) => values[name] !== undefined);
    if (perDraft) return fail(`--${perDraft} cannot be used with --jsonl: give it per line in the JSONL file instead`);
    // Batch output is always JSON lines; accepting "--format json" keeps callers that always pass it working.
    if (values.format === 'text') return fail('--jsonl always writes JSON lines; --format text cannot be used with it');
    return { ok: true, args: withRules({ command: 'check-batch', jsonlFile: values.jsonl, policy }, values.rules) };
  }

  const [draftFile, ...extra] = positionals;
  if (draftFile === undefined) return fail('missing the draft file: give its path, or --jsonl <file> for a batch');
  if (extra.length > 0) return fail(`expected one draft file, got ${positionals.length}: ${positionals.join(', ')}`);
  return {
    ok: true,
    args: withRules(
      {
        command: 'check-draft',
        draftFile,
        format,
        policy,
        ...(values.ticket !== undefined ? { ticketFile: values.ticket } : {}),
        ...(values.customer !== undefined ? { customerName: values.customer } : {}),
        ...(values.subject !== undefined ? { subject: values.subject } : {}),
      },
      values.rules,
    ),
  };
}

function withRules<T extends object>(args: T, rulesFile: string | undefined): T & { rulesFile?: string } {
  return rulesFile === undefined ? args : { ...args, rulesFile };
}

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}
