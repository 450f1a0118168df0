// `npm run rt`: a real Request Tracker 5 with the end-to-end test's ticket, to look at by hand.
// Ctrl+C stops it and deletes its data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RT_TICKET, requestTrackerProblem, startRequestTracker } from './support/request-tracker';

const HOST = 'rt.example.test';

const problem = requestTrackerProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-rt-'));
const started = performance.now();
const rt = await startRequestTracker({ dir, host: HOST });
console.log(`Request Tracker is up in ${((performance.now() - started) / 1000).toFixed(1)} s: ${rt.origin}/Ticket/Display.html?id=${rt.ticketId}`);
console.log(`Log in as ${RT_TICKET.agent.user} / ${RT_TICKET.agent.password}. ${HOST} is not a real name: start Chromium with`);
console.log(`  --host-resolver-rules="MAP ${HOST} 127.0.0.1:${rt.port}"`);
console.log(`Data, configuration and server log: ${dir}. Ctrl+C stops it.`);

process.once('SIGINT', () => {
  void rt.stop().then(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
