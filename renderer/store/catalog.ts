import { useEffect } from 'react';
import { create } from 'zustand';
import type { Output } from '../../shared/contract';
import { api } from '../api';
import { useWorkbook } from './workbook';

export type CatalogItems = Output<'catalog:items'>;

interface CatalogState {
  wb: string | null;
  items: CatalogItems | null;
}

const useCatalogStore = create<CatalogState>(() => ({ wb: null, items: null }));

/**
 * The catalogue as the open workbook recorded it when it was created — not the app's current one — so an
 * old engagement shows the texts it was assessed against. It never changes, so it is read once.
 */
export function useCatalog(): CatalogItems | null {
  const wb = useWorkbook((s) => s.open?.wb ?? null);
  const state = useCatalogStore();
  useEffect(() => {
    if (!wb || state.wb === wb) return;
    useCatalogStore.setState({ wb, items: null });
    void api.catalog.items({ wb }).then((result) => {
      if (result.ok) useCatalogStore.setState({ wb, items: result.value });
      else useWorkbook.getState().fail(result.error);
    });
  }, [wb, state.wb]);
  return state.wb === wb ? state.items : null;
}

/** One item of the open workbook's catalogue, for actions outside render (null until it has loaded). */
export const catalogItem = (id: string) =>
  useCatalogStore.getState().items?.find((item) => item.id === id) ?? null;
