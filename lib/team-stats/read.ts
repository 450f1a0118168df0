import { finishProblems, plainErrors, problemsOf } from '../audit/problems';
import type { ExportProblem } from '../audit/saved-reply';
import { TEAM_STATS_FORMAT, TeamStatsFile } from './schema';

export type ReadTeamStats = { ok: true; file: TeamStatsFile } | { ok: false; problems: ExportProblem[] };

/** Reads one agent's file; every problem comes back with its path and line, and nothing of the file is kept. */
export function readTeamStatsFile(text: string): ReadTeamStats {
  const content = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format !== TEAM_STATS_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `not a Reply Coach team figures file (expected "format": "${TEAM_STATS_FORMAT}")` }] };
  }
  const parsed = TeamStatsFile.safeParse(value, { error: plainErrors });
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: finishProblems(problemsOf(parsed.error), content) };
}
