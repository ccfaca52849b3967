import type { ReportContext } from '../context';
import { formatPeriod } from '../format';
import type { ReportModel, ReportType, Section } from '../model';

type Front = Pick<ReportModel, 'meta' | 'theme' | 'chrome' | 'cover'>;

/** The consultancy as the report names it: the branding's firm name, else the engagement's. */
const firmOf = (ctx: ReportContext): string =>
  ctx.data.branding.firmName.trim() || ctx.data.engagement.firm.trim();

/** PDF metadata, branding, running header and footer, and the cover page. */
export function front(ctx: ReportContext, type: ReportType): Front {
  const { data, s } = ctx;
  const { engagement, branding } = data;
  const title = s.titles[type];
  const firm = firmOf(ctx);
  const author = engagement.consultant.trim() || firm;
  const confidentiality = branding.confidentiality.trim() || s.confidential;
  return {
    meta: {
      title: `${title} – ${engagement.clientName}`,
      subject: s.subjects[type],
      author,
      keywords: s.keywords,
      language: ctx.lang === 'de' ? 'de-DE' : 'en-GB',
      creator: s.creator,
      date: ctx.now,
    },
    theme: {
      primary: branding.primaryColor,
      accent: branding.accentColor,
      firmLogo: data.logos.firm,
      clientLogo: data.logos.client,
    },
    chrome: {
      header: engagement.clientName,
      headerRight: title,
      footer: [firm, branding.footerText.trim()].filter((part) => part !== '').join(' · '),
      confidentiality,
      pageOf: s.pageOf,
    },
    cover: {
      kicker: s.standard,
      title,
      client: engagement.clientName,
      subtitle: `${s.preparedFor} ${engagement.clientName}`,
      facts: [
        { label: s.cover.date, value: ctx.date },
        { label: s.cover.version, value: ctx.version },
        { label: s.cover.author, value: ctx.orNone(author) },
        { label: s.cover.firm, value: ctx.orNone(firm) },
        {
          label: s.cover.engagement,
          value: formatPeriod(engagement.startDate, engagement.endDate, ctx.lang),
        },
      ],
      firm,
      confidentiality,
    },
  };
}

/** Version history and distribution list. The workbook keeps no history, so the issue at hand is the one row. */
export function documentControl(ctx: ReportContext): Section {
  const { data, s } = ctx;
  const c = s.control;
  const firm = firmOf(ctx);
  const people = new Map<string, { role: string; organisation: string }>();
  if (data.engagement.consultant.trim() !== '') {
    people.set(data.engagement.consultant, { role: c.consultant, organisation: firm });
  }
  for (const a of data.attendees) {
    if (!people.has(a.name)) people.set(a.name, { role: a.role, organisation: a.organisation });
  }
  return {
    id: 'document-control',
    number: null,
    title: c.title,
    blocks: [
      { kind: 'heading', text: c.history },
      {
        kind: 'table',
        columns: [
          { header: c.version, width: 1 },
          { header: c.date, width: 1.4 },
          { header: c.author, width: 2 },
          { header: c.change, width: 4 },
        ],
        rows: [
          [
            { text: ctx.version },
            { text: ctx.date },
            { text: ctx.orNone(data.engagement.consultant) },
            { text: c.issued },
          ],
        ],
        empty: s.none,
      },
      { kind: 'heading', text: c.distribution },
      {
        kind: 'table',
        columns: [
          { header: c.name, width: 2 },
          { header: c.role, width: 2.5 },
          { header: c.organisation, width: 2.5 },
        ],
        rows: [...people].map(([name, p]) => [
          { text: name },
          { text: ctx.orNone(p.role) },
          { text: ctx.orNone(p.organisation) },
        ]),
        empty: c.noDistribution,
      },
    ],
  };
}
