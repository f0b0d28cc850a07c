// Starts the built browser host (out/web/index.js) as a child process and calls its contract over HTTP, as the renderer does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const HOST_ENTRY = path.resolve(__dirname, '../../../out/web/index.js');
const TOKEN = 'fault-test-token-0123456789';

export interface Host {
  child: ChildProcess;
  port: number;
  call<T = any>(method: string, input?: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function assertHostBuilt(): void {
  if (!existsSync(HOST_ENTRY)) throw new Error(`${HOST_ENTRY} is missing: run "npm run test:faults" (it builds the host first).`);
}

/** Resolves once the host prints its address; rejects with its stderr if it exits first. */
export function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--data', dataDir, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AFTERWORD_TOKEN: TOKEN },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ready at http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match) resolve(makeHost(child, Number(match[1]), exited));
    });
    void exited.then(({ code, stderr: err }) =>
      reject(Object.assign(new Error(`host exited with ${code}: ${err}`), { exitCode: code, stderr: err })),
    );
  });
}

function makeHost(child: ChildProcess, port: number, exited: Host['exited']): Host {
  return {
    child,
    port,
    exited,
    async call(method, input) {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: input === undefined ? undefined : JSON.stringify(input),
      });
      return (await response.json()) as never;
    },
  };
}
