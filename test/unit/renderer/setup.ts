// fakeApi first: it installs window.api, which the i18n module's import of renderer/api.ts reads.
import { resetFakeApi } from './fakeApi';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type * as Zustand from 'zustand';
import { i18next } from '../../../renderer/i18n';
import { connectRecords } from '../../../renderer/store/records';

/*
 * Every zustand store goes back to its initial state after each test (zustand's own testing advice), so no
 * cached list, open workbook or toast of one test is seen by the next.
 */
const storeResets = vi.hoisted(() => new Set<() => void>());
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const tracked = ((initializer: Zustand.StateCreator<unknown>) => {
    const store = zustand.create(initializer);
    const initial = store.getInitialState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  }) as typeof zustand.create;
  const create = ((initializer?: Zustand.StateCreator<unknown>) =>
    initializer ? tracked(initializer) : tracked) as typeof zustand.create;
  return { ...zustand, create };
});

// Tests read English unless they switch; the app itself starts in the cached language (German by default).
// The store follows the open workbook and its change events as main.tsx connects it.
let disconnect: () => void = () => {};
beforeEach(async () => {
  await i18next.changeLanguage('en');
  disconnect = connectRecords();
});

afterEach(() => {
  cleanup();
  disconnect();
  resetFakeApi();
  storeResets.forEach((reset) => reset());
});
