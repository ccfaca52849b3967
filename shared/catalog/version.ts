/** Version of the catalogue data. New workbooks record it together with a snapshot of the items they use. */
export const CATALOG_VERSION = '2026.11.0';
