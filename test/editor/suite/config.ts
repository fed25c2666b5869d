// What the runner tells the suite, through the extension host's environment (both runners set these variables).
import * as path from 'node:path';

export type Mode = 'trusted' | 'restricted' | 'smoke';

function parseMode(value: string | undefined): Mode {
  return value === 'restricted' || value === 'smoke' ? value : 'trusted';
}

export const config = {
  mode: parseMode(process.env.CA_EDITOR_MODE),
  /** Folder for results-<mode>.json, screenshots and probe answers (test-output/editor). */
  outputDir: process.env.CA_EDITOR_OUTPUT ? path.resolve(process.env.CA_EDITOR_OUTPUT) : undefined,
  /** Set by test/editor/run.mjs only: the browser side answers probes (screenshots, DOM text). */
  probes: process.env.CA_EDITOR_PROBES === '1',
  grep: process.env.CA_EDITOR_GREP || undefined,
  /** `--slow`: also run the built-in benchmark workloads to the end (about a minute each on 2 cores). */
  slow: process.env.CA_EDITOR_SLOW === '1',
  testTimeoutMs: Number(process.env.CA_EDITOR_TEST_TIMEOUT_MS) || 45_000,
};
