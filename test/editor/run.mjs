#!/usr/bin/env node
// Editor tests: runs test/editor/suite inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3, Node extension
// host) driven by headless Chromium through playwright-core. See docs/editor-tests.md.
//
//   node test/editor/run.mjs [--smoke] [--only trusted|restricted] [--grep REGEX] [--update-screenshot]
//                            [--no-build] [--snapshot] [--trace] [--slow] [--timeout SECONDS] [--keep] [--verbose]
//
// Sessions: `trusted` (workspace trust disabled, i.e. trusted: every feature) and `restricted` (trust enabled, fresh
// profile, so the folder opens in Restricted Mode: files named *.restricted.test.ts). `--smoke` runs only
// smoke.test.ts against a stub extension: it checks the test host itself, not the project.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, CODE_SERVER_VERSION } from '../../scripts/editor-tests/install-code-server.mjs';
import { startCodeServer } from './lib/code-server.mjs';
import {
  bundleSuite,
  buildProjectIfStale,
  extensionStatus,
  outputDir,
  prepareWorkspace,
  projectRoot,
  snapshotExtension,
  userSettings,
  waitForStableBundles,
} from './lib/prepare.mjs';
import { findChromium, launchBrowser, runInWorkbench, workbenchUrl, CHROMIUM_CANDIDATES } from './lib/workbench.mjs';

const { values: options } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    grep: { type: 'string' },
    'update-screenshot': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '240' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    slow: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
  },
});

/** Workbench start-up chatter and the harmless 404s (vsda, manifest.json, update/check) named in the notes. */
const NOISE = new RegExp(
  [
    'Resolving connection token', 'Resolved connection token', 'Creating a socket', '\\[Service Worker\\]',
    'Ignoring fetching additional builtin extensions', 'Updating additional builtin extensions cache', 'ChatSessionStore',
    'vsda', 'manifest\\.json', 'update/check', 'Failed to load resource',
  ].join('|'),
);

const SCREENSHOT = 'editor-diagnostic-hover.png';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`[editor-tests] ${line}`);
const fail = (message) => {
  console.error(`[editor-tests] ERROR: ${message}`);
  process.exit(1);
};

