// Quick fixes end to end: ask VS Code for the code actions at a diagnostic, apply the WorkspaceEdit, check the text,
// and wait for the server's re-analysis to drop the diagnostic.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  applyCodeAction,
  codeActions,
  copyOf,
  diagnosticFor,
  extensionActivated,
  ourDiagnostics,
  quickFixesFor,
  ruleOf,
  waitFor,
  waitForRuleGone,
  waitForRules,
} from './helpers';

const FIX_ALL = 'source.fixAll.concurrencyAdvisor';

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Opens a fresh copy of a fixture, finds the preferred quick fix for `rule` on the line containing `needle`, applies it. */
async function applyPreferredFix(fixture: string, rule: string, needle: string, suffix: string) {
  const uri = await copyOf(fixture, suffix);
  const editor = await open(uri);
  await waitForRules(uri, [rule]);
  const line = editor.document.getText().split('\n').findIndex((text) => text.includes(needle));
  const diagnostic = diagnosticFor(uri, rule, line) ?? diagnosticFor(uri, rule);
  assert.ok(diagnostic, `${rule} in ${fixture}`);
  const fixes = await quickFixesFor(uri, diagnostic);
  const fix = fixes.find((action) => action.isPreferred) ?? fixes[0];
  assert.ok(fixes.some((action) => action.isPreferred), `one fix is preferred: ${fixes.map((f) => f.title).join(' | ')}`);
  await applyCodeAction(fix);
  return { uri, editor, fix, fixes, line: diagnostic.range.start.line };
}

suite('quick fixes', () => {
  suiteSetup(async () => {
    await extensionActivated();
  });

  test('blocking-io-in-async, CommonJS: readFileSync -> await readFile + require of node:fs/promises', async () => {
    const { uri, editor, line } = await applyPreferredFix('fixtures/blocking-cjs.js', 'blocking-io-in-async', 'readFileSync', 'fix-cjs');
    const text = editor.document.getText();
    assert.match(text, /await readFile\(file, 'utf8'\)/, text);
    assert.match(text, /const \{[^}]*\breadFile\b[^}]*\} = require\('(node:)?fs\/promises'\)/, 'a require matching the file style');
    assert.doesNotMatch(text, /import \{/, 'no ES import in a CommonJS file');
    await waitForRuleGone(uri, 'blocking-io-in-async', line);
  });

  test('blocking-io-in-async, TypeScript: readFileSync -> await readFile + import from node:fs/promises', async () => {
    const { uri, editor, line } = await applyPreferredFix('fixtures/blocking-esm.ts', 'blocking-io-in-async', 'readFileSync', 'fix-ts');
    const text = editor.document.getText();
    assert.match(text, /await readFile\(`templates\/\$\{name\}\.html`, 'utf8'\)/, text);
    assert.match(text, /import \{[^}]*\breadFile\b[^}]*\} from '(node:)?fs\/promises'/, 'an import of readFile');
    await waitForRuleGone(uri, 'blocking-io-in-async', line);
  });

  test('sequential-awaits -> const [a, b] = await Promise.all([...])', async () => {
    const { uri, editor } = await applyPreferredFix('fixtures/sequential.js', 'sequential-awaits', 'await fetchUser(id)', 'fix-seq');
    const text = editor.document.getText();
    assert.match(text, /const \[user, orders\] = await Promise\.all\(\[\s*fetchUser\(id\),\s*fetchOrders\(id\),?\s*\]\)/, text);
    await waitForRuleGone(uri, 'sequential-awaits');
  });

  test('cpu-heavy-on-event-loop -> Move to worker thread: creates the worker file and rewrites the call', async () => {
    const uri = await copyOf('fixtures/cpu-worker.js', 'fix-worker');
    const editor = await open(uri);
    await waitForRules(uri, ['cpu-heavy-on-event-loop']);
    const diagnostic = diagnosticFor(uri, 'cpu-heavy-on-event-loop')!;
    const fixes = await quickFixesFor(uri, diagnostic);
    const worker = fixes.find((action) => /worker/i.test(action.title));
    assert.ok(worker, `a "Move to worker thread" fix: ${fixes.map((f) => f.title).join(' | ')}`);
    const created = worker.edit?.entries().map(([entryUri]) => entryUri.toString()) ?? [];
    await applyCodeAction(worker);
    const text = editor.document.getText();
    assert.match(text, /await runInWorker\(/, text);
    const workerFile = created.find((file) => /\.worker\.(c|m)?(j|t)s$/.test(file));
    assert.ok(workerFile, `the edit creates a *.worker.js file: ${created.join(', ')}`);
    const workerDocument = await waitFor('the worker file', async () => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(workerFile));
      return document.getText().includes('countPrimes') ? document : undefined;
    });
    assert.match(workerDocument.getText(), /worker_threads|parentPort|piscina/, 'the worker module talks to its pool');
    await waitForRuleGone(uri, 'cpu-heavy-on-event-loop', diagnostic.range.start.line);
    assert.ok(path.basename(vscode.Uri.parse(workerFile).path).startsWith('countPrimes'), 'named after the function');
  });

  test('"Suppress <rule> on this line" inserts a disable-next-line comment and the diagnostic goes away', async () => {
    const uri = await copyOf('fixtures/blocking-cjs.js', 'fix-suppress');
    const editor = await open(uri);
    await waitForRules(uri, ['blocking-io-in-async']);
    const diagnostic = diagnosticFor(uri, 'blocking-io-in-async')!;
    const fixes = await quickFixesFor(uri, diagnostic);
    const suppress = fixes.find((action) => /^suppress\b/i.test(action.title) && action.title.includes('blocking-io-in-async'));
    assert.ok(suppress, `a suppression fix: ${fixes.map((f) => f.title).join(' | ')}`);
    await applyCodeAction(suppress);
    assert.match(editor.document.getText(), /\/\/ concurrency-advisor-disable-next-line blocking-io-in-async/);
    await waitForRuleGone(uri, 'blocking-io-in-async');
  });

  test('source.fixAll.concurrencyAdvisor is offered and rewrites every safe blocking call', async () => {
    const uri = await copyOf('fixtures/fix-all.js', 'fix-all');
    const editor = await open(uri);
    await waitForRules(uri, ['blocking-io-in-async']);
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await waitFor(`a ${FIX_ALL} action`, async () => {
      const found = (await codeActions(uri, all, FIX_ALL)).filter((action) => action.kind?.value === FIX_ALL);
      return found.length ? found : undefined;
    });
    await applyCodeAction(actions[0]);
    const text = editor.document.getText();
    assert.match(text, /await readFile\(file, 'utf8'\)/, text);
    assert.match(text, /await writeFile\(file, lines\.join\('\\n'\)\)/, text);
    await waitFor('no blocking-io-in-async left', () =>
      ourDiagnostics(uri).some((d) => ruleOf(d) === 'blocking-io-in-async') ? undefined : true,
    );
  });
});
