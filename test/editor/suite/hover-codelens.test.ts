// Hovers on functions and CodeLens hints above them, as VS Code's own providers API returns them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionActivated, hoverText, lineOf, openFile, positionOf, waitFor, waitForRules } from './helpers';

const OUR_COMMANDS = /^concurrencyAdvisor\./;

async function ourLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 1000)) ?? [];
  return lenses.filter((lens) => lens.command && (OUR_COMMANDS.test(lens.command.command) || /cpu|i\/o|blocking|mixed/i.test(lens.command.title)));
}

function lensesOnLine(lenses: readonly vscode.CodeLens[], line: number): vscode.CodeLens[] {
  return lenses.filter((lens) => lens.range.start.line === line);
}

suite('hover and CodeLens', () => {
  suiteSetup(async () => {
    await extensionActivated();
  });

  test('hover on a CPU-bound function: classification, confidence, evidence, recommendation with an example', async () => {
    const editor = await openFile('examples/service/lib/stats.js');
    const document = editor.document;
    const position = positionOf(document, 'correlate(orders, customers) {').translate(0, 2);
    const text = await waitFor('our hover on correlate', async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
      const joined = hoverText(hovers);
      return /cpu/i.test(joined) && /worker/i.test(joined) ? joined : undefined;
    });
    assert.match(text, /\b(0\.\d+|\d{1,3}\s?%)/, 'a confidence');
    assert.match(text, /nested|loop/i, 'the evidence (the nested loop)');
    assert.match(text, /```/, 'a short code example');
  });

  test('hover on an async handler that blocks: the blocking call and the async alternative', async () => {
    const editor = await openFile('examples/service/server.js');
    const document = editor.document;
    await waitForRules(document.uri, ['blocking-io-in-async']);
    const position = positionOf(document, 'readSettings() {').translate(0, 2);
    const text = await waitFor('our hover on readSettings', async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
      const joined = hoverText(hovers);
      return /readFileSync/.test(joined) && /block/i.test(joined) ? joined : undefined;
    });
    assert.match(text, /readFile\b|fs\/promises/, 'recommends the async API');
  });

  test('CodeLens above a non-trivial function: summary, Benchmark, Explain (titles after resolve)', async () => {
    const editor = await openFile('examples/service/lib/stats.js');
    const document = editor.document;
    const line = lineOf(document, 'function correlate(');
    const lenses = await waitFor('resolved lenses on correlate', async () => {
      const found = lensesOnLine(await ourLenses(document.uri), line);
      return found.length >= 3 ? found : undefined;
    });
    const titles = lenses.map((lens) => lens.command!.title);
    assert.ok(titles.every((title) => title.trim().length > 0), `every lens has a title: ${JSON.stringify(titles)}`);
    assert.ok(titles.some((title) => /cpu-bound/i.test(title)), `a summary lens: ${JSON.stringify(titles)}`);

    const benchmark = lenses.find((lens) => lens.command!.title.includes('Benchmark'));
    assert.equal(benchmark?.command?.command, 'concurrencyAdvisor.runBenchmark');
    const argument = benchmark!.command!.arguments?.[0] as { uri?: unknown; name?: unknown; line?: unknown };
    assert.equal(argument?.name, 'correlate');
    assert.equal(String(argument?.uri), document.uri.toString());

    const explain = lenses.find((lens) => lens.command!.title.includes('Explain'));
    assert.equal(explain?.command?.command, 'concurrencyAdvisor.showFunctionReport');
  });

  test('Toggle Hints flips concurrencyAdvisor.codeLens.enable and the lenses follow', async () => {
    const editor = await openFile('examples/service/lib/stats.js');
    const uri = editor.document.uri;
    const read = () => vscode.workspace.getConfiguration('concurrencyAdvisor', uri).get<boolean>('codeLens.enable');
    await waitFor('lenses before toggling', async () => ((await ourLenses(uri)).length > 0 ? true : undefined));
    const before = read();
    assert.equal(before, true, 'hints are on by default');
    try {
      await vscode.commands.executeCommand('concurrencyAdvisor.toggleHints');
      await waitFor('codeLens.enable = false', () => (read() === false ? true : undefined), { timeoutMs: 5000 });
      await waitFor('no lenses while hints are off', async () => ((await ourLenses(uri)).length === 0 ? true : undefined));
    } finally {
      await vscode.commands.executeCommand('concurrencyAdvisor.toggleHints');
    }
    await waitFor('codeLens.enable = true again', () => (read() === true ? true : undefined), { timeoutMs: 5000 });
    await waitFor('lenses back after toggling again', async () => ((await ourLenses(uri)).length > 0 ? true : undefined));
  });
});
