import WebSocket from 'ws';

/**
 * The few WebDriver BiDi commands the Firefox test sends, over Firefox's own remote agent (Playwright
 * drives only its patched Firefox; Debian's firefox-esr speaks BiDi). One command at a time is enough.
 */
export class BidiSession {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id!);
      if (message.type === 'error') waiter.reject(new Error(`${message.error}: ${message.message}`));
      else waiter.resolve(message.result);
    });
  }

  /** Opens a session on the agent at `url` (printed by Firefox: "WebDriver BiDi listening on ws://…"). */
  static async connect(url: string): Promise<BidiSession> {
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const session = new BidiSession(socket);
    // The fixture server's certificate is made up for the run.
    await session.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return session;
  }

  send<Result = Record<string, unknown>>(method: string, params: object): Promise<Result> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Runs `expression` (awaiting a promise) in a browsing context and returns its value, or throws what it threw. */
  async evaluate<Value>(context: string, expression: string): Promise<Value> {
    return (await this.remoteValue(context, expression)).value as Value;
  }

  /** The element `expression` evaluates to, as a reference for input actions. */
  async element(context: string, expression: string): Promise<{ sharedId: string }> {
    const { sharedId } = await this.remoteValue(context, expression);
    if (!sharedId) throw new Error(`Not an element: ${expression}`);
    return { sharedId };
  }

  private async remoteValue(context: string, expression: string): Promise<{ value?: unknown; sharedId?: string }> {
    const answer = await this.send<{ type: string; result?: { value?: unknown; sharedId?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    if (answer.type === 'exception') throw new Error(`In the page: ${answer.exceptionDetails?.text}`);
    return answer.result ?? {};
  }

  close(): void {
    this.socket.close();
  }
}
