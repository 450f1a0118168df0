import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTeamStats } from '../../../lib/cli/run-team-stats';
import { fakeFiles } from './fake-files';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../../examples/team-stats/${name}`, import.meta.url)), 'utf8');
const FILES = {
  'a.json': example('agent-1.json'),
  'b.json': example('agent-2.json'),
  'chatty.json': example('agent-1.json').replace('"exportedOn"', '"comment": "Dana was rude",\n  "exportedOn"'),
};

function environment() {
  const written: Record<string, string> = {};
  return { ...fakeFiles(FILES), written, writeFile: async (path: string, text: string) => void (written[path] = text) };
}

describe('runTeamStats', () => {
  it('prints the merged table: rules by dismissals, then categories week by week', async () => {
    const outcome = await runTeamStats(['a.json', 'b.json'], environment());
    expect(outcome.exitCode).toBe(0);
    const lines = outcome.stdout.split('\n');
    expect(lines[0]).toBe("2 agents' files, exported 2025-03-03");
    expect(lines[2]).toBe('Rules the team dismisses most');
    expect(lines[3]).toMatch(/^ {2}rule +fired +fixed +dismissed +dismiss rate +muted by$/);
    expect(lines[4]).toMatch(/^ {2}clarity\.reading-grade +\d+ +\d+ +\d+ +\d+ % +1 of 2$/);
    expect(outcome.stdout).toMatch(/Replies sent with a finding, by category \(last 8 weeks\)\n {2}week of +replies +tone +empathy +clarity +personalization +follow-up\n {2}2025-01-06 /);
    expect(outcome.stdout).toMatch(/ {2}personalization: \d+ % → \d+ % \(-\d+ pts, improving\)/);
  });

  it('--out report.html writes the page with its charts', async () => {
    const env = environment();
    expect(await runTeamStats(['a.json', 'b.json', '--out', 'team.html'], env)).toEqual({ stdout: '2 files merged. Report: team.html\n', stderr: '', exitCode: 0 });
    expect(env.written['team.html']).toMatch(/^<!doctype html>[\s\S]*Rules the team dismisses most[\s\S]*<svg[\s\S]*Categories week by week[\s\S]*<path class="chart__line/);
  });

  it('refuses a file carrying free text, naming it and the line, and merges nothing', async () => {
    expect(await runTeamStats(['a.json', 'chatty.json'], environment())).toEqual({
      stdout: '',
      stderr: 'chatty.json:1: (root): Unrecognized key: "comment"\n',
      exitCode: 2,
    });
  });

  it.each([
    { argv: [], stderr: /missing the files/ },
    { argv: ['a.json', '--format', 'pdf'], stderr: /--format must be "text", "json" or "html"/ },
    { argv: ['nope.json'], stderr: /cannot read team figures file nope\.json: no such file/ },
  ])('bad input exits 2: $argv', async ({ argv, stderr }) => {
    const outcome = await runTeamStats(argv, environment());
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(stderr);
  });
});
