import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRM_LOGO, logoDataUri } from '../../../electron/report/logos';

const ASSETS = resolve(__dirname, '../../../assets');
const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('assets/ (rendered from the SVG sources by scripts/icons.mjs)', () => {
  it('has the Linux icon set in every size its file name says', () => {
    const files = readdirSync(join(ASSETS, 'build', 'icons'));
    expect(files.sort()).toEqual([
      '1024x1024.png',
      '128x128.png',
      '16x16.png',
      '24x24.png',
      '256x256.png',
      '32x32.png',
      '48x48.png',
      '512x512.png',
      '64x64.png',
    ]);
    for (const file of files) {
      const size = Number(file.split('x')[0]);
      expect(pngSize(readFileSync(join(ASSETS, 'build', 'icons', file)))).toEqual([size, size]);
    }
    expect(pngSize(readFileSync(join(ASSETS, 'icon.png')))).toEqual([512, 512]);
  });

  it('has a Windows icon with PNG images from 16 to 256 pixels', () => {
    const ico = readFileSync(join(ASSETS, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const offset = ico.readUInt32LE(entry + 12);
      const [width] = pngSize(ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)));
      expect(ico[entry] || 256).toBe(width);
      return width;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS icon whose elements are PNGs up to 1024 pixels', () => {
    const icns = readFileSync(join(ASSETS, 'build', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.subarray(offset, offset + 4).toString('latin1'));
      pngSize(icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)));
    }
    expect(types).toContain('ic10');
    expect(types).toContain('ic07');
  });

  it('has a default report logo that the report accepts', () => {
    expect(logoDataUri('firm logo', DEFAULT_FIRM_LOGO())).toMatch(/^data:image\/png;base64,/);
  });
});
