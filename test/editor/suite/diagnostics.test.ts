// Diagnostics as the user sees them: rule codes with documentation links, evidence chains in relatedInformation,
// severities and suppressions from settings and comments, re-analysis while typing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SOURCE,
  commandExists,
  diagnosticFor,
  extensionActivated,
  lineOf,
  openFile,
  ourDiagnostics,
  ruleOf,
  setWorkspaceSetting,
  waitFor,
  waitForRuleGone,
  waitForRules,
  workspaceFile,
} from './helpers';

const COMMANDS = [
  'concurrencyAdvisor.analyzeWorkspace',
  'concurrencyAdvisor.showFunctionReport',
  'concurrencyAdvisor.toggleHints',
  'concurrencyAdvisor.restartServer',
  'concurrencyAdvisor.runBenchmark',
];

suite('diagnostics', () => {
  suiteSetup(async () => {
    await extensionActivated();
  });

  test('the extension activates and registers every command of the contract', async () => {
    const missing: string[] = [];
    for (const id of COMMANDS) if (!(await commandExists(id))) missing.push(id);
    assert.deepEqual(missing, [], 'commands missing');
  });

  test('examples/service/server.js: blocking I/O, CPU on the event loop and sequential awaits', async () => {
    const editor = await openFile('examples/service/server.js');
    const uri = editor.document.uri;
    const diagnostics = await waitForRules(uri, ['blocking-io-in-async', 'cpu-heavy-on-event-loop', 'sequential-awaits']);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, SOURCE);
      assert.ok(diagnostic.message.length > 10, `a real message: ${diagnostic.message}`);
    }
  });

  test('`code` is the rule id with a link to docs/rules/<id>.md', async () => {
    const uri = workspaceFile('examples/service/server.js');
    const diagnostics = await waitForRules(uri, ['blocking-io-in-async']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code !== null && 'target' in code, `code with a target on "${diagnostic.message}"`);
      assert.match(code.target.toString(), new RegExp(`docs/rules/${String(code.value)}\\.md$`));
    }
  });

  test('relatedInformation points along the evidence chain: the readFileSync inside the helper', async () => {
    const editor = await openFile('examples/service/server.js');
    const document = editor.document;
    await waitForRules(document.uri, ['blocking-io-in-async']);
    const callLine = lineOf(document, 'const settings = readSettings();');
    const blocking = diagnosticFor(document.uri, 'blocking-io-in-async', callLine);
    assert.ok(blocking, `blocking-io-in-async on the readSettings() call (line ${callLine + 1}); have ${describe(ourDiagnostics(document.uri))}`);
    const readLine = lineOf(document, 'fs.readFileSync(');
    const related = blocking.relatedInformation ?? [];
    assert.ok(
      related.some((info) => info.location.uri.toString() === document.uri.toString() && info.location.range.start.line === readLine),
      `relatedInformation reaches line ${readLine + 1} (readFileSync); got ${related.map((r) => `${r.location.uri.path}:${r.location.range.start.line + 1}`).join(', ') || 'none'}`,
    );
  });

  test('relatedInformation crosses files: correlate() -> the nested loop in lib/stats.js', async () => {
    const editor = await openFile('examples/service/server.js');
    const document = editor.document;
    await waitForRules(document.uri, ['cpu-heavy-on-event-loop']);
    const line = lineOf(document, 'correlate(orders, customers)');
    const cpu = diagnosticFor(document.uri, 'cpu-heavy-on-event-loop', line);
    assert.ok(cpu, `cpu-heavy-on-event-loop on the correlate() call (line ${line + 1})`);
    const related = cpu.relatedInformation ?? [];
    assert.ok(
      related.some((info) => info.location.uri.path.endsWith('/examples/service/lib/stats.js')),
      `relatedInformation into lib/stats.js; got ${related.map((r) => r.location.uri.path).join(', ') || 'none'}`,
    );
  });

  test('a TypeScript file: examples/service/jobs/nightly.ts', async () => {
    const editor = await openFile('examples/service/jobs/nightly.ts');
    assert.equal(editor.document.languageId, 'typescript');
    await waitForRules(editor.document.uri, ['await-in-loop-independent', 'blocking-io-in-async', 'cpu-in-promise-all', 'sync-sleep']);
  });

  test('per-rule severity and "off" from settings apply without a restart', async () => {
    const uri = (await openFile('fixtures/sequential.js')).document.uri;
    await waitForRules(uri, ['sequential-awaits']);
    try {
      await setWorkspaceSetting('rules', { 'sequential-awaits': 'error' });
      await waitFor('sequential-awaits as an error', () =>
        diagnosticFor(uri, 'sequential-awaits')?.severity === vscode.DiagnosticSeverity.Error ? true : undefined,
      );
      await setWorkspaceSetting('rules', { 'sequential-awaits': 'off' });
      await waitForRuleGone(uri, 'sequential-awaits');
    } finally {
      await setWorkspaceSetting('rules', undefined);
    }
    await waitFor('sequential-awaits back as a warning', () =>
      diagnosticFor(uri, 'sequential-awaits')?.severity === vscode.DiagnosticSeverity.Warning ? true : undefined,
    );
  });

  test('edits are re-analysed: a new readFileSync appears, a disable-next-line comment removes it', async () => {
    const editor = await openFile('fixtures/editing.js');
    const document = editor.document;
    await waitForRules(document.uri, ['blocking-io-in-async']);
    const returnLine = lineOf(document, 'return fs.readFileSync(file');
    const before = ourDiagnostics(document.uri).filter((d) => ruleOf(d) === 'blocking-io-in-async').length;

    // Type a second blocking call in the async function.
    await editor.edit((edit) => edit.insert(new vscode.Position(returnLine, 0), "  fs.statSync(file);\n"));
    await waitFor('a second blocking-io-in-async after typing', () =>
      ourDiagnostics(document.uri).filter((d) => ruleOf(d) === 'blocking-io-in-async').length > before ? true : undefined,
    );
    assert.ok(diagnosticFor(document.uri, 'blocking-io-in-async', returnLine), 'the typed statSync is flagged');

    // Suppress it with a comment.
    await editor.edit((edit) =>
      edit.insert(new vscode.Position(returnLine, 0), '  // concurrency-advisor-disable-next-line blocking-io-in-async\n'),
    );
    await waitForRuleGone(document.uri, 'blocking-io-in-async', returnLine + 1);
    assert.ok(diagnosticFor(document.uri, 'blocking-io-in-async', returnLine + 2), 'the unsuppressed readFileSync is still flagged');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
}
