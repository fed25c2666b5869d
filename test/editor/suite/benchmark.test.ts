// "Run Micro-benchmark" in a trusted workspace: from a function's CodeLens to the results panel, cancelling a run
// from its progress notification, and (with --slow) a built-in workload to the end.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import { allTabs, extensionActivated, lineOf, openFile, probe, sleep, waitFor } from './helpers';

interface BenchmarkResult {
  kind: 'report' | 'cancelled' | 'not-implemented' | 'error' | 'refused';
  message?: string;
}

const benchmarkTab = () =>
  allTabs().find((tab) => tab.input instanceof vscode.TabInputWebview && /concurrencyAdvisor\.benchmark/.test(tab.input.viewType));

/**
 * Runs the command and answers its prompts the way a user pressing Enter does (the arguments input box keeps its
 * default: the function's @benchmark tag).
 */
async function runAndAcceptPrompts(argument: unknown, timeoutMs: number): Promise<BenchmarkResult | undefined> {
  let settled = false;
  const running = Promise.resolve(vscode.commands.executeCommand<BenchmarkResult | undefined>('concurrencyAdvisor.runBenchmark', argument)).finally(() => {
    settled = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(250);
  }
  assert.ok(settled, `runBenchmark finished within ${timeoutMs} ms`);
  return running;
}

async function panelText(needle: RegExp): Promise<string> {
  return waitFor(
    `the benchmark panel content (${needle})`,
    async () => {
      const { frames } = await probe('webviews');
      return frames.map((frame) => frame.text).find((text) => needle.test(text));
    },
    { timeoutMs: 30_000, intervalMs: 500 },
  );
}

suite('micro-benchmark (trusted workspace)', () => {
  suiteSetup(async () => {
    await extensionActivated();
  });

  test('from a function CodeLens to the results panel', async function () {
    this.timeout(120_000);
    assert.equal(vscode.workspace.isTrusted, true, 'the trusted session runs with workspace trust disabled');
    const editor = await openFile('fixtures/bench-target.js');
    const line = lineOf(editor.document, 'function pairSums(');
    // The Benchmark lens's command, exactly as a click would run it (or the contract's argument if no lens shows).
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 100)) ?? [];
    const lens = lenses.find((candidate) => candidate.command?.command === 'concurrencyAdvisor.runBenchmark' && candidate.range.start.line === line);
    const argument = lens?.command?.arguments?.[0] ?? { uri: editor.document.uri.toString(), name: 'pairSums', line };

    const result = await runAndAcceptPrompts(argument, 110_000);
    assert.equal(result?.kind, 'report', `a report: ${JSON.stringify(result)}`);
    const tab = await waitFor('the benchmark webview tab', benchmarkTab);
    assert.match(tab.label, /pairSums/);
    if (config.probes) {
      const text = await panelText(/pairSums/);
      for (const strategy of ['sequential', 'async', 'worker']) assert.match(text, new RegExp(strategy, 'i'), `the panel lists ${strategy}`);
    }
  });

  test('a built-in workload can be cancelled from its progress notification', async function () {
    if (!config.probes) this.skip();
    this.timeout(60_000);
    const running = Promise.resolve(
      vscode.commands.executeCommand<BenchmarkResult | undefined>('concurrencyAdvisor.runBenchmark', { builtin: 'cpu' }),
    );
    await waitFor('the progress notification', async () => {
      const { texts } = await probe('notifications');
      return texts.some((text) => /benchmarking/i.test(text)) ? true : undefined;
    });
    await sleep(1000);
    await probe('clickNotificationButton', { text: 'benchmarking', button: 'Cancel' });
    const result = await Promise.race([running, sleep(15_000).then(() => 'timeout' as const)]);
    assert.notEqual(result, 'timeout', 'the command returned within 15 s of the cancel');
    assert.equal((result as BenchmarkResult | undefined)?.kind, 'cancelled', JSON.stringify(result));
  });

  test('the built-in cpu workload to the end shows its panel (--slow)', async function () {
    if (!config.slow) this.skip(); // about a minute on 2 cores: the extension passes no --tasks/--task-ms for built-ins
    this.timeout(240_000);
    const result = await vscode.commands.executeCommand<BenchmarkResult | undefined>('concurrencyAdvisor.runBenchmark', { builtin: 'cpu' });
    assert.equal(result?.kind, 'report', JSON.stringify(result));
    const tab = await waitFor('the benchmark webview tab', benchmarkTab);
    assert.match(tab.label, /cpu/i);
    if (config.probes) await panelText(/child-process|worker-threads/i);
  });
});
