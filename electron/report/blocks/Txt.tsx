import { Text, View, type TextProps } from '@react-pdf/renderer';
import type { PropsWithChildren } from 'react';
import { useReportStyle } from '../ReportContext';

/** Higher than react-pdf's 600 for ragged text: break before a word rather than inside it where a line allows. */
const HYPHENATION_PENALTY = 3000;

type TxtProps = PropsWithChildren<Omit<TextProps, 'hyphenationCallback'>>;

/**
 * Text with the report language's hyphenation, so long compounds break instead of overflowing. A text
 * with line breaks becomes one <Text> per line inside a <View> carrying the style (text styles inherit):
 * react-pdf has no glyph for '\n' in the embedded fonts and would pull in a non-embedded Helvetica for it.
 */
export function Txt(props: TxtProps) {
  const { hyphenation } = useReportStyle();
  const { children, style, ...rest } = props;
  if (typeof children === 'string' && children.includes('\n')) {
    return (
      <View
        style={style}
        {...(rest.minPresenceAhead === undefined ? {} : { minPresenceAhead: rest.minPresenceAhead })}
      >
        {children.split('\n').map((line, i) => (
          <Text key={i} hyphenationCallback={hyphenation} hyphenationPenalty={HYPHENATION_PENALTY}>
            {line === '' ? ' ' : line}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <Text {...rest} style={style} hyphenationCallback={hyphenation} hyphenationPenalty={HYPHENATION_PENALTY}>
      {children}
    </Text>
  );
}
