// Every command of the contract, run the way the palette runs it, plus the status bar item.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import {
  allTabs,
  extensionActivated,
  lineOf,
  openFile,
  ourDiagnostics,
  probe,
  rulesIn,
  waitFor,
  waitForRules,
  workspaceFile,
} from './helpers';

suite('commands', () => {
  suiteSetup(async () => {
    await extensionActivated();
  });

  test('Analyze Workspace publishes diagnostics for files that are not open', async function () {
    this.timeout(90_000);
    const pool = workspaceFile('examples/service/lib/pool.js');
    assert.ok(
      !vscode.workspace.textDocuments.some((document) => document.uri.toString() === pool.toString()),
      'lib/pool.js is not open',
    );
    const result = await vscode.commands.executeCommand<{ files: number; diagnostics: number; cancelled: boolean } | undefined>(
      'concurrencyAdvisor.analyzeWorkspace',
    );
    if (result !== undefined) {
      assert.equal(result.cancelled, false, `not cancelled: ${JSON.stringify(result)}`);
      assert.ok(result.files >= 7, `analyzed the example and fixture files: ${JSON.stringify(result)}`);
      assert.ok(result.diagnostics > 0, `found something: ${JSON.stringify(result)}`);
    }
    await waitForRules(pool, ['worker-per-task'], 60_000);
    await waitForRules(workspaceFile('examples/service/lib/importer.js'), ['async-foreach', 'await-in-loop-independent']);
  });

  test('Analyze Workspace right after the server (re)starts is not reported as cancelled', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('concurrencyAdvisor.restartServer');
    const result = await vscode.commands.executeCommand<{ files: number; diagnostics: number; cancelled: boolean } | undefined>(
      'concurrencyAdvisor.analyzeWorkspace',
    );
    assert.ok(result, 'a result');
    assert.equal(result.cancelled, false, `the user did not cancel: ${JSON.stringify(result)}`);
    assert.ok(result.files > 0, JSON.stringify(result));
  });

  test('Show Function Report opens a report for the function at a line', async () => {
    const editor = await openFile('examples/service/lib/stats.js');
    const line = lineOf(editor.document, 'function correlate(');
    const before = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const tabsBefore = allTabs().length;
    await vscode.commands.executeCommand('concurrencyAdvisor.showFunctionReport', { uri: editor.document.uri.toString(), line });
    const report = await waitFor('a report document or panel', () => {
      const opened = vscode.workspace.textDocuments.find((document) => !before.has(document.uri.toString()) && /correlate/.test(document.getText()));
      if (opened) return opened.getText();
      return allTabs().length > tabsBefore ? allTabs().map((tab) => tab.label).join(', ') : undefined;
    });
    assert.match(report, /correlate/);
    if (report.includes('\n')) assert.match(report, /cpu/i, 'the report classifies the function');
  });

  test('Show Function Report without arguments uses the active editor', async () => {
    const editor = await openFile('examples/service/server.js');
    const line = lineOf(editor.document, 'async function handleLogin(');
    editor.selection = new vscode.Selection(line + 1, 4, line + 1, 4);
    const before = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    await vscode.commands.executeCommand('concurrencyAdvisor.showFunctionReport');
    await waitFor('a report mentioning handleLogin', () =>
      vscode.workspace.textDocuments.find((document) => !before.has(document.uri.toString()) && /handleLogin/.test(document.getText())),
    );
  });

  test('the status bar summarises the active file', async function () {
    if (!config.probes) this.skip();
    await openFile('examples/service/server.js');
    await waitForRules(workspaceFile('examples/service/server.js'), ['cpu-heavy-on-event-loop']);
    const item = await waitFor('our status bar item', async () => {
      const { items } = await probe('statusBar');
      return items.find((candidate) => /concurrencyAdvisor|concurrency-advisor/i.test(candidate.id) && /\d/.test(candidate.text));
    });
    assert.match(item.text, /\d+\s*(cpu|blocking|io|mixed)/i, `summary text: ${item.text}`);
  });

  test('Restart Server: diagnostics come back and a newly opened file is analysed', async function () {
    this.timeout(60_000);
    const server = workspaceFile('examples/service/server.js');
    await openFile('examples/service/server.js');
    await waitForRules(server, ['blocking-io-in-async']);
    await vscode.commands.executeCommand('concurrencyAdvisor.restartServer');
    await waitForRules(server, ['blocking-io-in-async', 'cpu-heavy-on-event-loop', 'sequential-awaits'], 30_000);
    const fresh = await openFile('examples/service/jobs/nightly.ts');
    await waitForRules(fresh.document.uri, ['sync-sleep'], 30_000);
    assert.ok(ourDiagnostics(server).length > 0, `server.js still has diagnostics: ${rulesIn(server).join(', ')}`);
  });
});
