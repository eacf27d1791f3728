/** Runs a command and measures wall time and the peak resident memory of its whole process tree. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

function childrenOf(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRssKb(root: number): number {
  const kids = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]);
    } catch {
      // gone
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

export interface RunResult {
  ms: number;
  peakMb: number;
  /** User + system CPU time of the whole tree: unlike wall time, barely moved by other load on the machine. */
  cpuMs: number;
  code: number;
  output: string;
}

const CPU_MARK = "__bench_cpu__";

function toMs(bashTime: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(bashTime);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : 0;
}

export function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    // bash's `times` reports the CPU time of every process it waited for, workers included.
    const script = `"$@"; code=$?; echo ${CPU_MARK}; times; exit $code`;
    const child = spawn("bash", ["-c", script, "bash", cmd, ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 250);
    child.on("close", (code) => {
      clearInterval(timer);
      // `times` prints the shell's own CPU, then its children's, on the lines after the mark.
      const cpu = new RegExp(`${CPU_MARK}\\n\\S+ \\S+\\n(\\S+) (\\S+)`).exec(output);
      const cpuMs = cpu ? toMs(cpu[1]) + toMs(cpu[2]) : 0;
      resolve({ ms: performance.now() - start, peakMb: peak / 1024, cpuMs, code: code ?? 1, output });
    });
  });
}
