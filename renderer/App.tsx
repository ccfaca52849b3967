import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../shared/domain/assertNever';
import { api } from './api';
import { ErrorBanner } from './components/ErrorBanner';
import { adoptSettingsLanguage, setUiLanguage } from './i18n';
import { AppFrame } from './frame/AppFrame';
import { PhaseView } from './frame/PhaseView';
import { undoWhereFocused } from './frame/useShortcuts';
import { useGapStore } from './phases/gap/gapStore';
import { useNavigation } from './store/navigation';
import { StartScreen } from './start/StartScreen';
import { useWorkbook } from './store/workbook';

export function App() {
  const { t } = useTranslation();
  const { open, error, dismissError, opened, fail, openDialog, close, startNew, saveCopy } = useWorkbook();

  useEffect(() => {
    const offOpen = api.events['app:openRequested']((payload) =>
      'summary' in payload ? opened(payload.summary) : fail(payload.error),
    );
    const offMenu = api.events['menu:command'](({ command }) => {
      const hasWorkbook = useWorkbook.getState().open !== null;
      switch (command) {
        case 'language-de':
        case 'language-en':
          return setUiLanguage(command === 'language-de' ? 'de' : 'en');
        case 'new':
          return void startNew();
        case 'open':
          return void openDialog();
        case 'close':
          return void close();
        case 'saveCopy':
          return void saveCopy();
        case 'undo':
        case 'redo':
          if (hasWorkbook) undoWhereFocused(command);
          return;
        case 'exportPdf':
          if (hasWorkbook) useNavigation.getState().go('reports');
          return;
        case 'workshopMode':
          // Workshop mode belongs to the gap analysis: the menu takes the consultant there and switches it.
          if (!hasWorkbook) return;
          useNavigation.getState().go('gap');
          return useGapStore.getState().toggleWorkshop();
        default:
          return assertNever(command);
      }
    });
    void adoptSettingsLanguage();
    document.getElementById('root')?.setAttribute('data-app-state', 'ready');
    return () => {
      offOpen();
      offMenu();
    };
  }, [opened, fail, openDialog, close, startNew, saveCopy]);

  // A different workbook starts on the overview (the records store empties itself as it opens).
  useEffect(() => {
    useNavigation.getState().go('overview');
  }, [open?.wb]);

  useEffect(() => {
    document.title = open ? `${open.clientName} — ${open.fileName} — ${t('app.name')}` : t('app.name');
  }, [open, t]);

  return (
    <>
      {error && <ErrorBanner error={error} onDismiss={dismissError} />}
      {open ? (
        <AppFrame>
          <PhaseView />
        </AppFrame>
      ) : (
        <StartScreen />
      )}
    </>
  );
}
