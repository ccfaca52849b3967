import { Worker } from 'node:worker_threads';
import { ERROR_CODES, AppFailure, type ErrorCode } from '../../shared/result';
import type { ReportModel } from '../../shared/report/model';
import type { RenderOptions, RenderResult, RenderProgress } from './render';

type Message =
  { progress: RenderProgress } | { result: RenderResult } | { error: { code: string; message: string } };

const asCode = (code: string): ErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal';

/** The same contract as renderReport, carried out in a worker thread running `workerFile` (see worker.ts). */
export function renderInWorker(workerFile: string) {
  return (model: ReportModel, outPath: string, options: RenderOptions = {}): Promise<RenderResult> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { model, outPath } });
      worker.on('message', (message: Message) => {
        if ('progress' in message) options.onProgress?.(message.progress);
        else if ('result' in message) resolve(message.result);
        else reject(new AppFailure(asCode(message.error.code), message.error.message));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new AppFailure('internal', `the report worker stopped (exit code ${code})`));
      });
    });
}
