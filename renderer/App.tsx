import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { ErrorBanner } from './components/ErrorBanner';
import { setUiLanguage } from './i18n';
import { AppFrame } from './frame/AppFrame';
import { PhaseView } from './frame/PhaseView';
import { useGapStore } from './phases/gap/gapStore';
import { useNavigation } from './store/navigation';
import { useRecords } from './store/records';
import { StartScreen } from './start/StartScreen';
import { useWorkbook } from './store/workbook';

export function App() {
  const { t } = useTranslation();
  const { open, error, dismissError, opened, fail, openDialog, close } = useWorkbook();

  useEffect(() => {
    const offOpen = api.events['app:openRequested']((payload) =>
      'summary' in payload ? opened(payload.summary) : fail(payload.error),
    );
    const offMenu = api.events['menu:command'](({ command }) => {
      if (command === 'language-de' || command === 'language-en')
        setUiLanguage(command === 'language-de' ? 'de' : 'en');
      else if (command === 'open') void openDialog();
      else if (command === 'close') void close();
      else if (command === 'workshopMode') {
        // Workshop mode belongs to the gap analysis: the menu takes the consultant there and switches it.
        useNavigation.getState().go('gap');
        useGapStore.getState().toggleWorkshop();
      }
    });
    document.getElementById('root')?.setAttribute('data-app-state', 'ready');
    return () => {
      offOpen();
      offMenu();
    };
  }, [opened, fail, openDialog, close]);

  // A different workbook starts with an empty cache and on the overview.
  useEffect(() => {
    useRecords.getState().clear();
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
