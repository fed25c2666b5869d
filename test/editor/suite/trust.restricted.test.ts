// Runs only in the `restricted` session: workspace trust enabled and the folder not trusted (Restricted Mode).
// Analysis works (it only reads code); the micro-benchmark, which runs user code, refuses with a message.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import { allTabs, extensionActivated, openFile, probe, sleep, waitFor, waitForRules } from './helpers';

suite('restricted mode (untrusted workspace)', () => {
  test('the workspace is not trusted and the extension still activates', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the restricted session opens the folder untrusted');
    await extensionActivated();
  });

  test('diagnostics still appear: analysis only reads code', async () => {
    const editor = await openFile('examples/service/server.js');
    await waitForRules(editor.document.uri, ['blocking-io-in-async', 'cpu-heavy-on-event-loop']);
  });

  test('Run Micro-benchmark refuses, says why, and opens no panel', async () => {
    await extensionActivated();
    const result = await vscode.commands.executeCommand<{ kind?: string; message?: string } | undefined>(
      'concurrencyAdvisor.runBenchmark',
      { builtin: 'cpu' },
    );
    if (result !== undefined) assert.equal(result.kind, 'refused', JSON.stringify(result));
    if (config.probes) {
      const texts = await waitFor('a notification about workspace trust', async () => {
        const { texts } = await probe('notifications');
        return texts.some((text) => /trust|restricted/i.test(text)) ? texts : undefined;
      });
      assert.ok(texts.some((text) => /benchmark/i.test(text)), `the message names the benchmark: ${texts.join(' | ')}`);
    }
    await sleep(1000);
    assert.ok(
      !allTabs().some((tab) => tab.input instanceof vscode.TabInputWebview),
      'no webview panel was opened',
    );
  });
});
