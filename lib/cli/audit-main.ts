// Entry point of `npm run audit`: wires the process (argv, files, stdout, exit code) to runAudit.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localDay } from '../self-assessment/outcome';
import { runAudit } from './run-audit';

// As in check-main.ts: under `npm run`, INIT_CWD is where the user typed the command.
const baseDirectory = process.env.npm_lifecycle_event === 'audit' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

try {
  const outcome = await runAudit(process.argv.slice(2), {
    readFile: (path) => readFile(resolve(baseDirectory, path), 'utf8'),
    writeFile: (path, text) => writeFile(resolve(baseDirectory, path), text, 'utf8'),
    today: () => localDay(new Date()),
  });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  // A crash must not exit 1, which CI reads as "a reply has errors"; 2 means it could not be audited.
  process.stderr.write(`reply-coach audit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
