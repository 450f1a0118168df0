import type { Finding } from '../engine/types';

/**
 * When a command exits 1, ESLint's way: by default only an error-severity finding fails;
 * `--fail-on warning` makes warnings fail too; `--max-warnings <n>` fails on more than n warnings.
 * Info findings never fail. Lets a team keep a macro repository clean in CI though no default rule is an error.
 */
export interface ExitPolicy {
  failOn: 'error' | 'warning';
  maxWarnings?: number;
}

export const DEFAULT_EXIT_POLICY: ExitPolicy = { failOn: 'error' };

/** The options, for node:util's parseArgs. */
export const EXIT_POLICY_OPTIONS = {
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
} as const;

export type ParsedPolicy = { ok: true; policy: ExitPolicy } | { ok: false; message: string };

export function parseExitPolicy(values: { 'fail-on'?: string | undefined; 'max-warnings'?: string | undefined }): ParsedPolicy {
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') return { ok: false, message: `--fail-on must be "warning" or "error", not "${failOn}"` };
  const policy: ExitPolicy = { failOn };
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) return { ok: false, message: `--max-warnings must be a whole number of 0 or more, not "${maxWarnings}"` };
    policy.maxWarnings = Number(maxWarnings);
  }
  return { ok: true, policy };
}

export interface Verdict {
  exitCode: 0 | 1;
  /** Why it fails when only the warning limit makes it fail, for stderr (ESLint says it the same way). */
  reason?: string;
}

export function verdictFor(findings: readonly Pick<Finding, 'severity'>[], policy: ExitPolicy): Verdict {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (errors > 0 || (policy.failOn === 'warning' && warnings > 0)) return { exitCode: 1 };
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) {
    return { exitCode: 1, reason: `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${policy.maxWarnings}` };
  }
  return { exitCode: 0 };
}
