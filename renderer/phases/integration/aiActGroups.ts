import { aiActBaseRef } from '../../../shared/catalog/aiact/articles';
import type { CatalogItems } from '../../store/catalog';

export interface AiActGroup {
  /** 'Art. 9', 'Annex IV'. */
  readonly base: string;
  /** The requirements citing the provision, each with the exact ref it cites ('Art. 26(1)'). */
  readonly entries: readonly { readonly item: CatalogItems[number]; readonly refs: readonly string[] }[];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const fromRoman = (roman: string): number =>
  [...roman].reduce((sum, char, i) => {
    const value = ROMAN[char] ?? 0;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    return sum + (value < next ? -value : value);
  }, 0);

/** Articles in numeric order, then the annexes in theirs — as the Regulation itself runs. */
const order = (base: string): number => {
  const article = /^Art\. (\d+)/.exec(base);
  if (article) return Number(article[1]);
  const annex = /^Annex ([IVX]+)/.exec(base);
  return annex ? 1000 + fromRoman(annex[1]!) : 2000;
};

/** The catalogue's item → article mapping turned around: each provision with the items that cite it. */
export function groupByAiActArticle(catalog: CatalogItems): AiActGroup[] {
  const groups = new Map<string, Map<string, string[]>>();
  for (const item of catalog) {
    for (const ref of item.aiActArticles) {
      const base = aiActBaseRef(ref) ?? ref;
      const items = groups.get(base) ?? new Map<string, string[]>();
      items.set(item.id, [...(items.get(item.id) ?? []), ref]);
      groups.set(base, items);
    }
  }
  const byId = new Map(catalog.map((item) => [item.id, item]));
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([base, items]) => ({
      base,
      entries: [...items.entries()].map(([id, refs]) => ({ item: byId.get(id)!, refs })),
    }));
}
