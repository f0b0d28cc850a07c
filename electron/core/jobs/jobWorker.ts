// Entry of the worker thread that runs one background job (built as its own file beside the host's and Electron main's entry).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './jobs';

parentPort?.postMessage(runJob(workerData as Job));
