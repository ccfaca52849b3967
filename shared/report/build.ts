import type { Lang } from '../catalog/types';
import { assertNever } from '../domain/assertNever';
import { createContext, type ReportContext } from './context';
import type { ReportData, ReportOptions } from './input';
import type { ReportModel, ReportType, Section } from './model';
import { glossary, sessionsAppendix } from './sections/appendix';
import { documentsStatus } from './sections/documents';
import { findings } from './sections/findings';
import { documentControl, front } from './sections/front';
import { integration } from './sections/integration';
import { inventory } from './sections/inventory';
import { scopeAndMethod } from './sections/method';
import { evidenceRequests, minutesSections } from './sections/minutes';
import { radarBlock, results } from './sections/results';
import { heatmapBlock, riskRegister } from './sections/risks';
import { roadmap } from './sections/roadmap';
import { statementOfApplicability } from './sections/soa';
import { REPORT_STRINGS } from './strings';
import { managementSummary } from './sections/summary';

/** The sections of each report type, in reading order (the issue lists what each deliverable holds). */
function sectionsOf(ctx: ReportContext, type: ReportType): Section[] {
  switch (type) {
    case 'full':
      return [
        documentControl(ctx),
        managementSummary(ctx, '1'),
        scopeAndMethod(ctx, '2'),
        results(ctx, '3'),
        findings(ctx, '4'),
        inventory(ctx, '5'),
        riskRegister(ctx, '6'),
        statementOfApplicability(ctx, '7'),
        integration(ctx, '8'),
        documentsStatus(ctx, '9'),
        roadmap(ctx, '10'),
        glossary(ctx, 'A'),
        sessionsAppendix(ctx, 'B'),
      ];
    case 'summary':
      return [
        managementSummary(ctx, '1'),
        {
          id: 'glance',
          number: '2',
          title: ctx.s.summary.glance,
          blocks: [radarBlock(ctx), heatmapBlock(ctx)],
        },
      ];
    case 'soa':
      return [documentControl(ctx), statementOfApplicability(ctx, '1')];
    case 'actions':
      return [roadmap(ctx, '1')];
    case 'minutes': {
      const sessions = minutesSections(ctx);
      const none: Section[] = [
        {
          id: 'sessions',
          number: null,
          title: ctx.s.appendix.sessions,
          blocks: [{ kind: 'paragraph', text: ctx.s.appendix.noSessions }],
        },
      ];
      return [...(sessions.length > 0 ? sessions : none), evidenceRequests(ctx, String(sessions.length + 1))];
    }
    default:
      return assertNever(type, 'report type');
  }
}

/**
 * Builds the model of one report from workbook data: pure, deterministic for the same data and `now`,
 * and made only of strings, numbers and arrays, so it can be snapshot-tested and handed to a renderer.
 */
export function buildReportModel(data: ReportData, options: ReportOptions): ReportModel {
  const ctx = createContext(data, {
    lang: options.lang,
    now: options.now,
    version: options.version ?? '1.0',
  });
  return {
    type: options.type,
    lang: options.lang,
    ...front(ctx, options.type),
    contents: options.type === 'full' ? ctx.s.contents : null,
    sections: sectionsOf(ctx, options.type),
  };
}

/** A file name for the save dialog: client and report title, without characters file systems refuse. */
export function reportFileName(clientName: string, type: ReportType, lang: Lang): string {
  const name = `${clientName} - ${REPORT_STRINGS[lang].titles[type]}`;
  const safe = [...name].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('');
  return `${safe.replace(/\s+/g, ' ').trim().slice(0, 120)}.pdf`;
}
