import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles } from '../../../electron/report/fonts';
import { electronBindingPath } from '../../../electron/workbook/sqlite';
import { electronTarget } from '../../../scripts/native.mjs';

const ROOT = resolve(__dirname, '../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's byte in the wire: '0' off, '1' on (@electron/fuses' FuseState, which its index does not export). */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean }>;
};
/** name@version of every package the production tree needs (electron-builder may hoist them elsewhere). */
const production = new Set(
  Object.entries(lock.packages)
    .filter(([path, entry]) => path && !entry.dev)
    .map(
      ([path, entry]) =>
        `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`,
    ),
);

const ELECTRON_VERSION = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;
/** A binary with the fuse wire Electron ships (sentinel, version 1, one byte per fuse), so flips can be read back. */
const FUSED_BINARY = Buffer.concat([
  Buffer.from('stand-in'),
  Buffer.from(SENTINEL),
  Buffer.from([1, 9]),
  Buffer.from('101100011'),
]);

function write(path: string, content: string | Buffer, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content, { mode });
}

/** Electron's unpacked Linux distribution as electron-builder expects it, without the real 100 MB binary. */
function standInLinuxElectron(dir: string): string {
  const dist = join(dir, 'electron-linux');
  write(join(dist, 'electron'), FUSED_BINARY, 0o755);
  write(join(dist, 'version'), ELECTRON_VERSION);
  write(join(dist, 'LICENSE'), 'MIT');
  return dist;
}

