import { de } from './de';
import { en } from './en';
import { gapMessages } from '../phases/gap/messages';
import { questionnaireMessages } from '../phases/gap/questionnaire/messages';
import { riskMessages } from '../phases/risk/messages';
import { governanceMessages } from '../phases/governance/messages';
import { integrationMessages } from '../phases/integration/messages';
import { auditMessages } from '../phases/audit/messages';
import { overviewMessages } from '../phases/overview/messages';
import { actionsMessages } from '../phases/actions/messages';
import { reportsMessages } from '../phases/reports/messages';

/**
 * Every UI text: the frame's (en.ts, de.ts) and each phase's own file under its namespace, so phases are
 * written side by side without touching one shared file.
 */
const PHASE_MESSAGES = {
  overview: overviewMessages,
  gap: gapMessages,
  questionnaire: questionnaireMessages,
  risk: riskMessages,
  governance: governanceMessages,
  integration: integrationMessages,
  audit: auditMessages,
  actions: actionsMessages,
  reports: reportsMessages,
};

const pick = (lang: 'de' | 'en') =>
  Object.fromEntries(
    Object.entries(PHASE_MESSAGES).map(([namespace, messages]) => [namespace, messages[lang]]),
  );

export const MESSAGES = {
  de: { ...de, ...pick('de') },
  en: { ...en, ...pick('en') },
};
