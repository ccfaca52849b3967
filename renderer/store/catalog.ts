import type { Output } from '../../shared/contract';
import { currentRecord, useRecord } from './records';

export type CatalogItems = Output<'catalog:items'>;

/**
 * The catalogue as the open workbook recorded it when it was created — not the app's current one — so an
 * old engagement shows the texts it was assessed against. No edit changes it, so it is read once.
 */
export const useCatalog = (): CatalogItems | null => useRecord('catalog') ?? null;

/** One item of the open workbook's catalogue, for actions outside render (null until it has loaded). */
export const catalogItem = (id: string) => currentRecord('catalog')?.find((item) => item.id === id) ?? null;
