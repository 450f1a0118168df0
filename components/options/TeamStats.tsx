import { useState } from 'preact/hooks';
import type { ExportProblem } from '../../lib/audit/saved-reply';
import type { ManagedPolicy } from '../../lib/rules/managed';
import { readHistory } from '../../lib/self-assessment/history';
import { localDay } from '../../lib/self-assessment/outcome';
import { getMutedRules } from '../../lib/settings/muted-rules';
import { readRuleStats } from '../../lib/settings/rule-stats';
import { teamStatsFileName, teamStatsJson, teamStatsOf } from '../../lib/team-stats/collect';
import { type MergedTeamStats, mergeTeamStats } from '../../lib/team-stats/merge';
import { readTeamStatsFile } from '../../lib/team-stats/read';
import type { TeamStatsFile } from '../../lib/team-stats/schema';
import { renderTeamStatsReport } from '../reports/render';
import type { Download } from './download';
import { FileDrop } from './FileDrop';
import { ReportFrame } from './ReportFrame';
import './reports.css';

interface TeamStatsProps {
  policy: ManagedPolicy;
  download: Download;
}

interface Merged {
  stats: MergedTeamStats;
  html: string;
  /** Files that could not be read, each with its problems: left out of the figures. */
  refused: { fileName: string; problems: ExportProblem[] }[];
  /** Files identical to one already counted. */
  repeated: string[];
}

/**
 * Team figures without sharing text: an agent exports their counts (rule ids, counts, weeks) as a
 * small file; a lead drops several here and sees them merged. Managed policy can switch the export off.
 */
export function TeamStats({ policy, download }: TeamStatsProps) {
  const [merged, setMerged] = useState<Merged | null>(null);
  const [exported, setExported] = useState('');

  const exportMine = async () => {
    const [stats, muted, history] = await Promise.all([readRuleStats(), getMutedRules(), readHistory()]);
    const today = localDay(new Date());
    const file = teamStatsOf({ stats, muted, outcomes: history.outcomes, today });
    download(teamStatsFileName(today), teamStatsJson(file), 'application/json');
    setExported(`Exported ${file.rules.length} rules and ${file.weeks.length} weeks of counts.`);
  };

  const merge = async (files: File[]) => {
    const read: TeamStatsFile[] = [];
    const refused: Merged['refused'] = [];
    const repeated: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const text = await file.text();
      if (seen.has(text)) {
        repeated.push(file.name);
        continue;
      }
      seen.add(text);
      const result = readTeamStatsFile(text);
      if (result.ok) read.push(result.file);
      else refused.push({ fileName: file.name, problems: result.problems });
    }
    const stats = mergeTeamStats(read);
    setMerged({ stats, html: read.length > 0 ? renderTeamStatsReport(stats) : '', refused, repeated });
  };

  return (
    <section class="card" aria-labelledby="team-stats-heading" id="team-stats">
      <h3 id="team-stats-heading">Team figures</h3>
      <div class="export-box">
        <h4>Share your figures with your team lead</h4>
        <p class="muted">
          A small file of counts: for each rule, how often it fired, was fixed or dismissed and whether you hid it; for each week, how many replies you sent and how many still had a finding of each category. No
          reply text, no names, no tickets.
        </p>
        {policy.teamStatsExport ? (
          <div class="actions">
            <button type="button" class="button" data-action="export-team-stats" onClick={() => void exportMine()}>
              Export my figures
            </button>
            {exported && (
              <p role="status" class="muted">
                {exported}
              </p>
            )}
          </div>
        ) : (
          <p class="muted" data-testid="team-stats-export-off">
            Your administrator has switched this export off.
          </p>
        )}
      </div>
      <h4>See your team's figures</h4>
      <FileDrop
        id="team-stats-files"
        control="team-stats-files"
        label="Drop your agents' figures files here, or choose them"
        hint="Several files at once. They are read in this page: nothing is uploaded."
        accept=".json,application/json"
        multiple
        onFiles={(files) => void merge(files)}
      />
      {merged && (merged.refused.length > 0 || merged.repeated.length > 0) && (
        <div class="import-errors" role="alert" data-testid="team-stats-errors">
          {merged.refused.map(({ fileName, problems }) => (
            <div key={fileName} data-refused={fileName}>
              <p>
                <strong>{fileName}</strong> was left out: it is not a team figures file Reply Coach can read{problems.some((problem) => /Unrecognized key/.test(problem.message)) ? ', or it holds something besides counts, rule ids and dates' : ''}.
              </p>
              <ul>
                {problems.map((problem, index) => (
                  <li key={index}>
                    {problem.line ? `Line ${problem.line}: ` : ''}
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {merged.repeated.map((fileName) => (
            <p key={fileName}>
              <strong>{fileName}</strong> is the same file as one already added: counted once.
            </p>
          ))}
        </div>
      )}
      {merged && merged.stats.agents > 0 && (
        <>
          <p class="report-status" role="status" data-testid="team-stats-summary">
            {merged.stats.agents} {merged.stats.agents === 1 ? 'file' : 'files'} merged.
          </p>
          <div class="actions">
            <button type="button" class="button button--primary" data-action="download-team-html" onClick={() => download('reply-coach-team-figures.html', merged.html, 'text/html')}>
              Download report (HTML)
            </button>
            <button type="button" class="button" data-action="download-team-json" onClick={() => download('reply-coach-team-figures.json', `${JSON.stringify(merged.stats, null, 2)}\n`, 'application/json')}>
              JSON
            </button>
          </div>
          <ReportFrame html={merged.html} title="Team figures" name="team-stats" />
        </>
      )}
    </section>
  );
}
