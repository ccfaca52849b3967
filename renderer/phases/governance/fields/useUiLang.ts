import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/catalog/types';

/** The UI language as a catalogue language, to pick the side of bilingual catalogue texts. */
export function useUiLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}
