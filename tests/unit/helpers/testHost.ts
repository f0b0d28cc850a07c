// The real browser host server, in this process on a free 127.0.0.1 port, over a fresh journal and a stub renderer.
import { mkdirSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Journal, JournalOptions } from '../../../electron/core/journal';
import { createHostServer } from '../../../electron/web/hostServer';
import { rawRequest, type RawResponse } from './rawRequest';
import { makeTempDir, openTestJournal } from './tempJournal';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestHost {
  port: number;
  journal: Journal;
  dataDir: string;
  server: http.Server;
  /** POST /api/<method> with the token and `body` sent exactly as given (a string is not re-encoded). */
  api(method: string, body: unknown, headers?: Record<string, string>): Promise<RawResponse>;
  stop(): Promise<void>;
}

export async function startTestHost(
  options: Partial<JournalOptions> = {},
  hostOptions: { linkToken?: string; maxUploadBytes?: number } = {},
): Promise<TestHost> {
  const temp = makeTempDir();
  const rendererDir = path.join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Afterword</title>');
  const dataDir = path.join(temp.dir, 'data');
  mkdirSync(dataDir);
  const journal = openTestJournal(dataDir, options);
  const { server } = createHostServer({ journal, token: TEST_TOKEN, port: 0, rendererDir, uploadDir: dataDir, ...hostOptions });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    journal,
    dataDir,
    server,
    api: (method, body, headers = {}) =>
      rawRequest(port, {
        path: `/api/${encodeURIComponent(method)}`,
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json', ...headers },
        // A Buffer is a file's bytes (file-taking methods), sent as they are.
        body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
      }),
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      journal.close();
      temp.cleanup();
    },
  };
}
