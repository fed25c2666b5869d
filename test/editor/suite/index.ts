// Mocha bootstrap inside the VS Code extension host. The runner (test/editor/run.mjs or run-electron.mjs) bundles this
// file together with every `*.test.ts` of this folder into out/editor-tests/suite.js; VS Code loads that bundle as
// `extensionTestsPath` and calls `run()`. The bundle carries mocha itself, so nothing is resolved at run time except
// `vscode`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { config } from './config';

export interface TestFile {
  /** File name relative to test/editor/suite, e.g. `diagnostics.test.ts`. */
  name: string;
  /** Evaluates the test module (registers its suites); called after mocha's globals are installed. */
  load: () => unknown;
}

interface TestRecord {
  title: string;
  file: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

/** Files named `*.restricted.test.ts` run only in the restricted-mode (untrusted workspace) session, the rest only in the trusted one. */
export function filesForMode(files: readonly TestFile[]): TestFile[] {
  if (config.mode === 'smoke') return files.filter((file) => file.name.startsWith('smoke.'));
  const restricted = config.mode === 'restricted';
  return files.filter((file) => !file.name.startsWith('smoke.') && file.name.endsWith('.restricted.test.ts') === restricted);
}

export function runFiles(files: readonly TestFile[]): Promise<void> {
  // The extension host forwards console arguments joined, not printf-formatted: format mocha's reporter lines here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: config.testTimeoutMs,
    slow: 5000,
    grep: config.grep ? new RegExp(config.grep) : undefined,
  });
  for (const file of filesForMode(files)) {
    mocha.suite.emit('pre-require', globalThis, file.name, mocha);
    mocha.suite.emit('require', file.load(), file.name, mocha);
    mocha.suite.emit('post-require', globalThis, file.name, mocha);
  }

  const records: TestRecord[] = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(records, Date.now() - started);
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
      else resolve();
    });
    const record = (state: TestRecord['state']) => (test: Mocha.Test, error?: Error) =>
      records.push({
        title: test.fullTitle(),
        file: test.file ?? '',
        state,
        durationMs: test.duration ?? 0,
        error: error ? String(error.stack ?? error) : undefined,
      });
    runner.on('pass', record('passed'));
    runner.on('fail', (test, error) => {
      // Hook failures arrive as hooks, not tests; record them under the hook's title.
      record('failed')(test as Mocha.Test, error);
    });
    runner.on('pending', record('pending'));
  });
}

function writeResults(records: TestRecord[], durationMs: number): void {
  if (!config.outputDir) return;
  try {
    fs.mkdirSync(config.outputDir, { recursive: true });
    const file = path.join(config.outputDir, `results-${config.mode}.json`);
    fs.writeFileSync(file, JSON.stringify({ mode: config.mode, durationMs, tests: records }, null, 2) + '\n');
  } catch (error) {
    console.error(`could not write editor test results: ${String(error)}`);
  }
}
