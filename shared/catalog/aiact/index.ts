/** EU AI Act catalogue: versioned, bilingual reference data for classification and obligations. */
export * from './types';
export * from './articles';
export * from './dates';
export * from './roles';
export * from './prohibited';
export * from './annexI';
export * from './annexIII';
export * from './derogation';
export * from './transparency';
export * from './gpai';
export * from './obligations';

/**
 * Version of the AI Act data. Bump it whenever a date, a list or an obligation changes, so a stored
 * classification can tell which data it was computed with.
 */
export const AI_ACT_DATA_VERSION = '2026.11.0';
