import { createColumnHelper, type ColumnDef, type SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { RISK_STATUS_LABELS } from '../../../../shared/catalog/vocab/risk';
import type { Lang } from '../../../../shared/catalog/types';
import { bandRank, riskBand, riskScore } from '../../../../shared/domain/risk';
import type { Risk } from '../../../../shared/schemas/risk';
import type { Formats } from '../../../i18n/formats';
import { BandPill } from './BandPill';

/**
 * Fixed widths (px) keep columns still while virtual rows come and go; the title takes the rest but
 * never less than TITLE_MIN_WIDTH. The treatment shows in the side form, not here, to leave the title room.
 */
export const COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  ref: 82,
  aiSystem: 140,
  inherent: 124,
  residual: 124,
  status: 104,
  owner: 110,
  dueDate: 100,
  action: 124,
};
export const TITLE_MIN_WIDTH = 220;

/** Columns hidden while the side form takes part of the width. */
export const HIDDEN_BESIDE_FORM = ['aiSystem', 'residual', 'owner', 'dueDate'] as const;

const rated = (likelihood: number | null, impact: number | null) =>
  likelihood === null || impact === null
    ? -1
    : bandRank(riskBand(likelihood, impact)) * 100 + riskScore(likelihood, impact);

const helper = createColumnHelper<Risk>();

// R-9 before R-10. TanStack's 'alphanumeric' splits both strings with a regular expression on every comparison,
// which made re-sorting 2,000 risks after an edit cost a frame and more; a collator compares in place.
const collator = new Intl.Collator('en', { numeric: true });
const byNaturalOrder: SortingFn<Risk> = (a, b, id) =>
  collator.compare(a.getValue<string>(id), b.getValue<string>(id));

export function riskColumns({
  t,
  lang,
  format,
  systemNames,
}: {
  t: TFunction;
  lang: Lang;
  format: Formats;
  systemNames: ReadonlyMap<string, string>;
}): ColumnDef<Risk, never>[] {
  const header = (id: string) => t(`risk.register.columns.${id}`);
  const columns = [
    helper.accessor('ref', { header: header('ref'), sortingFn: byNaturalOrder }),
    helper.accessor('title', { header: header('title'), sortingFn: 'text' }),
    helper.accessor((r) => (r.aiSystemId ? (systemNames.get(r.aiSystemId) ?? '') : ''), {
      id: 'aiSystem',
      header: header('aiSystem'),
      sortingFn: 'text',
    }),
    // Band first, then score: a critical 1×5 ranks above a high 3×4, as the matrix says.
    helper.accessor((r) => rated(r.likelihood, r.impact), {
      id: 'inherent',
      header: header('inherent'),
      sortDescFirst: true,
      cell: ({ row }) => <BandPill likelihood={row.original.likelihood} impact={row.original.impact} />,
    }),
    helper.accessor((r) => rated(r.residualLikelihood, r.residualImpact), {
      id: 'residual',
      header: header('residual'),
      sortDescFirst: true,
      cell: ({ row }) => (
        <BandPill likelihood={row.original.residualLikelihood} impact={row.original.residualImpact} />
      ),
    }),
    helper.accessor((r) => RISK_STATUS_LABELS[r.status].label[lang], {
      id: 'status',
      header: header('status'),
    }),
    helper.accessor('owner', { header: header('owner'), sortingFn: 'text' }),
    helper.accessor((r) => r.dueDate ?? undefined, {
      id: 'dueDate',
      header: header('dueDate'),
      sortUndefined: 'last',
      cell: ({ row }) => (row.original.dueDate ? format.day(row.original.dueDate) : ''),
    }),
  ];
  return columns as ColumnDef<Risk, never>[];
}
