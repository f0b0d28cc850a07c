// Entry of the worker thread that runs one background job (built as its own file beside the host's and Electron main's entry).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobMessage } from './jobs';

const post = (message: JobMessage) => parentPort?.postMessage(message);
post({ result: runJob(workerData as Job, (done, total) => post({ progress: { done, total } })) });
