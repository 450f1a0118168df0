// Entry point of `npm run check`: wires the process (argv, files, stdout, exit code) to runCheck.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCheck } from './run-check';

// `npm run` starts scripts in the package root; INIT_CWD is the directory the user typed the command
// in, so relative paths mean what they expect. Run directly with node, the working directory is already right.
const baseDirectory = process.env.npm_lifecycle_event === 'check' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

try {
  const outcome = await runCheck(process.argv.slice(2), { readFile: (path) => readFile(resolve(baseDirectory, path), 'utf8') });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  // A crash must not exit 1, which callers read as "the draft has errors"; 2 means it could not be checked.
  process.stderr.write(`reply-coach check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
