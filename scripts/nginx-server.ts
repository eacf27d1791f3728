/**
 * Starts Debian's nginx (/usr/sbin/nginx, or NGINX) in the foreground in a folder of its own,
 * for e2e specs and benchmarks that need a real one: either serving a given `http { }` body,
 * or running deploy/nginx/blog.conf (the README's reverse proxy) in front of running servers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort, stopChild, waitForHttp } from "./net";

export const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";

/** The deploy example operators copy; its "set:" lines are the ones a host changes. */
export const BLOG_NGINX_CONF = path.join(import.meta.dirname, "..", "deploy", "nginx", "blog.conf");

export interface NginxServer {
  url: string;
  child: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return existsSync(NGINX);
}

/**
 * deploy/nginx/blog.conf for this machine: `upstreams` (host:port) in its upstream, listening on
 * 127.0.0.1:`port`, its cache in `cacheDir`. Throws when a "set:" line it expects is missing, so
 * the example and what the tests run cannot drift apart unnoticed.
 */
export function blogNginxConf(upstreams: string[], port: number, cacheDir: string): string {
  const text = readFileSync(BLOG_NGINX_CONF, "utf8");
  const swap = (s: string, re: RegExp, by: string) => {
    if (!re.test(s)) throw new Error(`${BLOG_NGINX_CONF}: no line matching ${re}`);
    return s.replace(re, by);
  };
  let conf = swap(text, /^\s*server 127\.0\.0\.1:3000;.*$/m, upstreams.map((u) => `  server ${u};`).join("\n"));
  conf = swap(conf, /^proxy_cache_path \S+/m, `proxy_cache_path ${cacheDir}`);
  conf = swap(conf, /^\s*listen 80;.*$/m, `  listen 127.0.0.1:${port};`);
  return conf;
}

/** nginx with `httpBody` inside `http { }`, one worker, no access log, once `probe` (a path) answers 2xx. */
export async function startNginx(workDir: string, httpBody: (port: number) => string, probe = "/"): Promise<NginxServer> {
  if (!nginxAvailable()) throw new Error(`${NGINX} not found: apt-get install -y nginx (.ci/run does)`);
  mkdirSync(workDir, { recursive: true });
  const port = await freePort();
  const conf = path.join(workDir, "nginx.conf");
  const errorLog = path.join(workDir, "error.log");
  writeFileSync(
    conf,
    [
      process.getuid?.() === 0 ? "user root;" : "",
      "worker_processes 1;",
      `pid ${path.join(workDir, "nginx.pid")};`,
      `error_log ${errorLog} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      "  keepalive_requests 1000000;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((k) => `  ${k}_temp_path ${path.join(workDir, `${k}-temp`)};`),
      httpBody(port),
      "}",
      "",
    ].join("\n"),
  );
  let output = "";
  const child = spawn(NGINX, ["-p", workDir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.on("data", (b) => (output += b));
  child.stderr!.on("data", (b) => (output += b));
  const log = () => output + (existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "");
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url + probe, 10_000, { child, output: log });
  return {
    url,
    child,
    log,
    stop: () => stopChild(child),
  };
}

/** deploy/nginx/blog.conf in front of `upstreams`, in `workDir`. */
export function startBlogNginx(workDir: string, upstreams: string[]): Promise<NginxServer> {
  return startNginx(workDir, (port) => blogNginxConf(upstreams, port, path.join(workDir, "cache")), "/healthz/");
}
