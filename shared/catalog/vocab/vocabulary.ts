import type { Text } from '../types';

/** Label and optional explanation of one id in a controlled vocabulary. */
export interface VocabularyEntry {
  readonly label: Text;
  readonly description?: Text;
}

/** A label for every id of a vocabulary; Record keeps the map exhaustive when an id is added. */
export type Vocabulary<Id extends string | number> = Readonly<Record<Id, VocabularyEntry>>;
