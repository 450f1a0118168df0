// Entry point of `npm run team-stats`: wires the process (argv, files, stdout, exit code) to runTeamStats.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runTeamStats } from './run-team-stats';

// As in check-main.ts: under `npm run`, INIT_CWD is where the user typed the command.
const baseDirectory = process.env.npm_lifecycle_event === 'team-stats' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

try {
  const outcome = await runTeamStats(process.argv.slice(2), {
    readFile: (path) => readFile(resolve(baseDirectory, path), 'utf8'),
    writeFile: (path, text) => writeFile(resolve(baseDirectory, path), text, 'utf8'),
  });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  process.stderr.write(`reply-coach team-stats: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
