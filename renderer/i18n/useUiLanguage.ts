import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '.';

/** The UI language, also the key that picks the side of the catalogue's bilingual texts. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}
