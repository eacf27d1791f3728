/**
 * Starts Debian's redis-server (/usr/bin/redis-server, or REDIS_SERVER) on a free port with
 * nothing persisted, for tests, e2e specs and benchmarks that need a real one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort, stopChild } from "./net";

export interface RedisServer {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

/** A running redis-server on `port` (a free one by default), once it accepts connections. */
export async function startRedis(port?: number): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found: apt-get install -y redis-server (.ci/run does)`);
  const p = port ?? (await freePort());
  const child = spawn(REDIS_SERVER, ["--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server on port ${p} did not start within 10 s:\n${output}`)), 10_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
  });
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    child,
    stop: () => stopChild(child),
  };
}
