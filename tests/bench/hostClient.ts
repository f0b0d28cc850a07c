// The built browser host as a benchmark subject: started on a folder, called over HTTP like the page does, its memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HOST_ENTRY = path.resolve(__dirname, '../../out/web/index.js');
const TOKEN = 'benchmark-token-0123456789abcdef';

export interface BenchHost {
  child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  startMs: number;
  /** The printed link, with its one-time token: what a person opens in a browser. */
  url: string;
  call(method: string, input?: unknown, file?: Uint8Array): Promise<{ ok: boolean; ms: number; bytes?: Buffer; body?: any }>;
  /** The host's resident high-water mark (VmHWM) since the last resetPeak, in MiB. */
  peakMiB(): number;
  /** Starts a new high-water mark (Linux: `5` into /proc/<pid>/clear_refs). */
  resetPeak(): void;
  stop(): Promise<void>;
}

/** `extraArgs`: e.g. `--auto-lock-seconds 3600`, when the after-unlock check of a large journal outlasts the 5-minute auto-lock. */
export function startBenchHost(dataDir: string, extraArgs: string[] = []): Promise<BenchHost> {
  const started = performance.now();
  const child = spawn(process.execPath, [HOST_ENTRY, '--data', dataDir, '--port', '0', '--no-open', `--token=${TOKEN}`, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.resume();
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (http:\/\/127\.0\.0\.1:(\d+)\/#token=[\w-]+)\n/.exec(out);
      if (ready) resolve(benchHost(child, ready[1]!, Number(ready[2]), performance.now() - started));
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
}

function benchHost(child: ChildProcess, url: string, port: number, startMs: number): BenchHost {
  return {
    child,
    startMs,
    url,
    async call(method, input, file) {
      const t0 = performance.now();
      const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` };
      let body: string | Uint8Array;
      if (file) {
        headers['Content-Type'] = 'application/octet-stream';
        headers['x-afterword-params'] = Buffer.from(JSON.stringify(input ?? {})).toString('base64url');
        body = file;
      } else {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(input ?? {});
      }
      headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
      const response = await post(port, method, headers, body);
      const isFile = (response.headers['content-disposition'] ?? '').startsWith('attachment');
      if (isFile) return { ok: response.status >= 200 && response.status < 300, ms: performance.now() - t0, bytes: response.body };
      const envelope = JSON.parse(response.body.toString('utf8')) as { ok: boolean; value?: unknown };
      return { ok: envelope.ok, ms: performance.now() - t0, body: envelope };
    },
    peakMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
    },
    resetPeak() {
      writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/**
 * One POST, answered whole. node:http rather than fetch: fetch gives up on an answer whose headers take over 5 minutes, and a
 * 1,000-entry PDF on one busy core can take longer (the host's own print deadline is 10 minutes).
 */
function post(port: number, method: string, headers: Record<string, string>, body: string | Uint8Array) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
