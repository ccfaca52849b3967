import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Channel, EventPayload, Output } from '../../shared/contract';
import { applyListChange } from '../../shared/listChange';
import type { Result } from '../../shared/result';
import { api, ApiError } from '../api';
import { useUndo } from './undo';
import { useWorkbook } from './workbook';

type ListChannel = Extract<Channel, `${string}:list`>;
/** Aggregates with a `list` operation. */
export type ListAggregate = ListChannel extends `${infer A}:list` ? A : never;
export type Rows<A extends ListAggregate> = Output<`${A}:list` & Channel>;

/** What the store holds for the open workbook: every list, the engagement record and the recorded catalogue. */
export type Source = ListAggregate | 'engagement' | 'catalog';
export type Data<S extends Source> = S extends ListAggregate
  ? Rows<S>
  : S extends 'engagement'
    ? Output<'engagement:get'>
    : Output<'catalog:items'>;

/**
 * An edit shown before main has answered: laid over its aggregate's rows until the answer is in and a change
 * of that aggregate has reached the store since the edit was sent (or at once, if main refused it).
 */
interface Overlay {
  readonly aggregate: ListAggregate;
  readonly apply: (rows: never) => unknown;
  /** The aggregate's change count when the edit was sent. */
  readonly sentAt: number;
  answered: boolean;
}

interface RecordsState {
  /** The workbook the data is of; everything else is dropped when another one opens. */
  wb: string | null;
  data: Partial<Record<Source, unknown>>;
  overlays: readonly Overlay[];
  /** Edits sent and not yet acknowledged, for the "saved" indicator. */
  pending: number;
  lastSavedAt: string | null;
}

export const useRecords = create<RecordsState>(() => ({
  wb: null,
  data: {},
  overlays: [],
  pending: 0,
  lastSavedAt: null,
}));

type Read = (input: { wb: string }) => Promise<Result<unknown>>;
const reader = (source: Source): Read => {
  const aggregates = api as unknown as Record<string, Record<string, Read>>;
  if (source === 'engagement') return aggregates.engagement!.get!;
  if (source === 'catalog') return aggregates.catalog!.items!;
  return aggregates[source]!.list!;
};

/** The one read per source in flight; `again` asks for one more after it, because a change came meanwhile. */
const loading = new Map<Source, { wb: string; again: boolean; done: Promise<void> }>();
/** How many mounted views use each source: changes of an unused one only drop it. */
const users = new Map<Source, number>();
/** Changes applied per aggregate since the workbook opened, and the last event's number. */
const changeCount = new Map<string, number>();
let lastSeq = 0;

function put(source: Source, value: unknown): void {
  useRecords.setState((s) => ({ data: { ...s.data, [source]: value } }));
  settle(source);
}

/** Reads a source, once however many views ask at the same time. */
function load(wb: string, source: Source): Promise<void> {
  const current = loading.get(source);
  if (current?.wb === wb) return current.done;
  const entry = { wb, again: false, done: Promise.resolve() };
  entry.done = (async () => {
    const result = await reader(source)({ wb });
    if (useRecords.getState().wb !== wb) return;
    if (result.ok) put(source, result.value);
    else useWorkbook.getState().fail(result.error);
  })().finally(() => {
    if (loading.get(source) === entry) loading.delete(source);
    if (entry.again && users.get(source)) void load(wb, source);
  });
  loading.set(source, entry);
  return entry.done;
}

/** A change of `source` has reached the store: overlays whose edit main has answered since are done. */
function settle(source: Source): void {
  changeCount.set(source, (changeCount.get(source) ?? 0) + 1);
  release((o) => o.aggregate === source && o.answered && changeCount.get(source)! > o.sentAt);
}

function release(done: (overlay: Overlay) => boolean): void {
  const { overlays } = useRecords.getState();
  if (overlays.some(done)) useRecords.setState({ overlays: overlays.filter((o) => !done(o)) });
}

/** Brings one changed source up to date: from the event's list change where it has one, else by reading it. */
function refresh(
  wb: string,
  source: Source,
  change: EventPayload<'workbook:changed'>,
  inOrder: boolean,
): void {
  const cached = useRecords.getState().data[source] as unknown[] | undefined;
  const list = change.lists[source];
  const applied = inOrder && cached && list ? applyListChange(cached, list) : null;
  if (applied) return put(source, applied);
  const inFlight = loading.get(source);
  if (inFlight?.wb === wb) inFlight.again = true;
  else if (users.get(source)) void load(wb, source);
  // Nobody shows it: forget it, and the next view to need it reads it fresh.
  else useRecords.setState((s) => ({ data: { ...s.data, [source]: undefined } }));
}

