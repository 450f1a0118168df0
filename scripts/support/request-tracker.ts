import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, copyFileSync, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A real Request Tracker 5 (Debian's packages, helpdesks.md §19) with one ticket in it, for the
 * end-to-end test and for looking at RT's pages by hand (`npm run rt`). Each run copies the empty
 * SQLite database the package made and serves the copy with its own configuration: the system's RT
 * is never changed, and every run starts from the same data.
 */

/** Where Debian's packages put what we use. */
export const REQUEST_TRACKER_FILES = {
  server: '/usr/share/request-tracker5/libexec/rt-server',
  setupDatabase: '/usr/sbin/rt-setup-database',
  mailgate: '/usr/bin/rt-mailgate',
  /** The empty database dbconfig-common created at install time. */
  database: '/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb',
};

export const REQUEST_TRACKER_MISSING = 'Request Tracker 5 is not installed (as root: bash scripts/install-request-tracker.sh).';

/** Undefined when RT can be run here; otherwise why not. */
export function requestTrackerProblem(): string | undefined {
  try {
    for (const program of [REQUEST_TRACKER_FILES.server, REQUEST_TRACKER_FILES.setupDatabase, REQUEST_TRACKER_FILES.mailgate]) accessSync(program, constants.X_OK);
  } catch {
    return REQUEST_TRACKER_MISSING;
  }
  try {
    accessSync(REQUEST_TRACKER_FILES.database, constants.R_OK);
  } catch {
    return `Request Tracker's empty database ${REQUEST_TRACKER_FILES.database} cannot be read (it belongs to root and www-data).`;
  }
  return undefined;
}

/**
 * The ticket every run creates: a customer writes, an agent answers, the customer writes again,
 * upset, quoting the agent's answer the way mail programs do. So the customer's latest message is
 * neither the first message nor the last one in the thread to mention the order, and it carries the
 * agent's words in its quoted part.
 */
export const RT_TICKET = {
  queue: 'Support',
  subject: 'Refund for order 4417 not received',
  customer: { name: 'Dana Whitfield', email: 'dana@example.com' },
  agent: { user: 'sam', password: 'reply-coach-agent', name: 'Sam Rivera', email: 'sam@rt.example.test' },
  firstMessage:
    'Hello,\n\nI returned the blender from order 4417 two weeks ago and have not seen the refund yet. Could you check when it will arrive?\n\nThanks,\nDana',
  agentReply: 'Hi Dana,\n\nThanks for writing. I have asked our returns team to check order 4417 and will get back to you within two days.\n\nSam',
  /** The customer's words in the second message, without the quote of the agent's reply that follows them. */
  latestMessage:
    'This is the third time I am writing about this. It has been over two weeks and I still do not have my refund of $129.99. I am really frustrated and nobody gives me a straight answer. When will the money be back on my card?\n\nDana',
} as const;

export interface RequestTracker {
  /** What the browser opens, e.g. http://rt.example.test:41234 (RT's $WebBaseURL). */
  origin: string;
  /** The local port rt-server listens on (127.0.0.1); the browser maps the host name to it. */
  port: number;
  ticketId: number;
  /** RT's transaction ids of the three messages, oldest first: customer, agent, customer. */
  messageTransactions: [number, number, number];
  stop(): Promise<void>;
}

/**
 * Starts RT on 127.0.0.1 (a free port) under `host`, with a Support queue, an agent and the ticket of
 * RT_TICKET. The customer's messages come in through RT's mail gateway (so the customer is their
 * author, as with real mail), the agent's reply through the REST API. `dir` receives the database,
 * configuration, server log and the mail RT "sends". `plainTextEditor`: RT's textarea instead of
 * CKEditor, as agents may choose in their preferences.
 */
export async function startRequestTracker(options: { dir: string; host: string; plainTextEditor?: boolean }): Promise<RequestTracker> {
  const problem = requestTrackerProblem();
  if (problem) throw new Error(problem);
  const { dir, host } = options;
  mkdirSync(join(dir, 'RT_SiteConfig.d'), { recursive: true });
  const port = await freePort();
  const origin = `http://${host}:${port}`;
  const database = join(dir, 'rtdb');
  copyFileSync(REQUEST_TRACKER_FILES.database, database);
  const siteConfig = join(dir, 'RT_SiteConfig.pm');
  writeFileSync(siteConfig, siteConfiguration({ host, port, database, outbox: join(dir, 'outgoing.mbox'), plainTextEditor: options.plainTextEditor ?? false }));
  // Only this configuration: none of the system's RT_SiteConfig.d (an empty directory instead).
  const env = { ...process.env, RT_SITE_CONFIG: siteConfig, RT_SITE_CONFIG_DIR: join(dir, 'RT_SiteConfig.d') };

  const seed = join(dir, 'seed.pl');
  writeFileSync(seed, SEED_DATA);
  await run(REQUEST_TRACKER_FILES.setupDatabase, ['--action', 'insert', '--datafile', seed], { env });

  const log = createWriteStream(join(dir, 'rt-server.log'));
  // Its own process group, so stopping it also stops its workers.
  const server = spawn(REQUEST_TRACKER_FILES.server, ['--listen', `127.0.0.1:${port}`, '--max-workers', '4'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const stop = () => stopServer(server);
  try {
    const local = `http://127.0.0.1:${port}`;
    await waitForServer(local, server, join(dir, 'rt-server.log'));
    await mailToSupport(local, env, customerMail(host, { subject: RT_TICKET.subject, body: RT_TICKET.firstMessage, messageId: 'first-4417@example.com' }));
    const ticketId = await findTicket(local);
    await restRequest(local, 'POST', `/ticket/${ticketId}/correspond`, { Content: RT_TICKET.agentReply, ContentType: 'text/plain' });
    await mailToSupport(
      local,
      env,
      customerMail(host, {
        subject: `Re: [${host} #${ticketId}] ${RT_TICKET.subject}`,
        body: `${RT_TICKET.latestMessage}\n\nOn Tue, 3 Mar 2026 at 10:02, ${RT_TICKET.agent.name} via RT <support@${host}> wrote:\n${RT_TICKET.agentReply.replace(/^/gm, '> ')}`,
        messageId: 'second-4417@example.com',
        inReplyTo: 'first-4417@example.com',
      }),
    );
    const messageTransactions = await findMessages(local, ticketId);
    return { origin, port, ticketId, messageTransactions, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Logs in as RT_TICKET's agent on RT's own login form, as the agent would. */
export async function logInToRequestTracker(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.fill('form#login input[name="user"]', RT_TICKET.agent.user);
  await page.fill('form#login input[name="pass"]', RT_TICKET.agent.password);
  await page.click('form#login [type="submit"]');
  await page.waitForSelector('form#login', { state: 'detached' });
}

// Plain Perl, read by RT at start. Mail goes to a file in the run's directory instead of a mail server.
function siteConfiguration(options: { host: string; port: number; database: string; outbox: string; plainTextEditor: boolean }): string {
  const text = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;
  return `Set($rtname, ${text(options.host)});
Set($Organization, ${text(options.host)});
Set($Timezone, 'UTC');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, ${text(options.database)});
Set($WebDomain, ${text(options.host)});
Set($WebPort, ${options.port});
Set($WebPath, '');
Set($WebBaseURL, ${text(`http://${options.host}:${options.port}`)});
Set($CorrespondAddress, ${text(`support@${options.host}`)});
Set($CommentAddress, ${text(`support-comment@${options.host}`)});
Set($MailCommand, sub { my $mail = shift; open(my $outbox, '>>', ${text(options.outbox)}) or return 0; print $outbox $mail->as_string, "\\n"; close $outbox; return 1; });
Set($LogToSyslog, undef);
Set($LogToFile, undef);
Set($LogToSTDERR, 'error');
Set($MessageBoxRichText, ${options.plainTextEditor ? 0 : 1});
1;
`;
}

// RT's initialdata format (rt-setup-database --action insert). The queue takes mail from anyone, as a
// support address does; the agent has the rights of a typical support agent, including seeing who a
// reply will be mailed to (RT then names the requestors on the reply page).
const SEED_DATA = `our @Queues = ({ Name => '${RT_TICKET.queue}', Description => 'Customer support' });
our @Users = ({ Name => '${RT_TICKET.agent.user}', RealName => '${RT_TICKET.agent.name}', EmailAddress => '${RT_TICKET.agent.email}', Password => '${RT_TICKET.agent.password}', Privileged => 1 });
our @ACL = (
  { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => '${RT_TICKET.queue}', Right => ['CreateTicket', 'ReplyToTicket'] },
  { UserId => '${RT_TICKET.agent.user}', Queue => '${RT_TICKET.queue}', Right => ['SeeQueue', 'ShowTicket', 'ShowTicketComments', 'ShowOutgoingEmail', 'ReplyToTicket', 'CommentOnTicket', 'ModifyTicket', 'OwnTicket', 'Watch'] },
);
1;
`;

function customerMail(host: string, mail: { subject: string; body: string; messageId: string; inReplyTo?: string }): string {
  const { name, email } = RT_TICKET.customer;
  return [
    `From: ${name} <${email}>`,
    `To: support@${host}`,
    `Subject: ${mail.subject}`,
    `Message-ID: <${mail.messageId}>`,
    ...(mail.inReplyTo ? [`In-Reply-To: <${mail.inReplyTo}>`] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    mail.body,
    '',
  ].join('\n');
}

/** Delivers a mail to the queue the way the mail server would: rt-mailgate posts it to RT. */
function mailToSupport(local: string, env: NodeJS.ProcessEnv, mail: string): Promise<string> {
  return run(REQUEST_TRACKER_FILES.mailgate, ['--url', local, '--queue', RT_TICKET.queue, '--action', 'correspond'], { env, input: mail });
}

async function findTicket(local: string): Promise<number> {
  const query = encodeURIComponent(`Requestor = '${RT_TICKET.customer.email}'`);
  const found = (await restRequest(local, 'GET', `/tickets?query=${query}`)) as { items?: { id: string }[] };
  const id = Number(found.items?.[0]?.id);
  if (!id) throw new Error(`RT made no ticket from the customer's mail: ${JSON.stringify(found)}`);
  return id;
}

async function findMessages(local: string, ticketId: number): Promise<[number, number, number]> {
  const history = (await restRequest(local, 'GET', `/ticket/${ticketId}/history?fields=Type&per_page=100`)) as { items?: { id: string; Type?: string }[] };
  const messages = (history.items ?? []).filter((item) => item.Type === 'Create' || item.Type === 'Correspond').map((item) => Number(item.id));
  if (messages.length !== 3) throw new Error(`Expected 3 messages on ticket ${ticketId}, RT has ${messages.length}`);
  return messages as [number, number, number];
}

/** RT's REST 2 API as the agent. */
async function restRequest(local: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const { user, password } = RT_TICKET.agent;
  const response = await fetch(`${local}/REST/2.0${path}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`RT ${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

async function waitForServer(local: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`rt-server exited (${server.exitCode}):\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(`${local}/NoAuth/Login.html`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`rt-server did not answer within 60 s:\n${readFileSync(logFile, 'utf8')}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return;
  }
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

function run(program: string, args: string[], options: { env: NodeJS.ProcessEnv; input?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(program, args, { env: options.env, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${program} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(options.input ?? '');
  });
}
