import type { Branding } from '../../../shared/schemas/branding';
import type { Db } from '../sql';
import { defineTable, getRecord, updateRecord, writeRecord } from '../table';

type LogoSlot = 'firm' | 'client';

interface BrandingRow {
  id: number;
  firmName: string;
  primaryColor: string;
  accentColor: string;
  footerText: string;
  confidentiality: string;
  disclaimer: string;
  firmLogo: Uint8Array | null;
  firmLogoMime: string | null;
  clientLogo: Uint8Array | null;
  clientLogoMime: string | null;
}

const spec = defineTable<BrandingRow>({
  table: 'branding',
  entity: 'branding',
  key: ['id'],
  columns: {
    id: 'int',
    firmName: 'text',
    primaryColor: 'text',
    accentColor: 'text',
    footerText: 'text',
    confidentiality: 'text',
    disclaimer: 'text',
    firmLogo: 'blob',
    firmLogoMime: 'text',
    clientLogo: 'blob',
    clientLogoMime: 'text',
  },
});

const logoInfo = (bytes: Uint8Array | null, mimeType: string | null) =>
  bytes && mimeType ? { mimeType, size: bytes.byteLength } : null;

const toBranding = (row: BrandingRow): Branding => ({
  firmName: row.firmName,
  primaryColor: row.primaryColor,
  accentColor: row.accentColor,
  footerText: row.footerText,
  confidentiality: row.confidentiality,
  disclaimer: row.disclaimer,
  firmLogo: logoInfo(row.firmLogo, row.firmLogoMime),
  clientLogo: logoInfo(row.clientLogo, row.clientLogoMime),
});

export const getBranding = (db: Db): Branding => toBranding(getRecord(db, spec, { id: 1 }));

export const updateBranding = (db: Db, patch: Partial<Omit<Branding, 'firmLogo' | 'clientLogo'>>): Branding =>
  toBranding(updateRecord(db, spec, { id: 1 }, patch));

/** Stores (or with null removes) a logo; the caller has validated the image. */
export function setLogo(db: Db, slot: LogoSlot, logo: { mimeType: string; bytes: Uint8Array } | null): Branding {
  const patch: Partial<BrandingRow> =
    slot === 'firm'
      ? { firmLogo: logo?.bytes ?? null, firmLogoMime: logo?.mimeType ?? null }
      : { clientLogo: logo?.bytes ?? null, clientLogoMime: logo?.mimeType ?? null };
  return toBranding(updateRecord(db, spec, { id: 1 }, patch));
}

export function getLogo(db: Db, slot: LogoSlot): { mimeType: string; bytes: Uint8Array } | null {
  const row = getRecord(db, spec, { id: 1 });
  const bytes = slot === 'firm' ? row.firmLogo : row.clientLogo;
  const mimeType = slot === 'firm' ? row.firmLogoMime : row.clientLogoMime;
  return bytes && mimeType ? { mimeType, bytes } : null;
}

export function seedBranding(db: Db, firmName: string): void {
  writeRecord(db, spec, {
    id: 1,
    firmName,
    primaryColor: '#1F3A5F',
    accentColor: '#C8102E',
    footerText: '',
    confidentiality: '',
    disclaimer: '',
    firmLogo: null,
    firmLogoMime: null,
    clientLogo: null,
    clientLogoMime: null,
  });
}
