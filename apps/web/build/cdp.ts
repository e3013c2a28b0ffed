import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

/**
 * Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: messages are JSON
 * ended by a NUL byte, fd 3 in, fd 4 out), so the benchmark needs no browser library.
 */
export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Params) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(message: Message) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[4] as Readable;
    let buffered = "";
    input.setEncoding("utf8");
    input.on("data", (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf("\0"); end >= 0; end = buffered.indexOf("\0")) {
        const message = JSON.parse(buffered.slice(0, end)) as Message;
        buffered = buffered.slice(end + 1);
        this.dispatch(message);
      }
    });
  }

  static async launch(executable: string, args: string[] = []): Promise<Browser> {
    const profile = await mkdtemp(path.join(tmpdir(), "keyturn-bench-chromium-"));
    const child = spawn(
      executable,
      [
        "--headless=new",
        "--remote-debugging-pipe",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        ...args,
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    );
    return new Browser(child, profile);
  }

  private dispatch(message: Message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result ?? {});
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    const id = this.nextId++;
    const output = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      output.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Calls `listener` with every event of `sessionId`; returns the function that stops it. */
  on(sessionId: string, listener: (method: string, params: Params) => void): () => void {
    const wrapped = (message: Message) => {
      if (message.sessionId === sessionId && message.method) listener(message.method, message.params ?? {});
    };
    this.listeners.add(wrapped);
    return () => this.listeners.delete(wrapped);
  }

  /** A new tab, attached: the session id its commands and events carry. */
  async newPage(): Promise<string> {
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true });
    return sessionId as string;
  }

  async close(): Promise<void> {
    await this.send("Browser.close").catch(() => undefined);
    await new Promise((resolve) =>
      this.child.exitCode === null ? this.child.once("exit", resolve) : resolve(0),
    );
    await rm(this.profile, { recursive: true, force: true });
  }
}
