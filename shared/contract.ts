import { z } from 'zod';
import { CatalogItemSchema } from './contract/catalog';
import { channel, crudChannels, editChannel, onWorkbook, type ChannelDef } from './contract/define';
import { exchangeChannels } from './contract/exchange';
import { reportChannels } from './contract/report';
import { settingsChannels } from './contract/settings';
import { UndoStateSchema, workbookChannels } from './contract/workbook';
import { ListChangeSchema } from './listChange';
import { ERROR_CODES } from './result';
import { ActionCreateSchema, ActionPatchSchema, ActionSchema } from './schemas/action';
import { AssessmentPatchSchema, AssessmentSchema, EvidenceSchema } from './schemas/assessment';
import * as audit from './schemas/audit';
import { BrandingPatchSchema, BrandingSchema, LogoSlotSchema } from './schemas/branding';
import { IdSchema, ItemIdSchema, LongText, ShortText } from './schemas/common';
import * as eng from './schemas/engagement';
import { EvidenceKindSchema } from './schemas/enums';
import * as gov from './schemas/governance';
import * as integ from './schemas/integration';
import * as risk from './schemas/risk';

/**
 * The one contract between renderer and main: every channel `aggregate:verb` with one object payload,
 * its input and output schemas. ipc.ts, the preload, the e2e test host and the renderer's api are all
 * generated from this map, so no operation exists outside it.
 */
