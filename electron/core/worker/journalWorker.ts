// Entry of the journal's worker thread: the whole journal (database, handlers, background jobs) runs here, so the thread that
// answers HTTP requests or Electron's IPC only passes messages and never waits for SQLite, an export or an import.
import { parentPort, workerData } from 'node:worker_threads';
import type { AppEvent } from '../../contract';
import { createJournal } from '../journal';
import { fileClock } from '../lock/fileClock';
import { remotePrinter } from './remotePrinter';
import { forTransfer } from './transfer';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

const port = parentPort!;
const { options, closed } = workerData as WorkerData;
const post = (message: FromWorker) => {
  const { value, transfer } = forTransfer(message);
  port.postMessage(value, transfer);
};
const printer = options.canPrint ? remotePrinter(post) : undefined;

const journal = createJournal({
  dataDir: options.dataDir,
  nativeBinding: options.nativeBinding,
  jobWorker: options.jobWorker,
  autoLock: options.autoLockOverrideMs === undefined ? undefined : { overrideMs: options.autoLockOverrideMs },
  now: options.clockFile === undefined ? undefined : fileClock(options.clockFile),
  log: (line) => post({ type: 'log', line }),
  pdfPrinter: printer?.printer,
});

// The shell mirrors "unlocked" so its synchronous checks (quit, window close) need no round trip; sent whenever it changes.
let unlocked = false;
const sendState = () => {
  if (journal.isUnlocked() === unlocked) return;
  unlocked = journal.isUnlocked();
  post({ type: 'state', unlocked });
};
journal.onEvent((event: AppEvent) => {
  sendState();
  post({ type: 'event', event });
});

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'call':
      void journal.dispatch(message.method, message.input).then((result) => {
        sendState();
        post({ type: 'result', id: message.id, result });
      });
      return;
    case 'lock':
      journal.lock(message.reason);
      return sendState();
    case 'requestLock':
      void journal.requestLock(message.reason, message.graceMs).then(() => {
        sendState();
        post({ type: 'done', id: message.id });
      });
      return;
    case 'idle':
      void journal.idle().then(() => post({ type: 'done', id: message.id }));
      return;
    case 'printed':
      return printer?.answer(message);
    case 'close': {
      journal.close();
      const flag = new Int32Array(closed);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      port.close();
    }
  }
});
