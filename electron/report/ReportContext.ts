import { createContext, useContext } from 'react';
import type { ReportModel } from '../../shared/report/model';
import { inkFor, textOn } from './theme';

/** What every component of one report shares: the branding colours, the fonts and the language's hyphenation. */
export interface ReportStyle {
  readonly primary: string;
  /** The primary colour, or ink when the primary is too pale to read as text. */
  readonly primaryInk: string;
  /** Text colour on a primary fill. */
  readonly onPrimary: string;
  readonly accent: string;
  readonly hyphenation: (word: string) => string[];
  /** The font families of the report's text, in fallback order. */
  readonly fonts: readonly string[];
}

export function reportStyle({
  theme,
  hyphenation,
  fonts,
}: {
  theme: ReportModel['theme'];
  hyphenation: (word: string) => string[];
  fonts: readonly string[];
}): ReportStyle {
  return {
    primary: theme.primary,
    primaryInk: inkFor(theme.primary),
    onPrimary: textOn(theme.primary),
    accent: theme.accent,
    hyphenation,
    fonts,
  };
}

const Context = createContext<ReportStyle | null>(null);
export const ReportStyleProvider = Context.Provider;

export function useReportStyle(): ReportStyle {
  const style = useContext(Context);
  if (!style) throw new Error('report components need a ReportStyleProvider');
  return style;
}
