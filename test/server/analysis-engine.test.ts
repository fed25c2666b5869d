/**
 * The analysis worker's engine, run in-process: open texts applied before each request, a close that lists the
 * importers before the disk becomes the truth again, unreadable open texts, file changes and quick fixes.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AnalyzeOptions } from '../../src/analyzer/project';
import { FIXABLE_RULES } from '../../src/fixes';
import { AnalysisEngine } from '../../src/server/analysis-engine';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

const HELPER = `const fs = require('node:fs');\n\nfunction readSettings(file) {\n  return fs.readFileSync(file, 'utf8');\n}\n\nmodule.exports = { readSettings };\n`;
const HELPER_NON_BLOCKING = `function readSettings(file) {\n  return String(file);\n}\n\nmodule.exports = { readSettings };\n`;
const MAIN = `const { readSettings } = require('./helper');\n\nasync function handle(request) {\n  const settings = readSettings(request.file);\n  return settings.length;\n}\n\nmodule.exports = { handle };\n`;
const SLEEPY = `async function wait(ms) {\n  const until = Date.now() + ms;\n  while (Date.now() < until) {}\n}\n\nmodule.exports = { wait };\n`;

const OPTIONS: AnalyzeOptions = { rules: {}, minConfidence: 0.5, constantLoopLimit: 1024 };

describe('server/analysis-engine', () => {
  let root: string;
  let engine: AnalysisEngine;
  const logs: string[] = [];
  const file = (relative: string) => path.join(root, relative);
  const rulesOf = async (relative: string) => (await engine.handle('analyze', { path: file(relative), options: OPTIONS })).diagnostics.map((d) => d.rule);

  beforeEach(() => {
    root = makeTempDir('concurrency-advisor-engine-');
    writeFiles(root, { 'helper.js': HELPER, 'main.js': MAIN });
    engine = new AnalysisEngine(2 * 1024 * 1024, (level, message) => logs.push(`${level}: ${message}`));
  });

  afterEach(() => removeTempDir(root));

  it('applies the open texts a request carries before it runs, and lists the importers before a close', async () => {
    assert.deepEqual(await rulesOf('main.js'), ['blocking-io-in-async']);
    // The helper is opened with a non-blocking text: the importer sees it.
    await engine.handle('dependents', { path: file('helper.js'), limit: 10 }, [[file('helper.js'), HELPER_NON_BLOCKING]]);
    assert.deepEqual(await rulesOf('main.js'), []);
    assert.deepEqual(await engine.handle('dependents', { path: file('helper.js'), limit: 10, ifOpenDiffersFromDisk: true }), [file('main.js')]);
    // Closed: the importers are listed (as linked before), then the disk is the truth again.
    assert.deepEqual(await engine.handle('close', { path: file('helper.js'), limit: 10 }), [file('main.js')]);
    assert.deepEqual(await rulesOf('main.js'), ['blocking-io-in-async']);
  });

  it('lists no importers to refresh when the open text is the one on disk', async () => {
    await engine.handle('analyze', { path: file('main.js'), options: OPTIONS }, [[file('helper.js'), HELPER]]);
    assert.deepEqual(await engine.handle('dependents', { path: file('helper.js'), limit: 10, ifOpenDiffersFromDisk: true }), []);
  });

  it('does not read an open document whose text is not to be analyzed (null)', async () => {
    assert.deepEqual(await rulesOf('main.js'), ['blocking-io-in-async']);
    await engine.handle('analyze', { path: file('main.js'), options: OPTIONS }, [[file('helper.js'), null]]);
    assert.deepEqual(await rulesOf('main.js'), [], 'the helper is unreadable, as a too large file on disk would be');
  });

  it('forgets files changed on disk and returns their importers; an open document keeps its text', async () => {
    assert.deepEqual(await rulesOf('main.js'), ['blocking-io-in-async']);
    writeFiles(root, { 'helper.js': HELPER_NON_BLOCKING });
    const dependents = await engine.handle('filesChanged', { changes: [{ path: file('helper.js'), open: false, sourceFile: true }], limit: 10 });
    assert.deepEqual(dependents, [file('main.js')]);
    assert.deepEqual(await rulesOf('main.js'), []);
    // Open with the blocking text: a change on disk does not replace it.
    await engine.handle('analyze', { path: file('main.js'), options: OPTIONS }, [[file('helper.js'), HELPER]]);
    writeFiles(root, { 'helper.js': HELPER_NON_BLOCKING.replace('String', 'Number') });
    assert.deepEqual(await engine.handle('filesChanged', { changes: [{ path: file('helper.js'), open: true, sourceFile: true }], limit: 10 }), []);
    assert.deepEqual(await rulesOf('main.js'), ['blocking-io-in-async']);
  });

  it('analyzes files on disk with the read checks, in workspace batches, and computes quick fixes', async () => {
    writeFiles(root, { 'binary.js': 'const a = 1;\u0000', 'sleepy.js': SLEEPY });
    assert.match((await engine.handle('analyzeDisk', { path: file('binary.js'), options: OPTIONS })).skipped ?? '', /binary/);
    assert.match((await engine.handle('analyzeDisk', { path: file('missing.js'), options: OPTIONS })).error ?? '', /./);
    await engine.handle('preload', { paths: [file('main.js'), file('sleepy.js')] });
    const batch = await engine.handle('workspaceBatch', { paths: [file('main.js'), file('sleepy.js')], options: OPTIONS });
    assert.deepEqual(batch.map((r) => r.diagnostics.map((d) => d.rule)), [['blocking-io-in-async'], ['sync-sleep']]);
    const [sleep] = batch[1].diagnostics;
    const { results } = await engine.handle('fixes', { path: file('sleepy.js'), text: SLEEPY, options: OPTIONS, diagnostics: [sleep] });
    assert.ok(results[0].fixes.some((fix) => fix.isPreferred && /setTimeout/.test(fix.edits.flatMap((e) => e.edits.map((x) => x.newText)).join(''))), JSON.stringify(results[0]).slice(0, 300));
    const fixed = await engine.handle('fixAll', { path: file('sleepy.js'), text: SLEEPY, options: OPTIONS, rules: [...FIXABLE_RULES] });
    assert.match(fixed, /await setTimeout\(/);
  });

  it('refuses the test hooks unless they are enabled', async () => {
    assert.throws(() => engine.handle('memory', { gc: false }), /test hooks are disabled/);
    assert.throws(() => engine.handle('crash', { mode: 'exit' }), /test hooks are disabled/);
    // A text with the crash marker is analyzed like any other.
    const result = await engine.handle('analyze', { path: file('marker.js'), text: `${SLEEPY}// concurrency-advisor-test-crash:exit\n`, options: OPTIONS });
    assert.deepEqual(result.diagnostics.map((d) => d.rule), ['sync-sleep']);
  });
});
