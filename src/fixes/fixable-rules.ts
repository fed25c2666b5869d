// Apart from the fixes, so that the language server's main thread can announce them without loading the parser.

/** Rules with fixes beyond the suppressions every rule has. */
export const FIXABLE_RULES: readonly string[] = [
  'blocking-io-in-async',
  'await-in-loop-independent',
  'sequential-awaits',
  'async-foreach',
  'cpu-heavy-on-event-loop',
  'cpu-in-promise-all',
  'sync-sleep',
];
