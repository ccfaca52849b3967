import { readFileSync } from 'node:fs';
import { CATALOG_GROUPS, CATALOG_ITEMS } from '../../shared/catalog/iso42001';
import type { Lang } from '../../shared/catalog/types';
import { CATALOG_VERSION } from '../../shared/catalog/version';
import { classifyUseCase, ClassificationAnswersSchema } from '../../shared/domain/classification';
import { AppFailure } from '../../shared/result';

/** Prints the catalogue: as JSON for tooling, or as an indented outline to read in a terminal. */
export function runCatalogCommand({ lang, json }: { lang: Lang; json: boolean }): void {
  if (json) {
    console.log(
      JSON.stringify({ version: CATALOG_VERSION, groups: CATALOG_GROUPS, items: CATALOG_ITEMS }, null, 2),
    );
    return;
  }
  console.log(`ISO/IEC 42001 — ${CATALOG_VERSION}`);
  for (const group of CATALOG_GROUPS) {
    console.log(`\n${group.id}  ${group.title[lang]}`);
    for (const item of CATALOG_ITEMS.filter((candidate) => candidate.group === group.id)) {
      console.log(`  ${item.id.padEnd(8)} ${item.title[lang]}`);
    }
  }
}

/** Classifies the answers in a JSON file and prints the full result, so rules can be checked without the UI. */
export function runClassifyCommand(file: string | undefined): void {
  if (!file) throw new AppFailure('invalid-input', 'an answers JSON file is required');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppFailure('invalid-input', `cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = ClassificationAnswersSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure(
      'invalid-input',
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid answers'}`,
    );
  }
  console.log(JSON.stringify(classifyUseCase(parsed.data), null, 2));
}
