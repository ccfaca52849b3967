import type { Tone } from '../../shared/report/model';

/** A4 portrait in points, and the text block every layout and every height estimate works with. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 56,
  marginTop: 66,
  marginBottom: 62,
} as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginX;
export const TEXT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

export const TYPE = {
  body: { size: 9.5, leading: 1.45 },
  table: { size: 8.3, leading: 1.35 },
  small: { size: 7.5, leading: 1.3 },
  heading: { size: 12 },
  title: { size: 18 },
} as const;

export const INK = {
  text: '#1d2530',
  muted: '#5f6b7a',
  rule: '#cfd6de',
  zebra: '#f4f6f9',
  panel: '#eef2f6',
} as const;

/**
 * Tone colours. Every toned value also carries its meaning as text, so a greyscale print loses
 * nothing; the colours only speed up reading on screen and in colour prints.
 */
export const TONE_COLORS: Readonly<Record<Tone, string>> = {
  neutral: '#3b4654',
  good: '#2e7d32',
  info: '#1f5f99',
  warn: '#a85f00',
  bad: '#c0392b',
  critical: '#7b1010',
  muted: '#8a94a0',
};

/**
 * Fills for heatmap cells and roadmap bars: a lightness ramp (light for low, dark for critical), so the
 * order of the bands survives greyscale printing.
 */
export const TONE_FILLS: Readonly<Record<Tone, { fill: string; text: string }>> = {
  neutral: { fill: '#d5dbe2', text: INK.text },
  good: { fill: '#e2efd9', text: INK.text },
  info: { fill: '#bcd3ea', text: INK.text },
  warn: { fill: '#f3d27a', text: INK.text },
  bad: { fill: '#dd8450', text: INK.text },
  critical: { fill: '#9e2a20', text: '#ffffff' },
  muted: { fill: '#eceff2', text: INK.muted },
};

/** Relative luminance of a #rrggbb colour (WCAG), to pick readable text on a branded fill. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** White or dark text, whichever reads better on the fill. */
export const textOn = (fill: string): string => (luminance(fill) > 0.4 ? INK.text : '#ffffff');

/**
 * The branding colour used for headings and text, darkened towards ink when it is too light to read on
 * white (a client's pale yellow must not make the headings vanish).
 */
export function inkFor(hex: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(hex) && luminance(hex) < 0.3 ? hex : INK.text;
}

/**
 * Every content page: the text block inside the margins, with room for the running header and footer
 * (the fonts come from the report's style).
 */
export const pageStyle = {
  color: INK.text,
  fontSize: TYPE.body.size,
  paddingTop: PAGE.marginTop,
  paddingBottom: PAGE.marginBottom,
  paddingHorizontal: PAGE.marginX,
} as const;