export const contract = {
  ...workbookChannels,
  ...exchangeChannels,
  ...reportChannels,
  ...settingsChannels,
  'catalog:items': channel(onWorkbook({}), z.array(CatalogItemSchema)),

  'engagement:get': channel(onWorkbook({}), eng.EngagementSchema),
  'engagement:update': editChannel(
    onWorkbook({ patch: eng.EngagementPatchSchema.strict() }),
    eng.EngagementSchema,
  ),
  ...crudChannels('session', {
    record: eng.WorkshopSessionSchema,
    create: eng.WorkshopSessionCreateSchema,
    patch: eng.WorkshopSessionPatchSchema,
  }),
  ...crudChannels('attendee', {
    record: eng.AttendeeSchema,
    create: eng.AttendeeCreateSchema,
    patch: eng.AttendeePatchSchema,
  }),

  'assessment:list': channel(onWorkbook({}), z.array(AssessmentSchema)),
  'assessment:update': editChannel(
    onWorkbook({ itemId: ItemIdSchema, patch: AssessmentPatchSchema.strict() }),
    AssessmentSchema,
  ),
  'evidence:list': channel(onWorkbook({}), z.array(EvidenceSchema)),
  'evidence:create': editChannel(
    onWorkbook({
      itemId: ItemIdSchema,
      kind: EvidenceKindSchema,
      title: ShortText.min(1),
      reference: ShortText,
    }),
    EvidenceSchema,
  ),
  /** Main asks for the file with its own dialog; null when the user cancels. */
  'evidence:attach': editChannel(
    onWorkbook({ itemId: ItemIdSchema, kind: EvidenceKindSchema }),
    EvidenceSchema.nullable(),
  ),
  'evidence:delete': editChannel(onWorkbook({ id: IdSchema }), z.object({ id: IdSchema })),

  ...crudChannels('aiSystem', {
    record: risk.AiSystemSchema,
    create: risk.AiSystemCreateSchema,
    patch: risk.AiSystemPatchSchema,
  }),
  'classification:list': channel(onWorkbook({}), z.array(risk.ClassificationSchema)),
  /** Records the questionnaire answers; main computes the result with the domain rules and stores both. */
  'classification:save': editChannel(
    onWorkbook({
      aiSystemId: IdSchema,
      answers: z.record(z.string(), z.unknown()),
      rationaleNote: LongText,
    }),
    risk.ClassificationSchema,
  ),
  ...crudChannels('risk', {
    record: risk.RiskSchema,
    create: risk.RiskCreateSchema,
    patch: risk.RiskPatchSchema,
  }),
  ...crudChannels('impact', {
    record: risk.ImpactAssessmentSchema,
    create: risk.ImpactAssessmentCreateSchema,
    patch: risk.ImpactAssessmentPatchSchema,
  }),

  ...crudChannels('role', {
    record: gov.RoleSchema,
    create: gov.RoleCreateSchema,
    patch: gov.RolePatchSchema,
  }),
  ...crudChannels('raciActivity', {
    record: gov.RaciActivitySchema,
    create: gov.RaciActivityCreateSchema,
    patch: gov.RaciActivityPatchSchema,
  }),
  'raci:list': channel(onWorkbook({}), z.array(gov.RaciCellSchema)),
  'raci:set': editChannel(
    onWorkbook({ activityId: IdSchema, roleId: IdSchema, value: gov.RaciCellSchema.shape.value.nullable() }),
    z.array(gov.RaciCellSchema),
  ),
  ...crudChannels('policy', {
    record: gov.PolicySectionSchema,
    create: gov.PolicySectionCreateSchema,
    patch: gov.PolicySectionPatchSchema,
  }),
  ...crudChannels('objective', {
    record: gov.ObjectiveSchema,
    create: gov.ObjectiveCreateSchema,
    patch: gov.ObjectivePatchSchema,
  }),
  ...crudChannels('competence', {
    record: gov.CompetenceSchema,
    create: gov.CompetenceCreateSchema,
    patch: gov.CompetencePatchSchema,
  }),
  'soa:list': channel(onWorkbook({}), z.array(gov.SoaEntrySchema)),
  'soa:update': editChannel(
    onWorkbook({ controlId: ItemIdSchema, patch: gov.SoaPatchSchema.strict() }),
    gov.SoaEntrySchema,
  ),

  ...crudChannels('managementSystem', {
    record: integ.ManagementSystemSchema,
    create: integ.ManagementSystemCreateSchema,
    patch: integ.ManagementSystemPatchSchema,
  }),
  'coverage:list': channel(onWorkbook({}), z.array(integ.CoverageSchema)),
  'coverage:set': editChannel(
    onWorkbook({ ...integ.CoverageSchema.shape, covered: z.boolean() }),
    z.array(integ.CoverageSchema),
  ),

  ...crudChannels('document', {
    record: audit.DocumentSchema,
    create: audit.DocumentCreateSchema,
    patch: audit.DocumentPatchSchema,
  }),
  ...crudChannels('audit', {
    record: audit.AuditSchema,
    create: audit.AuditCreateSchema,
    patch: audit.AuditPatchSchema,
  }),
  ...crudChannels('review', {
    record: audit.ManagementReviewSchema,
    create: audit.ManagementReviewCreateSchema,
    patch: audit.ManagementReviewPatchSchema,
  }),
  ...crudChannels('nonconformity', {
    record: audit.NonconformitySchema,
    create: audit.NonconformityCreateSchema,
    patch: audit.NonconformityPatchSchema,
  }),
  ...crudChannels('action', { record: ActionSchema, create: ActionCreateSchema, patch: ActionPatchSchema }),

  'branding:get': channel(onWorkbook({}), BrandingSchema),
  'branding:update': editChannel(onWorkbook({ patch: BrandingPatchSchema.strict() }), BrandingSchema),
  /** Main asks for the image with its own dialog and validates it; null when the user cancels. */
  'branding:attachLogo': editChannel(onWorkbook({ slot: LogoSlotSchema }), BrandingSchema.nullable()),
  'branding:removeLogo': editChannel(onWorkbook({ slot: LogoSlotSchema }), BrandingSchema),
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];
/** The operations that change the open workbook: each call is one user action that undo takes back whole. */
export const EDIT_CHANNELS = CHANNELS.filter((name) => contract[name].edits);

/**
 * Main → renderer events. `workbook:changed` names the aggregates an edit, undo or redo touched (read from the
 * change log), how their lists changed, so views update only those without asking again, and what undo and redo
 * would do next.
 */
export const events = {
  'workbook:changed': z.object({
    wb: IdSchema,
    /** Rises with every event: one that arrives after a later one is read again rather than applied. */
    seq: z.number().int().min(1),
    aggregates: z.array(z.string()),
    history: UndoStateSchema,
    /** Per changed aggregate with a list: how its list changed (shared/listChange.ts); others are read again. */
    lists: z.record(z.string(), ListChangeSchema),
  }),
  /** A workbook given on the command line or by the OS was opened (or could not be). */
  'app:openRequested': z.union([
    z.object({ summary: workbookChannels['workbook:openRecent'].output }),
    z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
  ]),
  'menu:command': z.object({
    command: z.enum([
      'new',
      'open',
      'close',
      'saveCopy',
      'exportPdf',
      'undo',
      'redo',
      'language-de',
      'language-en',
      'workshopMode',
    ]),
  }),
};
export type AppEvent = keyof typeof events;
export const EVENTS = Object.keys(events) as AppEvent[];
export type EventPayload<E extends AppEvent> = z.output<(typeof events)[E]>;
