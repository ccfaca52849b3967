import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

export const FONT_FAMILY = 'Noto Sans';
/** Latin Extended (Polish, Czech, Turkish names …) as a fallback family for code points the main subset lacks. */
export const FONT_FALLBACK = 'Noto Sans Ext';

/*
 * The fonts ship in the @fontsource/noto-sans package (OFL-1.1); react-pdf embeds the glyphs it uses as
 * subsets, so no font is ever fetched. The package is resolved from this module's location: the CommonJS
 * main bundle has __filename, the ESM bundles (CLI, bench) run from their entry script beside node_modules.
 */
const here = typeof __filename === 'string' ? __filename : (process.argv[1] ?? process.cwd());
const resolveFile = (subset: string, weight: 400 | 700, style: 'normal' | 'italic') =>
  createRequire(here).resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-${style}.woff`);

const faces = (subset: string) =>
  ([400, 700] as const).flatMap((fontWeight) =>
    (['normal', 'italic'] as const).map((fontStyle) => ({
      src: resolveFile(subset, fontWeight, fontStyle),
      fontWeight,
      fontStyle,
    })),
  );

let registered = false;

/** Registers the report fonts with react-pdf's global font store, once per process. */
export function registerFonts(): void {
  if (registered) return;
  Font.register({ family: FONT_FAMILY, fonts: faces('latin') });
  Font.register({ family: FONT_FALLBACK, fonts: faces('latin-ext') });
  registered = true;
}
