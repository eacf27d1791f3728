/** Local server helpers shared by the e2e specs, the dev-server harness and the benchmarks. */
import type { ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Sends `child` SIGTERM and resolves once it has exited (at once if it already has). */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * Polls `url` until it answers 2xx. With `child`, gives up as soon as that process
 * exits; `output` is appended to the error so a failed start explains itself.
 */
export async function waitForHttp(url: string, ms: number, opts: { child?: ChildProcess; output?: () => string } = {}): Promise<void> {
  const until = Date.now() + ms;
  const tail = () => (opts.output ? `:\n${opts.output()}` : "");
  for (;;) {
    if (opts.child && opts.child.exitCode !== null) throw new Error(`the server exited with ${opts.child.exitCode}${tail()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms${tail()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One raw HTTP/1.1 exchange with `base` (http://host:port): fetch() refuses TRACE and TRACK before sending them. */
export function rawHttp(base: string, method: string, path = "/"): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`${method} ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (d) => (text += d.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
}
