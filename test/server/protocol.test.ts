/**
 * Protocol tests: the bundled server (`dist/server.js`, built by `npm run build` before the tests) driven over stdio
 * by a real JSON-RPC client, on a temporary copy of `examples/`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  WorkDoneProgress,
  type CodeAction,
  type CodeLens,
  type CreateFile,
  type Diagnostic,
  type Hover,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileResult, FunctionResult } from '../../src/analyzer/types';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';
import { SERVER_PATH, TestClient, delay } from './lsp-client';
import { HANDLER, HANDLER_FIXED } from './documents';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

const HELPER = `const fs = require('node:fs');

function readSettings(file) {
  return fs.readFileSync(file, 'utf8');
}

module.exports = { readSettings };
`;

const HELPER_NON_BLOCKING = `function readSettings(file) {
  return String(file);
}

module.exports = { readSettings };
`;

const MAIN = `const { readSettings } = require('./helper');

async function handle(request) {
  const settings = readSettings(request.file);
  return settings.length;
}

module.exports = { handle };
`;

const LOGIN = `const crypto = require('node:crypto');

async function login(body) {
  const hash = crypto.pbkdf2Sync(body.password, body.salt, 310000, 32, 'sha256');
  return hash.toString('hex');
}

module.exports = { login };
`;

const SLEEPY = `async function wait(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {}
}

module.exports = { wait };
`;

function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

function rules(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('language server over stdio', function () {
  this.timeout(30_000);

  let root: string;
  let client: TestClient;
  let settings: Record<string, unknown>;
  let onSaveSettings: Record<string, unknown>;
  const versions = new Map<string, number>();
  const texts = new Map<string, string>();

  const file = (relative: string) => path.join(root, relative);

  async function open(relative: string, text: string, languageId = 'javascript'): Promise<string> {
    const uri = uriOf(file(relative));
    versions.set(uri, 1);
    texts.set(uri, text);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async function change(uri: string, text: string): Promise<number> {
    const version = (versions.get(uri) ?? 1) + 1;
    versions.set(uri, version);
    texts.set(uri, text);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async function close(uri: string): Promise<void> {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  before(async function () {
    assert.ok(fs.existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run \`npm run build\` first`);
    root = makeTempDir('concurrency-advisor-lsp-');
    fs.cpSync(EXAMPLES, root, { recursive: true });
    writeFiles(root, {
      'handler.js': HANDLER,
      'dep/helper.js': HELPER,
      'dep/main.js': MAIN,
      'onsave/sleepy.js': SLEEPY,
      'node_modules/pkg/index.js': HANDLER,
    });
    settings = { debounceMs: 50 };
    onSaveSettings = { debounceMs: 50, run: 'onSave' };
    client = TestClient.start((scopeUri) => (scopeUri?.includes('/onsave/') ? onSaveSettings : settings));
  });

  after(async () => {
    client?.kill();
    if (root) removeTempDir(root);
  });

  it('initializes with the contract capabilities', async () => {
    const result = await client.initialize(uriOf(root));
    const capabilities = result.capabilities;
    assert.equal(result.serverInfo?.name, 'concurrency-advisor-lsp');
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: true });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.concurrencyAdvisor'] });
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    // Registrations follow `initialized`.
    for (let i = 0; i < 50 && client.registrations.length < 2; i++) await delay(20);
    assert.deepEqual([...client.registrations].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  });

  let handlerUri: string;
  let blocking: Diagnostic;

  it('publishes a diagnostic for a blocking call in an async function', async () => {
    handlerUri = await open('handler.js', HANDLER);
    const published = await client.waitForDiagnostics(handlerUri, (p) => p.diagnostics.length > 0);
    assert.equal(published.version, 1);
    blocking = published.diagnostics.find((d) => d.code === 'blocking-io-in-async')!;
    assert.ok(blocking, `rules: ${rules(published.diagnostics)}`);
    assert.equal(blocking.source, 'concurrency-advisor');
    assert.equal(blocking.severity, 2);
    assert.deepEqual(blocking.range, { start: { line: 3, character: 15 }, end: { line: 3, character: 44 } });
    assert.match(String(blocking.message), /readFileSync/);
    const href = blocking.codeDescription?.href ?? '';
    assert.match(href, /^file:\/\/.*\/docs\/rules\/blocking-io-in-async\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(href)), `the rule doc exists: ${href}`);
    assert.deepEqual(Object.keys(blocking.data as object).sort(), ['fixable', 'rule']);
    assert.equal((blocking.data as { rule: string }).rule, 'blocking-io-in-async');
  });

  it('shows the classification, evidence and recommendation on hover over the function', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: handlerUri },
      position: { line: 2, character: 17 },
    })) as Hover | null;
    assert.ok(hover);
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /\*\*loadConfig\*\*: Blocking I\/O · confidence \d+%/);
    assert.match(contents.value, /readFileSync/);
    assert.match(contents.value, /Recommendation \(async API\)/);
    assert.match(contents.value, /```js\n[^]*await readFile/);
    // Not on a function header, no diagnostic on the line: nothing.
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: handlerUri }, position: { line: 6, character: 2 } });
    assert.equal(none, null);
  });

  it('offers the quick fixes of the diagnostic, and applying the preferred one removes it', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: handlerUri },
      range: blocking.range,
      context: { diagnostics: [blocking], only: ['quickfix'] },
    })) as CodeAction[];
    assert.ok(actions.every((action) => action.kind === 'quickfix'));
    assert.equal(actions.filter((action) => action.isPreferred).length, 1, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((action) => /^Suppress blocking-io-in-async on this line$/.test(action.title)), 'a suppression is offered too');
    const preferred = actions.find((action) => action.isPreferred)!;
    assert.deepEqual(preferred.diagnostics?.map((d) => d.code), ['blocking-io-in-async']);
    const edits = (preferred.edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === handlerUri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].textDocument.version, versions.get(handlerUri));
    const fixed = TextDocument.applyEdits(TextDocument.create(handlerUri, 'javascript', 1, HANDLER), edits[0].edits as TextEdit[]);
    assert.doesNotMatch(fixed, /readFileSync/);
    assert.match(fixed, /await readFile\(file, 'utf8'\)/);
    const version = await change(handlerUri, fixed);
    const republished = await client.waitForDiagnostics(handlerUri, (p) => p.version === version);
    assert.ok(!rules(republished.diagnostics).includes('blocking-io-in-async'), `still there: ${rules(republished.diagnostics)}`);
    await change(handlerUri, HANDLER);
    await client.waitForDiagnostics(handlerUri, (p) => p.version === versions.get(handlerUri) && rules(p.diagnostics).includes('blocking-io-in-async'));
  });

  it('offers source.fixAll.concurrencyAdvisor with the safe fixes of the document', async () => {
    const uri = await open('fix-all.js', SLEEPY);
    await client.waitForDiagnostics(uri, (p) => rules(p.diagnostics).includes('sync-sleep'));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.concurrencyAdvisor'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.concurrencyAdvisor']);
    const [edit] = actions[0].edit!.documentChanges as TextDocumentEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'javascript', 1, SLEEPY), edit.edits as TextEdit[]);
    assert.match(fixed, /await setTimeout\(/);
    const version = await change(uri, fixed);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.ok(!rules(after.diagnostics).includes('sync-sleep'), rules(after.diagnostics).join(', '));
    // Nothing left to fix: no action.
    const none = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(none, []);
    await close(uri);
  });

  it('creates the worker file of "Move to worker thread" with CreateFile and its content', async () => {
    const serverPath = file('service/server.js');
    const text = fs.readFileSync(serverPath, 'utf8');
    const uri = await open('service/server.js', text);
    const published = await client.waitForDiagnostics(uri, (p) => rules(p.diagnostics).includes('cpu-heavy-on-event-loop'));
    const line = text.split('\n').findIndex((l) => l.includes('correlate(orders, customers)'));
    const cpu = published.diagnostics.find((d) => d.code === 'cpu-heavy-on-event-loop' && d.range.start.line === line)!;
    assert.ok(cpu, `cpu-heavy-on-event-loop on line ${line + 1}`);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: cpu.range,
      context: { diagnostics: [cpu], only: ['quickfix'] },
    })) as CodeAction[];
    const worker = actions.find((action) => /worker thread/i.test(action.title));
    assert.ok(worker, actions.map((a) => a.title).join(' | '));
    const changes = worker.edit?.documentChanges ?? [];
    const creates = changes.filter((c): c is CreateFile => 'kind' in c && c.kind === 'create');
    assert.ok(creates.some((c) => /\.worker\.js$/.test(c.uri)), JSON.stringify(creates));
    for (const create of creates) {
      assert.ok(!fs.existsSync(fileURLToPath(create.uri)), `${create.uri} does not exist yet`);
      const index = changes.indexOf(create);
      const content = changes[index + 1] as TextDocumentEdit;
      assert.equal(content.textDocument.uri, create.uri, 'the content follows its CreateFile');
      assert.equal(content.textDocument.version, null);
      assert.ok((content.edits[0] as TextEdit).newText.length > 0);
    }
    const own = changes.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri)!;
    const rewritten = TextDocument.applyEdits(TextDocument.create(uri, 'javascript', 1, text), own.edits as TextEdit[]);
    assert.match(rewritten, /await runInWorker\(/);
    await close(uri);
  });

  it('says in the hover why a diagnostic on the line has no quick fix', async () => {
    const uri = await open('login.js', LOGIN);
    await client.waitForDiagnostics(uri, (p) => rules(p.diagnostics).includes('cpu-heavy-on-event-loop'));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } })) as Hover | null;
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /No quick fix offered/);
    assert.match(value, /`cpu-heavy-on-event-loop`/);
    assert.match(value, /pbkdf2/);
    await close(uri);
  });

  it('answers codeAction requests for other kinds and ranges without failing', async () => {
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: handlerUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.ok(fixAll.every((action) => action.kind === 'source.fixAll.concurrencyAdvisor'));
    const elsewhere = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: handlerUri },
      range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(elsewhere, []);
  });

  it('returns bare code lenses and resolves their titles and commands', async () => {
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: handlerUri } })) as CodeLens[];
    assert.equal(lenses.length, 3);
    assert.ok(lenses.every((lens) => lens.command === undefined && lens.range.start.line === 2));
    const resolved = (await Promise.all(lenses.map((lens) => client.connection.sendRequest('codeLens/resolve', lens)))) as CodeLens[];
    const [summary, benchmark, explain] = resolved.map((lens) => lens.command!);
    assert.match(summary.title, /^Blocking I\/O · blocks on fs\.readFileSync/);
    assert.equal(summary.command, 'concurrencyAdvisor.showFunctionReport');
    assert.deepEqual(benchmark, { title: 'Benchmark', command: 'concurrencyAdvisor.runBenchmark', arguments: [{ uri: handlerUri, name: 'loadConfig', line: 2 }] });
    assert.deepEqual(explain, { title: 'Explain', command: 'concurrencyAdvisor.showFunctionReport', arguments: [{ uri: handlerUri, line: 2 }] });
  });

  it('clears the diagnostic when an edit removes the problem', async () => {
    const version = await change(handlerUri, HANDLER_FIXED);
    const published = await client.waitForDiagnostics(handlerUri, (p) => p.version === version);
    assert.deepEqual(published.diagnostics, []);
  });

  it('publishes only the newest of quick successive versions', async () => {
    const from = client.published.length;
    const skipped = await change(handlerUri, HANDLER);
    const newest = await change(handlerUri, HANDLER_FIXED);
    const published = await client.waitForDiagnostics(handlerUri, (p) => p.version === newest, 10_000, from);
    assert.deepEqual(published.diagnostics, []);
    await delay(200);
    assert.ok(!client.published.slice(from).some((p) => p.uri === handlerUri && p.version === skipped), 'the superseded version was not published');
  });

  it('re-analyzes a dependent when a file it imports changes', async () => {
    const helperUri = await open('dep/helper.js', HELPER);
    const mainUri = await open('dep/main.js', MAIN);
    const before = await client.waitForDiagnostics(mainUri, (p) => rules(p.diagnostics).includes('blocking-io-in-async'));
    const related = before.diagnostics.find((d) => d.code === 'blocking-io-in-async')!.relatedInformation ?? [];
    assert.ok(
      related.some((info) => info.location.uri === helperUri && /readFileSync/.test(info.message)),
      `related information points into helper.js: ${JSON.stringify(related)}`,
    );
    const from = client.published.length;
    await change(helperUri, HELPER_NON_BLOCKING);
    const after = await client.waitForDiagnostics(mainUri, () => true, 10_000, from);
    assert.ok(!rules(after.diagnostics).includes('blocking-io-in-async'), `main.js still has ${rules(after.diagnostics)}`);
    await close(helperUri);
    await close(mainUri);
  });

  it('re-analyzes a dependent when a file it imports changes on disk (workspace/didChangeWatchedFiles)', async () => {
    writeFiles(root, { 'disk/helper.js': HELPER, 'disk/main.js': MAIN });
    const mainUri = await open('disk/main.js', MAIN);
    await client.waitForDiagnostics(mainUri, (p) => rules(p.diagnostics).includes('blocking-io-in-async'));
    writeFiles(root, { 'disk/helper.js': HELPER_NON_BLOCKING });
    const from = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file('disk/helper.js')), type: 2 }] });
    const after = await client.waitForDiagnostics(mainUri, () => true, 10_000, from);
    assert.ok(!rules(after.diagnostics).includes('blocking-io-in-async'), `main.js still has ${rules(after.diagnostics)}`);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = await open('closing.js', HANDLER);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const from = client.published.length;
    await close(uri);
    const cleared = await client.waitForDiagnostics(uri, () => true, 10_000, from);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('applies severities from the settings and refreshes them on didChangeConfiguration', async () => {
    const sleepyUri = await open('sleepy.js', SLEEPY);
    const first = await client.waitForDiagnostics(sleepyUri, (p) => p.diagnostics.length > 0);
    assert.equal(first.diagnostics.find((d) => d.code === 'sync-sleep')?.severity, 2);
    settings = { debounceMs: 50, rules: { 'sync-sleep': 'error' } };
    const from = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const second = await client.waitForDiagnostics(sleepyUri, (p) => p.diagnostics.some((d) => d.code === 'sync-sleep' && d.severity === 1), 10_000, from);
    assert.ok(second);
    settings = { debounceMs: 50, rules: { 'sync-sleep': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const third = await client.waitForDiagnostics(sleepyUri, (p) => !rules(p.diagnostics).includes('sync-sleep'), 10_000, client.published.length);
    assert.ok(third);
    settings = { debounceMs: 50 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await close(sleepyUri);
  });

  it('with run: onSave, re-analyzes on save rather than on every change', async () => {
    const uri = await open('onsave/sleepy.js', SLEEPY);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const from = client.published.length;
    const version = await change(uri, HANDLER_FIXED);
    await delay(300);
    assert.ok(!client.published.slice(from).some((p) => p.uri === uri), 'nothing published before the save');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.waitForDiagnostics(uri, (p) => p.version === version, 10_000, from);
    assert.deepEqual(saved.diagnostics, []);
    await close(uri);
  });

  it('does not analyze excluded files', async () => {
    const uri = await open('node_modules/pkg/index.js', HANDLER);
    // The server answers with no diagnostics at all; a file report says why.
    const report = (await client.connection.sendRequest('concurrencyAdvisor/fileReport', { uri })) as FileResult;
    assert.match(report.skipped ?? '', /excluded by the pattern \*\*\/node_modules\/\*\*/);
    await delay(200);
    assert.ok(client.published.filter((p) => p.uri === uri).every((p) => p.diagnostics.length === 0));
    await close(uri);
  });

  it('survives syntax errors, binary and huge documents', async () => {
    const brokenUri = await open('broken.js', 'async function broken( {\n  const x = ;\n');
    const broken = await client.waitForDiagnostics(brokenUri);
    assert.equal(broken.diagnostics.length, 1);
    assert.equal(broken.diagnostics[0].severity, 3);
    assert.equal(broken.diagnostics[0].source, 'concurrency-advisor');
    assert.match(String(broken.diagnostics[0].message), /^Not analyzed: syntax error/);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: brokenUri }, position: { line: 0, character: 10 } });
    assert.equal(hover, null);
    const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: brokenUri } });
    assert.deepEqual(lenses, []);

    const binaryUri = await open('binary.js', 'const a = 1;\u0000\u0001\u0002');
    assert.deepEqual((await client.waitForDiagnostics(binaryUri)).diagnostics, []);
    await client.waitForLog(/not analyzing .*binary\.js: binary document/);

    const hugeUri = await open('huge.js', `// ${'x'.repeat(3 * 1024 * 1024)}\n`);
    assert.deepEqual((await client.waitForDiagnostics(hugeUri)).diagnostics, []);
    await client.waitForLog(/not analyzing .*huge\.js: document is larger than/);

    // Malformed requests are answered, not fatal.
    assert.equal(await client.connection.sendRequest('concurrencyAdvisor/functionAt', { uri: 42 }), null);
    const report = (await client.connection.sendRequest('concurrencyAdvisor/fileReport', {})) as FileResult;
    assert.ok(report.error);
    for (const uri of [brokenUri, binaryUri, hugeUri]) await close(uri);
  });

  it('answers concurrencyAdvisor/fileReport and concurrencyAdvisor/functionAt', async () => {
    const serverUri = uriOf(file('service/server.js'));
    const report = (await client.connection.sendRequest('concurrencyAdvisor/fileReport', { uri: serverUri })) as FileResult;
    assert.equal(report.path, file('service/server.js'));
    const handleReport = report.functions.find((fn) => fn.name === 'handleReport');
    assert.equal(handleReport?.classification, 'blocking-io');
    assert.ok(report.diagnostics.some((d) => d.rule === 'blocking-io-in-async'));
    // Line 12 (1-based) is inside readSettings.
    const fn = (await client.connection.sendRequest('concurrencyAdvisor/functionAt', { uri: serverUri, line: 11 })) as FunctionResult | null;
    assert.equal(fn?.name, 'readSettings');
    assert.equal(await client.connection.sendRequest('concurrencyAdvisor/functionAt', { uri: serverUri, line: 0 }), null);
    // An open document is reported at its current version.
    const open = (await client.connection.sendRequest('concurrencyAdvisor/fileReport', { uri: handlerUri })) as FileResult;
    assert.deepEqual(open.diagnostics, []);
  });

  it('analyzes the workspace with progress and publishes diagnostics for every file', async () => {
    const token = 'workspace-run-1';
    const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' })[] = [];
    const subscription = client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      progress.push(value);
    });
    const from = client.published.length;
    const result = (await client.connection.sendRequest('concurrencyAdvisor/analyzeWorkspace', { workDoneToken: token })) as {
      files: number;
      diagnostics: number;
      cancelled: boolean;
    };
    subscription.dispose();
    assert.equal(result.cancelled, false);
    assert.ok(result.files >= 10, `files: ${result.files}`);
    assert.ok(result.diagnostics >= 10, `diagnostics: ${result.diagnostics}`);
    assert.equal(progress[0].kind, 'begin');
    assert.equal((progress[0] as WorkDoneProgressBegin).cancellable, true);
    assert.equal(progress[progress.length - 1].kind, 'end');
    const percentages = progress.flatMap((p) => (p.kind === 'report' && p.percentage !== undefined ? [p.percentage] : []));
    assert.equal(percentages[percentages.length - 1], 100);
    const serverJs = await client.waitForDiagnostics(uriOf(file('service/server.js')), (p) => p.diagnostics.length > 0, 5000, from);
    assert.ok(rules(serverJs.diagnostics).includes('blocking-io-in-async'));
    assert.ok(!client.published.slice(from).some((p) => p.uri.includes('/node_modules/')), 'excluded files are not published');
  });

  it('stops a workspace analysis when the request is cancelled', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('concurrencyAdvisor/analyzeWorkspace', {}, source.token);
    source.cancel();
    // The server answers a cancelled run (rather than failing the request): it says how far it got.
    assert.deepEqual(await pending, { files: 0, diagnostics: 0, cancelled: true });
    // The server still answers other requests.
    const report = (await client.connection.sendRequest('concurrencyAdvisor/fileReport', { uri: handlerUri })) as FileResult;
    assert.equal(report.error, undefined);
  });

  it('shuts down and exits with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server: workspace analysis does not block other requests', function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;

  before(() => {
    assert.ok(fs.existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run \`npm run build\` first`);
    root = makeTempDir('concurrency-advisor-lsp-big-');
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      files[`src/module${i}.js`] = `const fs = require('node:fs');\nconst next = require('./module${(i + 1) % 400}');\n\nasync function handler${i}(items) {\n  const data = fs.readFileSync('data${i}.json', 'utf8');\n  let total = 0;\n  for (const item of items) for (const other of items) total += item * other;\n  return [data, total, next];\n}\n\nmodule.exports = { handler${i} };\n`;
    }
    writeFiles(root, files);
    client = TestClient.start(() => ({ debounceMs: 0 }));
  });

  after(() => {
    client?.kill();
    if (root) removeTempDir(root);
  });

  it('answers a request sent while the workspace run is in progress before the run ends', async () => {
    await client.initialize(uriOf(root));
    const token = 'big-run';
    let order: string[] = [];
    let hoverSent = false;
    const answered: Promise<unknown>[] = [];
    client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind !== 'report' || hoverSent || (value.percentage ?? 0) <= 0) return;
      hoverSent = true;
      order.push(`report ${value.percentage}`);
      answered.push(
        client.connection.sendRequest('concurrencyAdvisor/functionAt', { uri: uriOf(path.join(root, 'src', 'module1.js')), line: 4 }).then(() => order.push('functionAt')),
      );
    });
    const result = (await client.connection.sendRequest('concurrencyAdvisor/analyzeWorkspace', { workDoneToken: token })) as { files: number; cancelled: boolean };
    order.push('analyzeWorkspace');
    await Promise.all(answered);
    assert.equal(result.files, 400);
    assert.equal(result.cancelled, false);
    assert.ok(hoverSent, 'a progress report arrived');
    assert.deepEqual(order.slice(1), ['functionAt', 'analyzeWorkspace'], order.join(', '));
    order = [];
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server over Node IPC', function () {
  this.timeout(20_000);
  let client: TestClient;

  after(() => client?.kill());

  it('initializes, publishes diagnostics and exits', async () => {
    assert.ok(fs.existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run \`npm run build\` first`);
    client = TestClient.start(() => ({ debounceMs: 0 }), 'ipc');
    await client.initialize(null);
    const uri = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: HANDLER } });
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(rules(published.diagnostics).includes('blocking-io-in-async'));
    assert.equal(await client.shutdown(), 0);
  });
});

