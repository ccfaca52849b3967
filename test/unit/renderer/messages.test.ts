import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../renderer/i18n/messages';
import { ERROR_CODES } from '../../../shared/result';

/** Dotted paths of every leaf string, e.g. 'gap.filters.verdict'. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    keys(value, prefix ? `${prefix}.${key}` : key),
  );
}
const leaf = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('German and English have exactly the same keys', () => {
    expect(keys(MESSAGES.de).sort()).toEqual(keys(MESSAGES.en).sort());
  });

  it('every text is filled in both languages and uses the same placeholders', () => {
    for (const path of keys(MESSAGES.en)) {
      const en = leaf(MESSAGES.en, path) as string;
      const de = leaf(MESSAGES.de, path) as string;
      expect(en.trim(), path).not.toBe('');
      expect(de.trim(), path).not.toBe('');
      expect(placeholders(de), path).toEqual(placeholders(en));
    }
  });

  it('translates every error code the Node side can return', () => {
    for (const code of ERROR_CODES) {
      expect(MESSAGES.de.errors[code], code).toBeTruthy();
      expect(MESSAGES.en.errors[code], code).toBeTruthy();
    }
  });
});
