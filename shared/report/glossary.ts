import type { Text } from '../catalog/types';

/** Terms a client reader meets in the reports, explained in our own words. */
export const GLOSSARY: readonly { readonly term: Text; readonly definition: Text }[] = [
  {
    term: { de: 'KIMS', en: 'AIMS' },
    definition: {
      de: 'KI-Managementsystem: Politik, Ziele, Rollen und Prozesse, mit denen eine Organisation KI verantwortungsvoll entwickelt, bereitstellt oder nutzt (ISO/IEC 42001).',
      en: 'AI management system: the policy, objectives, roles and processes through which an organisation develops, provides or uses AI responsibly (ISO/IEC 42001).',
    },
  },
  {
    term: { de: 'Anhang A', en: 'Annex A' },
    definition: {
      de: 'Normativer Anhang der ISO/IEC 42001 mit 38 Referenzmaßnahmen in neun Themen (A.2–A.10).',
      en: 'Normative annex of ISO/IEC 42001 with 38 reference controls in nine topics (A.2–A.10).',
    },
  },
  {
    term: { de: 'Erklärung zur Anwendbarkeit (SoA)', en: 'Statement of Applicability (SoA)' },
    definition: {
      de: 'Dokument nach 6.1.3, das für jede Maßnahme aus Anhang A festhält, ob sie angewendet wird, und dies begründet.',
      en: 'Document required by 6.1.3 recording for every Annex A control whether it applies, and why.',
    },
  },
  {
    term: { de: 'Reifegrad', en: 'Maturity' },
    definition: {
      de: 'Einstufung von 0 (nicht vorhanden) bis 5 (optimierend), wie weit eine Anforderung gelebte Praxis ist.',
      en: 'Rating from 0 (incomplete) to 5 (optimizing) of how far a requirement is established practice.',
    },
  },
  {
    term: { de: 'Nichtkonformität', en: 'Nonconformity' },
    definition: {
      de: 'Nichterfüllung einer Anforderung; wesentlich, wenn sie die Wirksamkeit des Managementsystems in Frage stellt.',
      en: 'A requirement not fulfilled; major when it puts the effectiveness of the management system in doubt.',
    },
  },
  {
    term: { de: 'Stufe 1 / Stufe 2', en: 'Stage 1 / Stage 2' },
    definition: {
      de: 'Die beiden Teile des Zertifizierungsaudits: Prüfung der Dokumentation und Bereitschaft, dann Prüfung der Wirksamkeit vor Ort.',
      en: 'The two parts of the certification audit: review of documentation and readiness, then review of effectiveness on site.',
    },
  },
  {
    term: { de: 'KI-Verordnung', en: 'EU AI Act' },
    definition: {
      de: 'Verordnung (EU) 2024/1689 über künstliche Intelligenz, geändert durch die Verordnung (EU) 2026/1744.',
      en: 'Regulation (EU) 2024/1689 on artificial intelligence, as amended by Regulation (EU) 2026/1744.',
    },
  },
  {
    term: { de: 'Hochrisiko-KI-System', en: 'High-risk AI system' },
    definition: {
      de: 'KI-System nach Art. 6 KI-VO (Sicherheitsbauteil nach Anhang I oder Anwendungsfall nach Anhang III) mit den Pflichten aus Kapitel III.',
      en: 'AI system under Art. 6 of the AI Act (safety component under Annex I or use case under Annex III), bound by the duties of Chapter III.',
    },
  },
  {
    term: { de: 'GRFA (FRIA)', en: 'FRIA' },
    definition: {
      de: 'Grundrechte-Folgenabschätzung, die bestimmte Betreiber von Hochrisiko-KI-Systemen nach Art. 27 KI-VO vor der Inbetriebnahme durchführen.',
      en: 'Fundamental rights impact assessment that certain deployers of high-risk AI systems carry out before first use (Art. 27 AI Act).',
    },
  },
  {
    term: { de: 'DSFA (DPIA)', en: 'DPIA' },
    definition: {
      de: 'Datenschutz-Folgenabschätzung nach Art. 35 DSGVO.',
      en: 'Data protection impact assessment under Art. 35 GDPR.',
    },
  },
  {
    term: { de: 'Inhärentes Risiko / Restrisiko', en: 'Inherent / residual risk' },
    definition: {
      de: 'Risiko vor und nach der Behandlung, jeweils bewertet nach Eintrittswahrscheinlichkeit und Auswirkung.',
      en: 'Risk before and after treatment, each rated by likelihood and impact.',
    },
  },
  {
    term: { de: 'Harmonisierte Struktur', en: 'Harmonized structure' },
    definition: {
      de: 'Gemeinsamer Aufbau der ISO-Managementsystemnormen (Abschnitte 4–10), der die Integration etwa mit ISO/IEC 27001 erleichtert.',
      en: 'Common layout of ISO management system standards (clauses 4–10) that eases integration, e.g. with ISO/IEC 27001.',
    },
  },
];
