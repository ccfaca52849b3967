// Worker-thread entry (bundled as out/main/reportWorker.cjs): lays out one report away from the Electron
// main thread, so windows, menus and other IPC stay responsive while a long report renders.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportModel } from '../../shared/report/model';
import { renderReport } from './render';

const { model, outPath } = workerData as { model: ReportModel; outPath: string };
const port = parentPort!;
renderReport(model, outPath, { onProgress: (progress) => port.postMessage({ progress }) })
  .then((result) => port.postMessage({ result }))
  .catch((error: { code?: string; message?: string }) =>
    port.postMessage({ error: { code: error.code ?? 'internal', message: error.message ?? String(error) } }),
  );
