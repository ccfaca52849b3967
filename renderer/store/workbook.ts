import { create } from 'zustand';
import type { RecentEntry, WorkbookSummary } from '../../shared/contract/workbook';
import type { AppError, Result } from '../../shared/result';
import type { EngagementCreate } from '../../shared/schemas/engagement';
import { api, ApiError, unwrap } from '../api';

/** Which workbook is open, the recent list, and the last error to show (as a translatable code). */
interface WorkbookState {
  open: WorkbookSummary | null;
  recent: RecentEntry[];
  error: AppError | null;
  busy: boolean;
  /** The start screen shows the new-engagement form (the File menu's "New" asks for it from anywhere). */
  wizard: boolean;
  /** The file name of the copy just saved, shown until dismissed. */
  copySaved: string | null;
  loadRecent(): Promise<void>;
  showWizard(show: boolean): void;
  create(engagement: EngagementCreate): Promise<void>;
  openDialog(): Promise<void>;
  /** Restores a JSON archive into a new workbook (main asks for both files) and opens it. */
  restoreArchive(): Promise<void>;
  openRecent(id: string): Promise<void>;
  forgetRecent(id: string): Promise<void>;
  opened(summary: WorkbookSummary): void;
  close(): Promise<void>;
  /** Closes the open workbook, if any, and shows the new-engagement form. */
  startNew(): Promise<void>;
  /** A consistent copy of the open workbook where the user chooses (main's dialog). */
  saveCopy(): Promise<void>;
  dismissCopySaved(): void;
  fail(error: AppError): void;
  dismissError(): void;
}

export const useWorkbook = create<WorkbookState>((set, get) => {
  /** Runs a call, keeping the error as a value for the UI; nothing else changes when it fails. */
  const attempt = async (work: () => Promise<void>) => {
    set({ busy: true, error: null });
    try {
      await work();
    } catch (error) {
      set({ error: error instanceof ApiError ? error.error : { code: 'internal', message: String(error) } });
    } finally {
      set({ busy: false });
    }
  };
  const openWith = async (call: Promise<Result<WorkbookSummary | null>>) => {
    const summary = await unwrap(call);
    if (summary) get().opened(summary);
  };
  return {
    open: null,
    recent: [],
    error: null,
    busy: false,
    wizard: false,
    copySaved: null,
    showWizard: (wizard) => set({ wizard }),
    loadRecent: () => attempt(async () => set({ recent: await unwrap(api.workbook.recent({})) })),
    create: (engagement) => attempt(() => openWith(api.workbook.create({ engagement }))),
    openDialog: () => attempt(() => openWith(api.workbook.open({}))),
    restoreArchive: () => attempt(() => openWith(api.archive.import({}))),
    openRecent: (id) => attempt(() => openWith(api.workbook.openRecent({ id }))),
    forgetRecent: (id) =>
      attempt(async () => {
        await unwrap(api.workbook.forgetRecent({ id }));
        set({ recent: await unwrap(api.workbook.recent({})) });
      }),
    opened: (summary) => set({ open: summary, error: null, wizard: false, copySaved: null }),
    close: () =>
      attempt(async () => {
        const wb = get().open?.wb;
        if (wb) await unwrap(api.workbook.close({ wb }));
        set({ open: null, recent: await unwrap(api.workbook.recent({})) });
      }),
    startNew: async () => {
      if (get().open) await get().close();
      if (!get().open) set({ wizard: true });
    },
    saveCopy: () =>
      attempt(async () => {
        const wb = get().open?.wb;
        const saved = wb ? await unwrap(api.workbook.saveCopy({ wb })) : null;
        if (saved) set({ copySaved: saved.fileName });
      }),
    dismissCopySaved: () => set({ copySaved: null }),
    fail: (error) => set({ error }),
    dismissError: () => set({ error: null }),
  };
});
