import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  externalUrl,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppFile,
} from '../../../electron/security';

const root = resolve('/srv/app/renderer');

describe('the renderer window is hardened', () => {
  it('runs sandboxed, isolated, without Node and without webviews', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('sends a strict CSP without any remote origin', () => {
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-src 'none'",
      "connect-src 'self'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});

describe('app:// serves only files inside the renderer folder', () => {
  it.each([
    ['app://aims/index.html', join(root, 'index.html')],
    ['app://aims/', join(root, 'index.html')],
    ['app://aims/assets/main-abc.js', join(root, 'assets', 'main-abc.js')],
  ])('%s → %s', (url, file) => expect(resolveAppFile(url, root)).toBe(file));

  it.each([
    'app://aims/../secret.txt',
    'app://aims/%2e%2e/%2e%2e/etc/passwd',
    'app://aims/..%2f..%2fetc%2fpasswd',
    'app://aims/assets/%00.js',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'app://aims/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => expect(resolveAppFile(url, root)).toBeNull());
});

describe('senders, navigation and external links', () => {
  it('trusts only our own top-level page', () => {
    expect(isTrustedSender({ url: 'app://aims/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://aims/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('allows navigation only inside the app', () => {
    expect(isAllowedNavigation('app://aims/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('app://aimsevil/')).toBe(false);
  });

  it('opens only plain https links externally', () => {
    expect(externalUrl('https://eur-lex.europa.eu/eli/reg/2024/1689/oj')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    );
    expect(externalUrl('file:///etc/passwd')).toBeNull();
    expect(externalUrl('javascript:alert(1)')).toBeNull();
    expect(externalUrl('https://user:pw@example.com/')).toBeNull();
  });
});
