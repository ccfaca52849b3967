import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/**
 * The folder holding the app's package.json, out/ and assets/ — the project folder in development, app.asar
 * when packaged. Found from the running code's location, which differs between the CommonJS main bundle
 * (__filename), the ESM CLI and bench bundles (their entry script) and the sources under vitest.
 */
export function appRoot(): string {
  if (root) return root;
  const here = typeof __filename === 'string' ? __filename : (process.argv[1] ?? process.cwd());
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'aims-workbench')
      return (root = dir);
    if (dirname(dir) === dir) throw new Error('the app folder (package.json of aims-workbench) was not found');
  }
}

/** A file the app ships under assets/ (icons, the default report logo). */
export const assetPath = (name: string): string => join(appRoot(), 'assets', name);
