import type { Lang } from '../../shared/catalog/types';
import type { ReportModel } from '../../shared/report/model';
import type { RenderOptions, RenderResult } from '../report/render';
/**
 * What the services need from the outside world. Electron's dialogs implement these in main; the CLI,
 * the tests and the e2e test host bring their own. Paths enter the Node side only through here.
 */
export interface Dialogs {
  /** Asks for an existing workbook; null when cancelled. */
  chooseWorkbookToOpen(): Promise<string | null>;
  /** Asks where to write a workbook or another file; null when cancelled. */
  chooseSavePath(request: {
    defaultName: string;
    kind: 'workbook' | 'pdf' | 'xlsx' | 'json';
  }): Promise<string | null>;
  /** Asks for a file to read (evidence, a logo, a filled questionnaire, an archive); null when cancelled. */
  chooseFileToRead(request: { kind: 'evidence' | 'image' | 'xlsx' | 'json' }): Promise<string | null>;
}

export interface ServiceContext {
  /** Folder for app settings and the recent-files list (Electron's userData in the app). */
  readonly userDataDir: string;
  readonly appVersion: string;
  /** The UI language until the user picks one (main passes the OS locale's); German when left out. */
  readonly defaultLanguage?: Lang;
  readonly dialogs: Dialogs;
  /**
   * Lays out a report. The Electron main process passes one that runs in a worker thread, off the UI path;
   * the CLI and the tests render in process (renderReport) when this is left out.
   */
  readonly renderReport?: ReportRenderer;
}

export type ReportRenderer = (
  model: ReportModel,
  outPath: string,
  options?: RenderOptions,
) => Promise<RenderResult>;
