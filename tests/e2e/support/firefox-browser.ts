import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { tabStateMessageSchema, type TabState } from '../../../lib/messaging/panel-messages';
import type { E2eEnvironment } from '../global-setup';
import { FIXTURE_SITES } from './fixture-sites';
import { BidiSession } from './webdriver-bidi';

/** The add-on id in the Firefox build (wxt.config.ts), and a fixed internal UUID so its pages have a known address. */
const ADDON_ID = 'reply-coach@reply-coach.dev';
const ADDON_UUID = '6f1c0a52-2d7e-4f0b-9c1e-5a0e1b7c3d21';

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export function findFirefox(): string | null {
  for (const candidate of [process.env.FIREFOX_PATH, 'firefox-esr', 'firefox']) {
    if (!candidate) continue;
    try {
      return execFileSync('which', [candidate], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on this machine
    }
  }
  return null;
}

/**
 * Firefox with the extension's Firefox build installed (as a temporary add-on, like about:debugging
 * does), driven over WebDriver BiDi. Firefox has no host-resolver switch, so it is pointed at a local
 * proxy that connects the fixture host names to the fixture server and refuses everything else.
 */
export class FirefoxBrowser {
  private constructor(
    private readonly firefox: ChildProcess,
    private readonly proxy: Server,
    private readonly bidi: BidiSession,
    private readonly profileDir: string,
    private readonly panelContext: string,
  ) {}

  static async launch(env: E2eEnvironment, firefoxPath: string): Promise<FirefoxBrowser> {
    const proxy = fixtureProxy(env.fixturePort);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyPort = (proxy.address() as { port: number }).port;
    const profileDir = mkdtempSync(join(env.tmpDir, 'firefox-'));
    writeFileSync(join(profileDir, 'user.js'), userPrefs(proxyPort));
    const firefox = spawn(firefoxPath, ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port', '0', '--remote-allow-system-access'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const agentUrl = await new Promise<string>((resolve, reject) => {
      let printed = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start its remote agent: ${printed.slice(-500)}`)), 30_000);
      firefox.stderr!.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(printed);
        if (!found) return;
        clearTimeout(timer);
        resolve(found[1]!);
      });
      firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code}): ${printed.slice(-500)}`)));
    });
    const bidi = await BidiSession.connect(agentUrl);
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: env.firefoxExtensionPath } });
    // One of the extension's own pages, to ask the background what it knows (as the sidebar does).
    const { context: panelContext } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context: panelContext, url: `moz-extension://${ADDON_UUID}/sidepanel.html`, wait: 'complete' });
    return new FirefoxBrowser(firefox, proxy, bidi, profileDir, panelContext);
  }

  /** A new tab on `url`; returns its browsing context. */
  async open(url: string): Promise<string> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await this.bidi.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 1000 } });
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Closes a tab (the background then drops its state). */
  async closeTab(context: string): Promise<void> {
    await this.bidi.send('browsingContext.close', { context });
  }

  /** Clicks the element `selector` matches, as a mouse would. */
  async click(context: string, selector: string): Promise<void> {
    const element = `document.querySelector(${JSON.stringify(selector)})`;
    await this.bidi.evaluate(context, `${element}.scrollIntoView({ block: 'center' })`);
    const node = await this.bidi.element(context, element);
    await this.bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [{ type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: node } }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
        },
      ],
    });
  }

  /** Types `text` with real key events into whatever has focus in `context`. */
  async type(context: string, text: string): Promise<void> {
    await this.bidi.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]) }],
    });
  }

  /** Ctrl+Z, the editor's own undo. */
  async undo(context: string): Promise<void> {
    const control = '\uE009';
    await this.bidi.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: control }, { type: 'keyDown', value: 'z' }, { type: 'keyUp', value: 'z' }, { type: 'keyUp', value: control }] }],
    });
  }

  /** The text of the element `selector` matches, as the agent reads it. */
  textOf(context: string, selector: string): Promise<string> {
    return this.bidi.evaluate<string>(context, `document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
  }

  /**
   * The words Reply Coach underlines in the page (the page's highlight registry, names starting with
   * "reply-coach-"), or in the same-origin iframe `frames` lead to (outermost first).
   */
  async underlinedWords(context: string, frames: readonly string[] = []): Promise<string[]> {
    const view = frames.reduce((outer, frame) => `${outer}.document.querySelector(${JSON.stringify(frame)}).contentWindow`, 'window');
    const words = await this.bidi.evaluate<string>(
      context,
      `JSON.stringify([...${view}.CSS.highlights].filter(([name]) => name.startsWith('reply-coach-') && name !== 'reply-coach-active').flatMap(([, highlight]) => [...highlight].map((range) => range.toString())))`,
    );
    return JSON.parse(words) as string[];
  }

  /** The background's state for the one tab that has some (tests close their tabs), asked with the panel's own message. */
  async tabState(): Promise<TabState | null> {
    return (await this.draftTab()).state;
  }

  /**
   * The panel for the tab that has a draft, once it has rendered: the extension's panel page pinned to
   * that tab (the sidebar itself is browser UI that BiDi cannot reach). Returns its browsing context.
   */
  async openPanelForDraftTab(): Promise<string> {
    const { tabId } = await this.draftTab();
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true });
    await this.bidi.send('browsingContext.navigate', { context, url: `moz-extension://${ADDON_UUID}/sidepanel.html?tabId=${tabId}`, wait: 'complete' });
    for (let attempt = 0; attempt < 50 && !(await this.textOf(context, '[data-finding]')); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return context;
  }

  /** The first tab the background holds a state for (or some other tab, with none). */
  private async draftTab(): Promise<{ tabId: number; state: TabState | null }> {
    const answer = await this.bidi.evaluate<string>(
      this.panelContext,
      `(async () => {
        const tabs = await browser.tabs.query({});
        const me = await browser.tabs.getCurrent();
        // The MV2 build has no host permissions, so tab addresses are hidden from it: ask every other tab.
        const others = tabs.filter((tab) => tab.id !== me.id);
        for (const tab of others) {
          const answer = await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id });
          if (answer && answer.state) return JSON.stringify(answer);
        }
        return JSON.stringify({ type: 'tab-state', tabId: others[0] ? others[0].id : 0, state: null });
      })()`,
    );
    return tabStateMessageSchema.parse(JSON.parse(answer));
  }

  async close(): Promise<void> {
    this.bidi.close();
    // The profile goes once Firefox has let go of it.
    await new Promise((resolve) => {
      this.firefox.once('exit', resolve);
      this.firefox.kill();
      setTimeout(resolve, 5_000);
    });
    await new Promise((resolve) => this.proxy.close(resolve));
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** An HTTP CONNECT proxy that reaches the fixture server for the fixture hosts and nothing else. */
function fixtureProxy(fixturePort: number): Server {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    client.once('data', (head) => {
      const [method, target = ''] = head.toString().split('\r\n')[0]!.split(' ');
      const host = target.replace(/:443$/, '');
      if (method !== 'CONNECT' || !(host in FIXTURE_SITES)) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
  });
  // Closing waits for every connection: a tunnel Firefox left open (it was killed, or is slow to die)
  // must not hold the test run.
  const close = server.close.bind(server);
  server.close = (callback) => {
    for (const socket of open) socket.destroy();
    return close(callback);
  };
  return server;
}

function userPrefs(proxyPort: number): string {
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}
