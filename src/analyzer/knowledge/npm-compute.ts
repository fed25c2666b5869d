import type { ModuleTable } from './types';

/** Libraries that compute: documents and images, crypto and big numbers, text, markup, validation, encodings. */
export const computeTables: ModuleTable[] = [];
