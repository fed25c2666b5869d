import type { RuleMeta } from '../../src/analyzer/rules/types';
import type { ScanResult } from '../../src/scan';

/** Rule metadata in the registry's shape, for reporters while real rules are still landing. */
export const sampleRules: RuleMeta[] = [
  {
    id: 'blocking-io-in-async',
    description: 'Synchronous I/O inside an async function blocks the event loop.',
    recommendation: 'Use the asynchronous API instead.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/blocking-io-in-async.md',
  },
  {
    id: 'sync-sleep',
    description: 'Atomics.wait or a busy loop used to sleep.',
    recommendation: 'Await a timer instead.',
    defaultSeverity: 'error',
    docs: 'docs/rules/sync-sleep.md',
  },
];

/** A scan with every kind of entry: findings, a skip, an error, and extra analyzer fields. */
export function sampleResult(): ScanResult {
  return {
    version: 1,
    files: [
      {
        path: 'src/server.js',
        functions: [
          {
            name: 'handle', line: 3, column: 1, endLine: 9, endColumn: 2, classification: 'blocking-io', confidence: 0.9,
            evidence: [{ line: 4, column: 15, kind: 'blocking-io', message: 'fs.readFileSync blocks the thread' }],
          },
          { name: 'tiny', line: 11, column: 1, endLine: 11, endColumn: 20, classification: 'none', confidence: 1, evidence: [] },
        ],
        diagnostics: [
          {
            rule: 'blocking-io-in-async', severity: 'warning', line: 4, column: 15, endLine: 4, endColumn: 40,
            message: 'fs.readFileSync in async function handle', suggestion: 'Use fs/promises.readFile.',
            related: [{ path: 'src/util.js', line: 2, column: 3, message: 'the blocking call is here' }],
          },
          {
            rule: 'sync-sleep', severity: 'error', line: 7, column: 3, endLine: 7, endColumn: 30,
            message: 'Atomics.wait blocks the thread.', suggestion: 'Await a timer.',
          },
          {
            rule: 'sync-sleep', severity: 'info', line: 8, column: 3, endLine: 8, endColumn: 9,
            message: 'Note this', suggestion: '',
          },
        ],
      },
      { path: 'vendor/app.min.js', functions: [], diagnostics: [], skipped: 'minified or generated file' },
      { path: 'src/secret.js', functions: [], diagnostics: [], error: 'permission denied' },
      { path: 'src/quiet file.ts', functions: [], diagnostics: [] },
    ],
  };
}
