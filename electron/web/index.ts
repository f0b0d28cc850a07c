// Entry point of the browser host (`npm run web`): opens the journal for a data folder and serves it on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { acquireDataDirLock, type DataDirLock } from '../core/fs/dataDirLock';
import { startWorkerJournal } from '../core/worker/workerJournal';
import { parseHostArgs, usage, type HostArgs } from './args';
import { createChromiumPdfPrinter, NO_SANDBOX_NOTE, sandboxAvailable } from './chromiumPdfPrinter';
import { createHostServer } from './hostServer';
import { chooseToken } from './hostToken';
import { openInBrowser } from './openInBrowser';

function main(): void {
  let args: HostArgs;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    process.exit(2);
  }
  let token: string;
  try {
    const chosen = chooseToken(args.token);
    token = chosen.token;
    if (chosen.warning) process.stderr.write(chosen.warning);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  // The printed link carries its own token, spent by the first page that opens it; the Bearer token is never printed.
  const linkToken = randomBytes(24).toString('base64url');
  let folderLock: DataDirLock;
  try {
    folderLock = acquireDataDirLock(path.resolve(args.dataDir));
  } catch (error) {
    process.stderr.write(`Afterword could not start: ${(error as Error).message}\n`);
    process.exit(3);
  }
  process.on('exit', () => folderLock.release());
  const autoLockOverrideMs = args.autoLockSeconds === undefined ? undefined : args.autoLockSeconds * 1000;
  if (autoLockOverrideMs !== undefined)
    process.stderr.write(`Testing flag: the journal locks after ${args.autoLockSeconds} s without activity, whatever its setting says.\n`);
  const clockFile = args.clockFile === undefined ? undefined : path.resolve(args.clockFile);
  if (clockFile) process.stderr.write(`Testing flag: "now" is read from ${args.clockFile} on every call.\n`);
  if (!sandboxAvailable()) process.stderr.write(`${NO_SANDBOX_NOTE}\n`);
  // The journal runs in a worker thread: this thread only serves HTTP and passes messages, so it never waits for the database.
  const journal = startWorkerJournal(
    path.join(__dirname, 'journalWorker.js'),
    { dataDir: path.resolve(args.dataDir), autoLockOverrideMs, clockFile, jobWorker: path.join(__dirname, 'jobWorker.js') },
    { log: (line) => process.stderr.write(`${line}\n`), pdfPrinter: createChromiumPdfPrinter() },
  );
  const rendererDir = path.resolve(args.rendererDir ?? path.join(__dirname, '..', 'renderer'));
  const uploadDir = path.resolve(args.dataDir);
  const { server, events } = createHostServer({ journal, token, linkToken, port: args.port, rendererDir, uploadDir });

  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${args.port} is already in use; pick another with --port` : error.message;
    process.stderr.write(`Afterword could not start: ${reason}.\n`);
    process.exit(1);
  });
  server.listen(args.port, '127.0.0.1', () => {
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : args.port;
    const url = `http://127.0.0.1:${port}/#token=${linkToken}`;
    process.stdout.write(`Afterword is ready at ${url}\n`);
    process.stderr.write(`Journal folder: ${path.resolve(args.dataDir)}\n`);
    if (args.open) openInBrowser(url);
  });

  // Let open pages save what is pending (vault.willLock) before the journal closes.
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void journal.requestLock('quit').finally(() => {
      journal.close();
      events.closeAll();
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main();
