// Renders the app icon and the default report logo from their SVG sources (assets/*.svg) into the
// images the window, the installers and the reports use. Run it after changing an SVG and commit the
// output: `node scripts/icons.mjs` (needs Chromium, as the end-to-end tests do).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'assets');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types whose payload is a PNG of the given pixel size.
const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

async function rasterize(page, svgFile, width, height) {
  const svg = readFileSync(svgFile, 'utf8');
  await page.setViewportSize({ width, height });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img style="display:block;width:${width}px;height:${height}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
}

/** ICO: a directory of PNG images (Windows Vista and later read PNG entries). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(([size, png]) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)]);
}

/** ICNS: 'icns' + total length, then typed elements (type, length incl. header, PNG data). */
function icns(elements) {
  const parts = elements.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const icon = join(assets, 'icon.svg');
  const png = new Map();
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) {
    png.set(size, await rasterize(page, icon, size, size));
  }
  mkdirSync(join(assets, 'build', 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(assets, 'build', 'icons', `${size}x${size}.png`), png.get(size));
  writeFileSync(join(assets, 'build', 'icon.ico'), ico(ICO_SIZES.map((size) => [size, png.get(size)])));
  writeFileSync(join(assets, 'build', 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => [type, png.get(size)])));
  writeFileSync(join(assets, 'icon.png'), png.get(512));
  // The report logo prints about 3 cm wide; 600 px keeps it sharp.
  writeFileSync(join(assets, 'report-logo.png'), await rasterize(page, join(assets, 'report-logo.svg'), 600, 600));
} finally {
  await browser.close();
}
