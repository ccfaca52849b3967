import { useEffect } from 'react';
import { create } from 'zustand';
import type { Channel, Output } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { api, ApiError } from '../api';
import { useWorkbook } from './workbook';

type ListChannel = Extract<Channel, `${string}:list`>;
/** Aggregates with a `list` operation: the views the renderer caches. */
export type ListAggregate = ListChannel extends `${infer A}:list` ? A : never;
export type Rows<A extends ListAggregate> = Output<`${A}:list` & Channel>;

interface RecordsState {
  /** The last list read per aggregate; the workbook stays the source of truth. */
  lists: Partial<Record<ListAggregate, unknown>>;
  /** Edits sent and not yet acknowledged, for the "saved" indicator. */
  pending: number;
  lastSavedAt: string | null;
  put(aggregate: ListAggregate, rows: unknown): void;
  clear(): void;
}

export const useRecords = create<RecordsState>((set) => ({
  lists: {},
  pending: 0,
  lastSavedAt: null,
  put: (aggregate, rows) => set((s) => ({ lists: { ...s.lists, [aggregate]: rows } })),
  clear: () => set({ lists: {}, pending: 0, lastSavedAt: null }),
}));

type Lister = (input: { wb: string }) => Promise<Result<unknown>>;
const lister = (aggregate: ListAggregate): Lister =>
  (api as unknown as Record<string, { list: Lister }>)[aggregate]!.list;

// Reloads can answer out of order; only the newest request per aggregate may write the cache.
const latestRequest = new Map<ListAggregate, number>();

async function reload(wb: string, aggregate: ListAggregate): Promise<void> {
  const request = (latestRequest.get(aggregate) ?? 0) + 1;
  latestRequest.set(aggregate, request);
  const result = await lister(aggregate)({ wb });
  if (latestRequest.get(aggregate) !== request) return;
  if (result.ok) useRecords.getState().put(aggregate, result.value);
  else useWorkbook.getState().fail(result.error);
}

/**
 * The rows of one aggregate of the open workbook, loaded on first use and reloaded whenever main says
 * an edit (or an undo) touched that aggregate.
 */
export function useList<A extends ListAggregate>(aggregate: A): Rows<A> | undefined {
  const wb = useWorkbook((s) => s.open?.wb);
  const rows = useRecords((s) => s.lists[aggregate]) as Rows<A> | undefined;
  useEffect(() => {
    if (!wb) return;
    void reload(wb, aggregate);
    return api.events['workbook:changed']((event) => {
      if (event.wb === wb && event.aggregates.includes(aggregate)) void reload(wb, aggregate);
    });
  }, [wb, aggregate]);
  return rows;
}

/**
 * Sends one edit of the open workbook and tracks it for the "saved" indicator. Every edit is committed
 * by main when it arrives — there is no Save button; a failure is shown and nothing else changes.
 * Usage: `saveEdit((wb) => api.risk.update({ wb, id, patch }))`.
 */
export async function saveEdit<T>(send: (wb: string) => Promise<Result<T>>): Promise<T | undefined> {
  const wb = useWorkbook.getState().open?.wb;
  if (!wb) return undefined;
  useRecords.setState((s) => ({ pending: s.pending + 1 }));
  try {
    const result = await send(wb);
    if (!result.ok) throw new ApiError(result.error);
    useRecords.setState({ lastSavedAt: new Date().toISOString() });
    return result.value;
  } catch (error) {
    useWorkbook
      .getState()
      .fail(error instanceof ApiError ? error.error : { code: 'internal', message: String(error) });
    return undefined;
  } finally {
    useRecords.setState((s) => ({ pending: s.pending - 1 }));
  }
}