const plist = (name: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleExecutable</key><string>${name}</string><key>CFBundleIdentifier</key><string>com.github.Electron</string><key>CFBundleName</key><string>${name}</string><key>CFBundleVersion</key><string>${ELECTRON_VERSION}</string></dict></plist>`;

/** Electron.app with its helpers; the fuse wire lives in the framework binary on macOS. */
function standInMacElectron(dir: string): string {
  const dist = join(dir, 'electron-mac');
  const contents = join(dist, 'Electron.app', 'Contents');
  write(join(contents, 'Info.plist'), plist('Electron'));
  write(join(contents, 'MacOS', 'Electron'), 'stand-in', 0o755);
  write(join(contents, 'Resources', 'electron.icns'), '');
  write(join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'), FUSED_BINARY);
  for (const helper of [
    'Electron Helper',
    'Electron Helper (GPU)',
    'Electron Helper (Renderer)',
    'Electron Helper (Plugin)',
  ]) {
    write(join(contents, 'Frameworks', `${helper}.app`, 'Contents', 'Info.plist'), plist(helper));
    write(join(contents, 'Frameworks', `${helper}.app`, 'Contents', 'MacOS', helper), 'stand-in', 0o755);
  }
  return dist;
}

/** The built project as `npm run dist` finds it after `scripts/build.mjs`, in a folder of its own. */
function stagedProject(dir: string): string {
  const project = join(dir, 'project');
  for (const path of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'scripts',
    'assets',
    'out/main',
    'out/preload',
    'out/renderer',
  ])
    cpSync(join(ROOT, path), join(project, path), { recursive: true });
  // Hard links: the real node_modules without copying it (electron-builder walks it for the production tree).
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(project, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`cp -al failed: ${linked.stderr}`);
  // Electron's SQLite build needs the network to make; a stand-in (the Node build) marks its place.
  const { dir: nativeDir, file, build } = electronTarget(project);
  mkdirSync(nativeDir, { recursive: true });
  cpSync(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), file);
  writeFileSync(join(nativeDir, 'build.json'), JSON.stringify(build));
  return project;
}

/** `npm run dist -- <target> --dir` as a user runs it, only with Electron's distribution replaced. */
function pack(target: string[], electronDist: string): void {
  const packed = spawnSync(
    process.execPath,
    ['scripts/pack.mjs', ...target, '--dir', `-c.electronDist=${electronDist}`],
    {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        ELECTRON_BUILDER_CACHE: join(work, 'cache'),
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      },
    },
  );
  if (packed.status !== 0) throw new Error(`packing failed:\n${packed.stdout}\n${packed.stderr}`);
}

let work: string;
let project: string;
let appOut: string;
let asar: string;
let files: string[];
let mac: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'aims-package-'));
  project = stagedProject(work);
  pack(['--mac', '--x64'], standInMacElectron(work));
  mac = join(project, 'dist', 'mac', 'AIMS Workbench.app', 'Contents');
  pack(['--linux'], standInLinuxElectron(work));
  appOut = join(project, 'dist', 'linux-unpacked');
  asar = join(appOut, 'resources', 'app.asar');
  files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const inAsar = (path: string) => files.includes(posix.join('/', path));

describe('the packaged app (npm run dist -- --dir, with a stand-in Electron)', () => {
  it('holds main, preload, the PDF worker and the renderer where the code looks for them inside the archive', () => {
    // main runs as <asar>/out/main/main.cjs; window.ts, main.ts and the worker resolve from its folder.
    const mainDir = '/out/main';
    expect(inAsar(posix.join(mainDir, 'main.cjs'))).toBe(true);
    expect(inAsar(posix.join(mainDir, 'reportWorker.cjs'))).toBe(true);
    expect(inAsar(posix.join(mainDir, '..', 'preload', 'preload.cjs'))).toBe(true);
    expect(inAsar(posix.join(mainDir, '..', 'renderer', 'index.html'))).toBe(true);
    const html = extractFile(asar, 'out/renderer/index.html').toString('utf8');
    const referenced = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThan(0);
    for (const file of referenced) expect(inAsar(`out/renderer/${file}`), file).toBe(true);
    // appRoot() finds the app by its package.json; icon and default logo sit under assets/.
    expect(JSON.parse(extractFile(asar, 'package.json').toString('utf8')).name).toBe('aims-workbench');
    expect(inAsar('assets/icon.png')).toBe(true);
    expect(inAsar('assets/report-logo.png')).toBe(true);
  });

  it('ships Electron’s SQLite build unpacked beside the archive, where main computes it, and no other', () => {
    const { abi } = electronTarget(project).build;
    const binding = electronBindingPath(asar, abi);
    expect(binding).toBe(
      join(
        appOut,
        'resources',
        'app.asar.unpacked',
        'out',
        'native',
        `electron-${abi}`,
        'better_sqlite3.node',
      ),
    );
    expect(existsSync(binding)).toBe(true);
    expect(files.filter((file) => file.endsWith('.node'))).toEqual([
      `/out/native/electron-${abi}/better_sqlite3.node`,
    ]);
    expect(files.filter((file) => /\/better-sqlite3\/(build|deps|src)\//.test(file))).toEqual([]);
  });

  it('carries the production dependencies and the report fonts, and nothing of development', () => {
    for (const name of Object.keys(manifest.dependencies))
      expect(inAsar(`node_modules/${name}/package.json`), name).toBe(true);
    const manifests = files.filter((f) =>
      /^\/node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/@]+\/package\.json$/.test(f),
    );
    expect(manifests.length).toBeGreaterThan(50);
    const devOnly = manifests
      .map(
        (f) =>
          JSON.parse(extractFile(asar, f.slice(1)).toString('utf8')) as { name: string; version: string },
      )
      .map(({ name, version }) => `${name}@${version}`)
      .filter((id) => !production.has(id));
    expect(devOnly).toEqual([]);
    for (const name of [
      'electron',
      'electron-builder',
      'vite',
      'vitest',
      'typescript',
      'react-dom',
      'zustand',
      'playwright-core',
    ])
      expect(inAsar(`node_modules/${name}/package.json`), name).toBe(false);
    expect(files.filter((f) => /\.(map|tsx?|mts|cts)$/.test(f))).toEqual([]);
    expect(
      files.filter(
        (f) =>
          f.startsWith('/test/') ||
          f.startsWith('/electron/') ||
          f.startsWith('/renderer/') ||
          f.startsWith('/shared/'),
      ),
    ).toEqual([]);
  });

  it('carries exactly the font files the report loads, each package with its licence', () => {
    const wanted = fontFiles().map((file) => `/${relative(ROOT, file).replaceAll('\\', '/')}`);
    const fonts = files.filter(
      (f) => f.startsWith('/node_modules/@fontsource/') && /\.(woff2?|ttf|otf)$/.test(f),
    );
    expect(fonts.sort()).toEqual(wanted.sort());
    for (const name of Object.keys(manifest.dependencies).filter((n) => n.startsWith('@fontsource/')))
      expect(inAsar(`node_modules/${name}/LICENSE`), name).toBe(true);
  });

  it('has the fuses flipped in the executable (Linux) and the app’s framework (macOS)', async () => {
    for (const binary of [
      join(appOut, 'aims-workbench'),
      dirname(mac), // the .app: @electron/fuses reads the wire from its framework
    ]) {
      const wire = await getCurrentFuseWire(binary);
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    }
  });

  it('tells macOS that it opens .aimswb, with the app icon and the archive’s integrity hash', () => {
    const info = readFileSync(join(mac, 'Info.plist'), 'utf8');
    expect(info).toMatch(
      /<key>CFBundleDocumentTypes<\/key>\s*<array>\s*<dict>\s*<key>CFBundleTypeExtensions<\/key>\s*<array>\s*<string>aimswb<\/string>/,
    );
    expect(info).toMatch(/<key>CFBundleTypeRole<\/key>\s*<string>Editor<\/string>/);
    expect(info).toMatch(/<key>CFBundleIconFile<\/key>\s*<string>icon.icns<\/string>/);
    expect(info).toMatch(/<key>ElectronAsarIntegrity<\/key>\s*<dict>\s*<key>Resources\/app.asar<\/key>/);
    expect(
      readFileSync(join(mac, 'Resources', 'icon.icns')).equals(
        readFileSync(join(ROOT, 'assets/build/icon.icns')),
      ),
    ).toBe(true);
  });
});
