import type { Text } from '../types';
import type { AiActRegimeId, ByRegime } from './types';

/**
 * Annex I: Union harmonisation legislation (route 1, Art. 6(1)). The list of fields is [V] S7 (fact sheet §5.3).
 * Section A: New Legislative Framework acts, the AI Act's high-risk requirements apply in full.
 * Section B: only the provisions named in Art. 2(2) apply; the requirements reach these products through the
 * sectoral legislation.
 * Regulation (EU) 2026/1744 moved machinery (Reg. (EU) 2023/1230) from Section A to Section B [S] S8.
 *
 * [U] The act numbers other than MDR 2017/745, IVDR 2017/746 and machinery 2023/1230 are not in the fact
 * sheet; they are given from the Annex I list as we know it. Verify on EUR-Lex before citing them.
 */
export const ANNEX_I_LEGISLATION_IDS = [
  'machinery',
  'toys',
  'recreational-craft',
  'lifts',
  'atex',
  'radio-equipment',
  'pressure-equipment',
  'cableways',
  'ppe',
  'gas-appliances',
  'medical-devices',
  'in-vitro-diagnostics',
  'civil-aviation-security',
  'two-three-wheel-vehicles',
  'agricultural-forestry-vehicles',
  'marine-equipment',
  'rail-interoperability',
  'motor-vehicles',
  'vehicle-general-safety',
  'civil-aviation',
] as const;
export type AnnexILegislationId = (typeof ANNEX_I_LEGISLATION_IDS)[number];
export type AnnexISection = 'A' | 'B';

export interface AnnexILegislation {
  readonly id: AnnexILegislationId;
  readonly title: Text;
  readonly act: string;
  readonly section: ByRegime<AnnexISection>;
}

const A: ByRegime<AnnexISection> = { 'amended-2026': 'A', 'original-2024': 'A' };
const B: ByRegime<AnnexISection> = { 'amended-2026': 'B', 'original-2024': 'B' };

const item = (
  id: AnnexILegislationId,
  de: string,
  en: string,
  act: string,
  section: ByRegime<AnnexISection>,
): AnnexILegislation => ({ id, title: { de, en }, act, section });

export const ANNEX_I_LEGISLATION: readonly AnnexILegislation[] = [
  // Original: Section A point 1 (Directive 2006/42/EC, replaced by Reg. (EU) 2023/1230).
  // Amended: Section A point 1 deleted, machinery now Section B (Reg. (EU) 2023/1230) [S] S8.
  item('machinery', 'Maschinen', 'Machinery', 'Directive 2006/42/EC / Regulation (EU) 2023/1230', {
    'amended-2026': 'B',
    'original-2024': 'A',
  }),
  item('toys', 'Spielzeug', 'Toys', 'Directive 2009/48/EC', A),
  item('recreational-craft', 'Sportboote und Wassermotorräder', 'Recreational craft', 'Directive 2013/53/EU', A),
  item('lifts', 'Aufzüge', 'Lifts', 'Directive 2014/33/EU', A),
  item(
    'atex',
    'Geräte und Schutzsysteme in explosionsgefährdeten Bereichen (ATEX)',
    'Equipment for potentially explosive atmospheres (ATEX)',
    'Directive 2014/34/EU',
    A,
  ),
  item('radio-equipment', 'Funkanlagen', 'Radio equipment', 'Directive 2014/53/EU', A),
  item('pressure-equipment', 'Druckgeräte', 'Pressure equipment', 'Directive 2014/68/EU', A),
  item('cableways', 'Seilbahnen', 'Cableway installations', 'Regulation (EU) 2016/424', A),
  item('ppe', 'Persönliche Schutzausrüstung', 'Personal protective equipment', 'Regulation (EU) 2016/425', A),
  item('gas-appliances', 'Geräte zur Verbrennung gasförmiger Brennstoffe', 'Gas appliances', 'Regulation (EU) 2016/426', A),
  item('medical-devices', 'Medizinprodukte (MDR)', 'Medical devices (MDR)', 'Regulation (EU) 2017/745', A),
  item(
    'in-vitro-diagnostics',
    'In-vitro-Diagnostika (IVDR)',
    'In vitro diagnostic medical devices (IVDR)',
    'Regulation (EU) 2017/746',
    A,
  ),
  item('civil-aviation-security', 'Sicherheit der Zivilluftfahrt', 'Civil aviation security', 'Regulation (EC) No 300/2008', B),
  item(
    'two-three-wheel-vehicles',
    'Zwei- oder dreirädrige Fahrzeuge und Quads',
    'Two- or three-wheel vehicles and quadricycles',
    'Regulation (EU) No 168/2013',
    B,
  ),
  item(
    'agricultural-forestry-vehicles',
    'Land- und forstwirtschaftliche Fahrzeuge',
    'Agricultural and forestry vehicles',
    'Regulation (EU) No 167/2013',
    B,
  ),
  item('marine-equipment', 'Schiffsausrüstung', 'Marine equipment', 'Directive 2014/90/EU', B),
  item(
    'rail-interoperability',
    'Interoperabilität des Eisenbahnsystems',
    'Interoperability of the rail system',
    'Directive (EU) 2016/797',
    B,
  ),
  item(
    'motor-vehicles',
    'Kraftfahrzeuge und Kraftfahrzeuganhänger (Typgenehmigung)',
    'Motor vehicles and their trailers (type approval)',
    'Regulation (EU) 2018/858',
    B,
  ),
  item(
    'vehicle-general-safety',
    'Allgemeine Sicherheit von Kraftfahrzeugen',
    'General safety of motor vehicles',
    'Regulation (EU) 2019/2144',
    B,
  ),
  item(
    'civil-aviation',
    'Zivilluftfahrt / EASA (einschließlich unbemannter Luftfahrzeuge)',
    'Civil aviation / EASA (including unmanned aircraft)',
    'Regulation (EU) 2018/1139',
    B,
  ),
];

export function annexILegislation(id: AnnexILegislationId): AnnexILegislation {
  const l = ANNEX_I_LEGISLATION.find((x) => x.id === id);
  if (!l) throw new Error(`unknown Annex I legislation ${id}`);
  return l;
}

export function annexISection(id: AnnexILegislationId, regime: AiActRegimeId): AnnexISection {
  return annexILegislation(id).section[regime];
}

/**
 * Art. 6(1a)–(1c) as inserted by Reg. (EU) 2026/1744 [S] S8: a system used solely for non-safety aspects
 * (user assistance, performance optimisation, service efficiency, automation, convenience, quality control)
 * is no safety component unless its failure would endanger health or safety; third-party assessment solely
 * for risks other than health and safety (e.g. radio spectrum) does not satisfy Art. 6(1)(b).
 */
export const SAFETY_COMPONENT_NARROWING: Text = {
  de: 'Seit dem Omnibus (Art. 6 Abs. 1a–1c) ist ein System, das nur der Nutzerunterstützung, Leistungsoptimierung, Effizienz, Automatisierung, Bequemlichkeit oder Qualitätskontrolle dient, kein Sicherheitsbauteil – es sei denn, sein Ausfall würde Gesundheit oder Sicherheit gefährden.',
  en: 'Since the Omnibus (Art. 6(1a)–(1c)) a system used only for user assistance, performance optimisation, efficiency, automation, convenience or quality control is not a safety component, unless its failure would endanger health or safety.',
};
