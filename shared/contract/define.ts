import { z } from 'zod';
import { IdSchema, WorkbookIdSchema } from '../schemas/common';

/**
 * One IPC operation: an object payload in, a value out, both validated with zod. `edits` marks the operations
 * that change the open workbook as one undoable user action (the undo property test runs over all of them).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly edits: boolean;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
  edits: false,
});

export const editChannel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
  edits: true,
});

/** Every operation on an open workbook names it by the id main handed out, never by path. */
export const onWorkbook = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ wb: WorkbookIdSchema, ...shape });
type OnWorkbook<S extends z.ZodRawShape> = ReturnType<typeof onWorkbook<S>>;

const Deleted = z.object({ id: IdSchema });
type NoFields = Record<never, never>;

/** The four channels of an aggregate whose records have generated ids: `<name>:list|create|update|delete`. */
export function crudChannels<N extends string, R extends z.ZodType, C extends z.ZodType, P extends z.ZodType>(
  name: N,
  schemas: { record: R; create: C; patch: P },
) {
  return {
    [`${name}:list`]: channel(onWorkbook({}), z.array(schemas.record)),
    [`${name}:create`]: editChannel(onWorkbook({ data: schemas.create }), schemas.record),
    [`${name}:update`]: editChannel(onWorkbook({ id: IdSchema, patch: schemas.patch }), schemas.record),
    [`${name}:delete`]: editChannel(onWorkbook({ id: IdSchema }), Deleted),
  } as Record<`${N}:list`, ChannelDef<OnWorkbook<NoFields>, z.ZodArray<R>>> &
    Record<`${N}:create`, ChannelDef<OnWorkbook<{ data: C }>, R>> &
    Record<`${N}:update`, ChannelDef<OnWorkbook<{ id: typeof IdSchema; patch: P }>, R>> &
    Record<`${N}:delete`, ChannelDef<OnWorkbook<{ id: typeof IdSchema }>, typeof Deleted>>;
}
