import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../../../../shared/catalog/vocab/vocabulary';
import type { UiLanguage } from '../../../i18n';

/** The UI language as the catalogue's Text key. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

/** Select options labelled from a catalogue vocabulary, in the vocabulary's order. */
export const vocabularyOptions = <V extends string>(
  ids: readonly V[],
  vocabulary: Vocabulary<V>,
  lang: UiLanguage,
) => ids.map((value) => ({ value, label: vocabulary[value].label[lang] }));
