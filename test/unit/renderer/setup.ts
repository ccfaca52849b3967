// fakeApi first: it installs window.api, which the i18n module's import of renderer/api.ts reads.
import { resetFakeApi } from './fakeApi';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18next } from '../../../renderer/i18n';

// Tests read English unless they switch; the app itself starts in the cached language (German by default).
beforeEach(async () => {
  await i18next.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  resetFakeApi();
});