// ---- prerequisites: fail loudly, never skip silently ----------------------------------------------------------------
const chromium = findChromium();
if (!chromium) {
  fail(
    `Chromium not found (looked at ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : CHROMIUM_CANDIDATES.join(', ')}).\n` +
      '  Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium ripgrep libkrb5-dev\n' +
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
}
let codeServer;
try {
  codeServer = await ensureCodeServer({ log: (line) => say(line), quiet: !options.verbose });
} catch (error) {
  fail(error.message);
}

const sessions = options.smoke ? ['smoke'] : options.only ? [options.only] : ['trusted', 'restricted'];
for (const session of sessions) if (!['smoke', 'trusted', 'restricted'].includes(session)) fail(`unknown session ${session}`);

if (!options.smoke) {
  if (!options['no-build']) {
    try {
      await buildProjectIfStale({ log: say });
    } catch (error) {
      fail(error.message);
    }
  }
  await waitForStableBundles({ log: say });
  const status = await extensionStatus();
  if (status.problems.length) {
    fail(`the extension cannot be tested yet:\n  - ${status.problems.join('\n  - ')}\n  (npm run test:editor -- --smoke checks the test host alone)`);
  }
}

await rm(outputDir, { recursive: true, force: true });
await mkdir(outputDir, { recursive: true });
const { outfile: suiteBundle, files } = await bundleSuite();
say(`bundled ${files.length} test file(s) into ${path.relative(projectRoot, suiteBundle)}; code-server ${CODE_SERVER_VERSION}; ${chromium}`);

const temp = await mkdtemp(path.join(os.tmpdir(), 'concurrency-advisor-editor-'));
let extensionPath = projectRoot;
if (options.snapshot && !options.smoke) {
  extensionPath = await snapshotExtension(path.join(temp, 'extension'));
  say(`testing a snapshot of the extension: ${extensionPath}`);
}
if (options.smoke) {
  extensionPath = path.join(temp, 'smoke-extension');
  await mkdir(extensionPath, { recursive: true });
  await writeFile(
    path.join(extensionPath, 'package.json'),
    JSON.stringify({ name: 'editor-tests-smoke', publisher: 'test', version: '0.0.0', engines: { vscode: '^1.100.0' } }),
  );
}

// ---- sessions -------------------------------------------------------------------------------------------------------
const results = [];
const stopping = new Set();
const cleanupAndExit = async (signal) => {
  console.error(`[editor-tests] ${signal}: stopping`);
  await Promise.allSettled([...stopping].map((stop) => stop()));
  if (!options.keep) await rm(temp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => {});
  process.exit(130);
};
process.once('SIGINT', () => cleanupAndExit('SIGINT'));
process.once('SIGTERM', () => cleanupAndExit('SIGTERM'));

for (const mode of sessions) {
  const sessionStarted = Date.now();
  const dir = path.join(temp, mode);
  const workspace = await prepareWorkspace(path.join(dir, 'workspace'), {
    settings: options.trace ? { 'concurrencyAdvisor.trace.server': 'verbose' } : {},
  });
  say(`session ${mode}: starting code-server (workspace trust ${mode === 'restricted' ? 'enabled: Restricted Mode' : 'disabled: trusted'})`);
  let server;
  let context;
  let outcome;
  try {
    server = await startCodeServer({
      entry: codeServer.entry,
      dir,
      trust: mode !== 'restricted',
      userSettings,
      env: {
        CA_EDITOR_MODE: mode,
        CA_EDITOR_OUTPUT: outputDir,
        CA_EDITOR_PROBES: '1',
        CA_EDITOR_WORKSPACE: workspace,
        ...(options.grep ? { CA_EDITOR_GREP: options.grep } : {}),
        ...(options.slow ? { CA_EDITOR_SLOW: '1' } : {}),
      },
    });
    stopping.add(server.stop);
    context = await launchBrowser({ executablePath: chromium, profileDir: path.join(dir, 'browser-profile') });
    stopping.add(() => context.close());
    const url = workbenchUrl({ server, folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: suiteBundle });
    outcome = await runInWorkbench({
      context,
      url,
      outputDir,
      timeoutMs: Number(options.timeout) * 1000,
      onLog: (source, level, text) => printLog(mode, source, level, text),
      onProbe: (request, answer) => options.verbose && say(`probe ${request.kind} -> ${answer.error ?? 'ok'}`),
    });
  } catch (error) {
    outcome = { code: 1, error };
    console.error(`[editor-tests] session ${mode}: ${error.stack ?? error}`);
  } finally {
    await context?.close().catch(() => {});
    if (server) {
      await server.stop();
      await keepLogs(mode, server, outcome?.logs ?? []);
    }
  }
  const summary = await readResults(mode);
  results.push({ mode, code: outcome.code, seconds: (Date.now() - sessionStarted) / 1000, summary, error: outcome.error });
  say(`session ${mode}: exit ${outcome.code} in ${((Date.now() - sessionStarted) / 1000).toFixed(1)} s`);
}

// ---- report ---------------------------------------------------------------------------------------------------------
const screenshot = path.join(outputDir, SCREENSHOT);
if (options['update-screenshot']) {
  if (existsSync(screenshot)) {
    await copyFile(screenshot, path.join(projectRoot, 'media', 'screenshot-editor.png'));
    say(`copied ${path.relative(projectRoot, screenshot)} to media/screenshot-editor.png`);
  } else {
    console.error(`[editor-tests] --update-screenshot: ${path.relative(projectRoot, screenshot)} was not taken`);
    results.push({ mode: 'screenshot', code: 1 });
  }
}
if (!options.keep) {
  await rm(temp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch((error) => say(`could not remove ${temp}: ${error.message}`));
} else say(`kept ${temp}`);

console.log('');
for (const { mode, code, seconds, summary } of results.filter((r) => r.summary !== undefined || r.mode !== 'screenshot')) {
  const counts = summary ? `${summary.passed} passed, ${summary.failed} failed, ${summary.pending} pending` : 'no results file (the suite did not run to the end)';
  say(`${mode}: ${code === 0 ? 'PASS' : 'FAIL'} (${counts}) in ${seconds.toFixed(1)} s`);
  for (const test of summary?.tests.filter((t) => t.state === 'failed') ?? []) {
    say(`  failed: ${test.title}\n      ${String(test.error).split('\n').slice(0, 3).join('\n      ')}`);
  }
}
say(`output: ${path.relative(projectRoot, outputDir)}/ (results-*.json, screenshots, logs/); total ${elapsed()}`);
const failed = results.some((r) => r.code !== 0);
process.exit(failed ? 1 : 0);

// ---- helpers --------------------------------------------------------------------------------------------------------
function printLog(mode, source, level, text) {
  // Extension host console output (the suite's spec reporter, the extension's console) always; workbench chatter
  // only when it is an error or with --verbose.
  const clean = text.replace(/%c/g, '').replace(/\s*color: [^;]*;?/g, '').trimEnd();
  if (options.verbose) return console.log(`  [${mode}:${source}:${level}] ${clean}`);
  if (NOISE.test(clean) || (source === 'browser' && level !== 'pageerror')) return;
  if (source === 'workbench' && level !== 'info') return console.log(`  [${level}] ${clean}`);
  console.log(`  ${clean}`);
}

async function readResults(mode) {
  try {
    const data = JSON.parse(await readFile(path.join(outputDir, `results-${mode}.json`), 'utf8'));
    const count = (state) => data.tests.filter((t) => t.state === state).length;
    return { passed: count('passed'), failed: count('failed'), pending: count('pending'), tests: data.tests };
  } catch {
    return undefined;
  }
}

/** Server-side logs (extension host, the extension's output channels) and the browser's logs, for post-mortems. */
async function keepLogs(mode, server, browserLogs) {
  const target = path.join(outputDir, 'logs', mode);
  await mkdir(target, { recursive: true });
  await copyFile(server.logFile, path.join(target, 'code-server.log')).catch(() => {});
  if (existsSync(path.join(server.userData, 'logs'))) {
    await cp(path.join(server.userData, 'logs'), path.join(target, 'server'), { recursive: true }).catch(() => {});
  }
  for (const { relativePath, contents } of browserLogs) {
    const file = path.join(target, 'browser', relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents).catch(() => {});
  }
}
