#!/usr/bin/env node
// The same editor test suite in desktop VS Code (Electron) through @vscode/test-electron, for machines that can
// download VS Code from update.code.visualstudio.com (this project's CI machines cannot: use test/editor/run.mjs).
//
//   node test/editor/run-electron.mjs [--vscode-version 1.100.3|stable|insiders] [--executable PATH]
//                                     [--only trusted|restricted] [--grep REGEX] [--no-build]
//
// On a Linux machine without a display run it under Xvfb: `xvfb-run -a node test/editor/run-electron.mjs`.
// Probes (screenshots, notification and webview text) need the browser side of run.mjs; here the tests that need
// them are skipped, everything else runs unchanged.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  bundleSuite,
  buildProjectIfStale,
  extensionStatus,
  outputDir,
  prepareWorkspace,
  projectRoot,
  userSettings,
  waitForStableBundles,
} from './lib/prepare.mjs';

const { values: options } = parseArgs({
  options: {
    'vscode-version': { type: 'string', default: process.env.VSCODE_VERSION || '1.100.3' },
    executable: { type: 'string', default: process.env.VSCODE_EXECUTABLE },
    only: { type: 'string' },
    grep: { type: 'string' },
    slow: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const say = (line) => console.log(`[editor-tests:electron] ${line}`);
const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');

if (!options['no-build']) await buildProjectIfStale({ log: say });
await waitForStableBundles({ log: say });
const status = await extensionStatus();
if (status.problems.length) {
  console.error(`[editor-tests:electron] ERROR: the extension cannot be tested yet:\n  - ${status.problems.join('\n  - ')}`);
  process.exit(1);
}

let vscodeExecutablePath = options.executable;
if (!vscodeExecutablePath) {
  try {
    // Cached under .vscode-test/ (gitignored), like the code-server install.
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version: options['vscode-version'],
      cachePath: path.join(projectRoot, '.vscode-test'),
    });
  } catch (error) {
    console.error(
      `[editor-tests:electron] ERROR: could not download VS Code ${options['vscode-version']}: ${error.message}\n` +
        '  Desktop VS Code comes from update.code.visualstudio.com. Where that host is unreachable, run the same suite in\n' +
        '  code-server instead: npm run test:editor  (or pass --executable /path/to/code).',
    );
    process.exit(1);
  }
}

await mkdir(outputDir, { recursive: true });
const { outfile: suiteBundle } = await bundleSuite();
const temp = await mkdtemp(path.join(os.tmpdir(), 'concurrency-advisor-electron-'));
const sessions = options.only ? [options.only] : ['trusted', 'restricted'];
let failed = false;
try {
  for (const mode of sessions) {
    const dir = path.join(temp, mode);
    const workspace = await prepareWorkspace(path.join(dir, 'workspace'));
    const userData = path.join(dir, 'user-data');
    await mkdir(path.join(userData, 'User'), { recursive: true });
    await writeFile(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
    const launchArgs = [
      workspace,
      '--user-data-dir', userData,
      '--extensions-dir', path.join(dir, 'extensions'),
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-updates',
      '--no-sandbox',
    ];
    if (mode !== 'restricted') launchArgs.push('--disable-workspace-trust');
    say(`session ${mode}: VS Code ${path.basename(vscodeExecutablePath)}`);
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: suiteBundle,
        launchArgs,
        extensionTestsEnv: {
          CA_EDITOR_MODE: mode,
          CA_EDITOR_OUTPUT: outputDir,
          ...(options.grep ? { CA_EDITOR_GREP: options.grep } : {}),
          ...(options.slow ? { CA_EDITOR_SLOW: '1' } : {}),
        },
      });
      say(`session ${mode}: PASS`);
    } catch (error) {
      failed = true;
      console.error(`[editor-tests:electron] session ${mode}: FAIL (${error.message ?? error})`);
    }
  }
} finally {
  await rm(temp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => {});
}
process.exit(failed ? 1 : 0);
