import type { Vocabulary } from '../../../shared/catalog/vocab/vocabulary';
import type { UiLanguage } from '../../i18n';
import type { SelectOption } from './SelectField';

/** Select options labelled from a catalogue vocabulary, in the vocabulary's order. */
export const vocabularyOptions = <V extends string>(
  ids: readonly V[],
  vocabulary: Vocabulary<V>,
  lang: UiLanguage,
): SelectOption<V>[] => ids.map((value) => ({ value, label: vocabulary[value].label[lang] }));
