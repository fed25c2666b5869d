import type { ModuleTable } from './types';

/** Cloud and SaaS SDKs, databases and queues, file and process helpers, configuration loaders and caches. */
export const serviceTables: ModuleTable[] = [];
