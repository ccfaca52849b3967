import type { ReportContext } from '../context';
import { fill, formatDate } from '../format';
import type { Block, Section } from '../model';

/** Standards whose clause numbers the catalogue maps on the harmonized structure. */
const HS_STANDARDS = ['iso27001', 'iso9001', 'iso37301'] as const;

/** Existing management systems, what they already cover, and the reuse the harmonized structure offers. */
export function integration(ctx: ReportContext, number: string): Section {
  const { data, s, lang } = ctx;
  const t = s.integration;
  const coveredBy = new Map<string, number>();
  for (const c of data.coverage)
    coveredBy.set(c.managementSystemId, (coveredBy.get(c.managementSystemId) ?? 0) + 1);
  const systemName = new Map(data.managementSystems.map((m) => [m.id, m.name]));
  const clauses = data.catalog.filter((item) => item.kind === 'clause');
  const present = HS_STANDARDS.filter((std) => data.managementSystems.some((m) => m.standard === std));
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'lead', text: t.lead },
    { kind: 'heading', text: t.systems },
    {
      kind: 'table',
      columns: [
        { header: t.standard, width: 1.5 },
        { header: t.name, width: 2.6 },
        { header: t.certificate, width: 2 },
        { header: t.validUntil, width: 1.3 },
        { header: t.covered, width: 1 },
      ],
      rows: data.managementSystems.map((m) => [
        { text: t.standards[m.standard], bold: true },
        { text: [m.name, m.certificationBody].filter((x) => x.trim()).join('\n') },
        {
          text: t.certificates[m.certificateStatus],
          tone: m.certificateStatus === 'certified' ? 'good' : undefined,
        },
        { text: formatDate(m.validUntil, lang) },
        { text: String(coveredBy.get(m.id) ?? 0) },
      ]),
      empty: t.noSystems,
    },
    { kind: 'heading', text: t.coverage },
    {
      kind: 'table',
      columns: [
        { header: s.findings.id, width: 0.9 },
        { header: t.requirement, width: 3.6 },
        { header: t.by, width: 2.6 },
        { header: t.reference, width: 1.6 },
      ],
      rows: data.coverage.map((c) => [
        { text: c.itemId, bold: true },
        { text: ctx.itemTitle(c.itemId) },
        { text: [systemName.get(c.managementSystemId) ?? s.none, c.note.trim()].filter((x) => x).join('\n') },
        { text: ctx.orNone(c.reference) },
      ]),
      empty: t.noCoverage,
    },
  ];
  if (present.length > 0) {
    blocks.push({ kind: 'heading', text: t.reuse });
    blocks.push({
      kind: 'bullets',
      items: present.map((std) =>
        fill(t.reuseText, {
          count: clauses.filter((item) => item.hs[std] !== undefined).length,
          total: clauses.length,
          standard: t.standards[std],
        }),
      ),
    });
  }
  return { id: 'integration', number, title: t.title, blocks };
}
