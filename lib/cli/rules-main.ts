// Entry point of `npm run rules`: wires the process (argv, files, stdout, exit code) to runRules.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runRules } from './run-rules';

// As in check-main.ts: under `npm run`, INIT_CWD is where the user typed the command.
const baseDirectory = process.env.npm_lifecycle_event === 'rules' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

try {
  const outcome = await runRules(process.argv.slice(2), { readFile: (path) => readFile(resolve(baseDirectory, path), 'utf8') });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  // A crash must not exit 1, which CI reads as "an example fails"; 2 means the file could not be tested.
  process.stderr.write(`reply-coach rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
