import {
  ORGANISATION_PLACEHOLDER,
  POLICY_TEMPLATE_IDS,
  POLICY_TEMPLATES,
} from '../../../../shared/catalog/policyTemplates';
import type { Lang } from '../../../../shared/catalog/types';
import type { PolicySection } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';

/** Sections in reading order; equal positions (e.g. two created at 0) fall back to their titles. */
export const inPolicyOrder = (sections: readonly PolicySection[]): PolicySection[] =>
  [...sections].sort((a, b) => a.position - b.position || a.title.localeCompare(b.title));

/**
 * Appends the ten standard sections after the existing ones, in the engagement's language with the
 * client's name filled in. Sent one after another so the positions stay in template order.
 */
export async function insertPolicyTemplate(options: {
  sections: readonly PolicySection[];
  lang: Lang;
  organisation: string;
}): Promise<void> {
  const start = options.sections.reduce((max, s) => Math.max(max, s.position + 1), 0);
  for (const [index, id] of POLICY_TEMPLATE_IDS.entries()) {
    const template = POLICY_TEMPLATES[id];
    const data = {
      title: template.title[options.lang],
      body: template.body[options.lang].replaceAll(ORGANISATION_PLACEHOLDER, options.organisation),
      position: start + index,
    };
    if (!(await saveEdit((wb) => api.policy.create({ wb, data })))) return;
  }
}

/** Moves a section one place up (-1) or down (+1) and renumbers every section whose place changed. */
export async function movePolicySection(
  sections: readonly PolicySection[],
  id: string,
  step: -1 | 1,
): Promise<void> {
  const order = inPolicyOrder(sections);
  const from = order.findIndex((s) => s.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return;
  [order[from], order[to]] = [order[to]!, order[from]!];
  for (const [position, section] of order.entries()) {
    if (section.position !== position)
      await saveEdit((wb) => api.policy.update({ wb, id: section.id, patch: { position } }));
  }
}
