import { normalize, relative, resolve, sep } from 'node:path';

/** The renderer's origin. Everything it loads comes from the packaged renderer folder through this scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'aims';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The hardened renderer settings, written once (window.ts uses them; a test asserts them). */
export const WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/**
 * Maps an app:// URL to a file inside `root`, or null when it does not belong there: another host,
 * a path that climbs out of the folder (also when percent-encoded), or anything malformed.
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || climbsOut(url)) return null;
  const base = resolve(root);
  const file = resolve(base, normalize(`.${sep}${path === '/' ? 'index.html' : path}`));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || resolve(base, inside) !== file) return null;
  return file;
}

/**
 * The URL parser quietly folds `..` segments, so a climbing request would be served from the root
 * instead of refused; a request that tries to climb is refused as such.
 */
function climbsOut(url: string): boolean {
  try {
    return decodeURIComponent(url).split(/[\\/]/).includes('..');
  } catch {
    return true;
  }
}

/** Only our own top-level page may call the contract. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation away from the app is never allowed; in-app routing uses the history API, not navigation. */
export const isAllowedNavigation = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);

/** Only plain web links may leave the app, opened in the user's browser, never inside it. */
export function externalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed.toString() : null;
  } catch {
    return null;
  }
}