/** A change event of the open workbook: updates exactly the aggregates it names, and what undo and redo do next. */
function onChange(change: EventPayload<'workbook:changed'>): void {
  const { wb } = useRecords.getState();
  if (change.wb !== wb) return;
  const inOrder = change.seq > lastSeq;
  lastSeq = Math.max(lastSeq, change.seq);
  for (const aggregate of change.aggregates) refresh(wb, aggregate as Source, change, inOrder);
  useUndo.setState(change.history);
}

/** Another workbook (or none) is open: nothing of the last one may show, and undo starts from the file's history. */
function switchTo(wb: string | null): void {
  loading.clear();
  changeCount.clear();
  lastSeq = 0;
  useRecords.setState({ wb, data: {}, overlays: [] });
  useUndo.setState({ undo: null, redo: null, done: null });
  if (!wb) return;
  void api.workbook.undoState({ wb }).then((result) => {
    if (result.ok && useRecords.getState().wb === wb) useUndo.setState(result.value);
  });
}

/**
 * Connects the store to the app, once (main.tsx): it follows the open workbook synchronously, before any view of
 * the new one renders, and listens to `workbook:changed`.
 */
export function connectRecords(): () => void {
  const offWorkbook = useWorkbook.subscribe((state, previous) => {
    const wb = state.open?.wb ?? null;
    if (wb !== (previous.open?.wb ?? null)) switchTo(wb);
  });
  const offChanges = api.events['workbook:changed'](onChange);
  return () => {
    offWorkbook();
    offChanges();
  };
}

/** A source as the consultant should see it: the stored rows with the edits on their way laid over. */
function layered<S extends Source>(
  source: S,
  stored: unknown,
  overlays: readonly Overlay[],
): Data<S> | undefined {
  if (stored === undefined) return undefined;
  return overlays.reduce<unknown>(
    (rows, o) => (o.aggregate === source ? o.apply(rows as never) : rows),
    stored,
  ) as Data<S>;
}

/**
 * One source of the open workbook, read when the first view needs it and kept current by the change events;
 * undefined while it loads.
 */
export function useRecord<S extends Source>(source: S): Data<S> | undefined {
  const wb = useWorkbook((s) => s.open?.wb);
  const stored = useRecords((s) => (s.wb === wb ? s.data[source] : undefined));
  const overlays = useRecords((s) => s.overlays);
  useEffect(() => {
    if (!wb) return;
    users.set(source, (users.get(source) ?? 0) + 1);
    if (useRecords.getState().data[source] === undefined) void load(wb, source);
    return () => void users.set(source, users.get(source)! - 1);
  }, [wb, source]);
  return useMemo(() => layered(source, stored, overlays), [source, stored, overlays]);
}

export const useList = <A extends ListAggregate>(aggregate: A): Rows<A> | undefined =>
  useRecord(aggregate) as Rows<A> | undefined;

/** A source as views see it now, for actions outside render (e.g. a key press building on the last one). */
export function currentRecord<S extends Source>(source: S): Data<S> | undefined {
  const { data, overlays } = useRecords.getState();
  return layered(source, data[source], overlays);
}

/** How an edit shows before main answers: a function from the aggregate's rows to the rows with the edit. */
export interface Optimistic<A extends ListAggregate> {
  readonly aggregate: A;
  readonly apply: (rows: Rows<A>) => Rows<A>;
}

/**
 * The one way to edit the open workbook: sends the edit, tracks it for the "saved" indicator and, with
 * `optimistic`, shows it at once. Every edit is committed by main when it arrives — there is no Save
 * button; a failure is shown and nothing else changes.
 * Usage: `saveEdit((wb) => api.risk.update({ wb, id, patch }))`.
 */
export async function saveEdit<T, A extends ListAggregate>(
  send: (wb: string) => Promise<Result<T>>,
  optimistic?: Optimistic<A>,
): Promise<T | undefined> {
  const wb = useWorkbook.getState().open?.wb;
  if (!wb) return undefined;
  const overlay: Overlay | null = optimistic
    ? { ...optimistic, sentAt: changeCount.get(optimistic.aggregate) ?? 0, answered: false }
    : null;
  useRecords.setState((s) => ({
    pending: s.pending + 1,
    overlays: overlay ? [...s.overlays, overlay] : s.overlays,
  }));
  let failed = true;
  try {
    const result = await send(wb);
    if (!result.ok) throw new ApiError(result.error);
    failed = false;
    useRecords.setState({ lastSavedAt: new Date().toISOString() });
    return result.value;
  } catch (error) {
    useWorkbook
      .getState()
      .fail(error instanceof ApiError ? error.error : { code: 'internal', message: String(error) });
    return undefined;
  } finally {
    useRecords.setState((s) => ({ pending: s.pending - 1 }));
    if (overlay) {
      overlay.answered = true;
      const changed = (changeCount.get(overlay.aggregate) ?? 0) > overlay.sentAt;
      if (failed || changed) release((o) => o === overlay);
    }
  }
}
