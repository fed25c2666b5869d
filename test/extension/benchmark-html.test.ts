import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBenchmarkHtml, makeNonce, scriptJson } from '../../src/extension/benchmark-html';
import {
  benchmarkMarkdown,
  parseBenchmarkOutput,
  parseBenchmarkReport,
  type BenchmarkReport,
} from '../../src/extension/benchmark-report';

const projectRoot = path.resolve(__dirname, '../..');

// What VS Code's asWebviewUri and cspSource look like (desktop); the builder must use them verbatim.
const scriptUri = 'https://file%2B.vscode-resource.vscode-cdn.net/ext/media/benchmark.js';
const styleUri = 'https://file%2B.vscode-resource.vscode-cdn.net/ext/media/benchmark.css';
const cspSource = 'https://*.vscode-cdn.net';
const nonce = 'AbC123nonceXYZ7890abcdefghijklmn';

function strategy(name: string, median: number, extra: Record<string, unknown> = {}) {
  return {
    name,
    wallMs: { median, min: median * 0.9, max: median * 1.2, rme: 2.5 },
    rounds: 5,
    startupMs: name === 'sequential' || name === 'async' ? 0 : 35,
    cpuMs: median * 1.5,
    eventLoopDelayMs: { max: name === 'sequential' ? 410 : 3, p99: name === 'sequential' ? 400 : 2 },
    peakRssMb: 60,
    speedup: 1000 / median,
    ...extra,
  };
}

const raw = {
  version: 1,
  workload: { kind: 'builtin', name: 'cpu', tasks: 5 },
  machine: { cpus: 2, node: 'v20.19.0' },
  strategies: [
    strategy('sequential', 1000),
    strategy('async', 1010),
    strategy('worker-threads', 520),
    { ...strategy('child-process', 0), error: 'Error: boom\n    at task (file.js:1:1)', speedup: 0 },
  ],
  verdict: {
    best: 'worker-threads',
    classification: 'cpu',
    summary: 'static: cpu. measured: worker-threads 1.9x faster <img src=x onerror=alert(1)> & "more" -> use a pool',
  },
};

function report(value: unknown = raw): BenchmarkReport {
  const parsed = parseBenchmarkReport(value);
  assert.ok('report' in parsed, JSON.stringify(parsed));
  return parsed.report;
}

const html = () => buildBenchmarkHtml({ report: report(), scriptUri, styleUri, cspSource, nonce });

describe('benchmark panel HTML (src/extension/benchmark-html.ts)', () => {
  it('sets a CSP of default-src none with the nonce, and loads its one script with that nonce', () => {
    const page = html();
    const csp = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(csp, 'CSP meta tag');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`]);
    assert.deepEqual(directives.get('style-src'), [cspSource]);
    const scripts = [...page.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const executable = scripts.filter((attributes) => !/type="application\/json"/.test(attributes));
    assert.equal(executable.length, 1);
    assert.match(executable[0]!, new RegExp(`nonce="${nonce}"`));
    assert.match(executable[0]!, /src="[^"]+"/);
    assert.doesNotMatch(page, /<[a-z][^>]*\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(page, /<[a-z][^>]*\sstyle=/i, 'no inline styles (style-src has no unsafe-inline)');
  });

  it('takes assets only from the given asWebviewUri URIs, and has no other http(s) URL', () => {
    const page = html();
    const references = [...page.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(references.sort(), [scriptUri, styleUri].sort());
    const rest = page.split(scriptUri).join('').split(styleUri).join('').split(cspSource).join('');
    assert.doesNotMatch(rest, /https?:/i);
    assert.doesNotMatch(page, /cdn\.jsdelivr|unpkg|cdnjs/);
  });

  it('renders a table row per strategy, an error row, and marks the best one', () => {
    const page = html();
    for (const name of ['sequential', 'async', 'worker-threads', 'child-process']) {
      assert.match(page, new RegExp(`<tr[^>]*data-strategy="${name}"`), name);
    }
    const worker = page.match(/<tr class="best" data-strategy="worker-threads">(.*?)<\/tr>/)?.[1];
    assert.ok(worker, 'best row');
    assert.match(worker, />520<\/td>/); // median
    assert.match(worker, />468–624<\/td>/); // min–max
    assert.match(worker, />±2\.5%<\/td>/);
    assert.match(worker, />1\.92×<\/td>/);
    const failed = page.match(/<tr class="error" data-strategy="child-process">(.*?)<\/tr>/s)?.[1];
    assert.ok(failed, 'error row');
    assert.match(failed, /error: Error: boom/);
    const sequential = page.match(/<tr data-strategy="sequential">(.*?)<\/tr>/)?.[1];
    assert.match(sequential!, />410<\/td>/); // event-loop max
  });

  it('escapes the verdict text and the report data', () => {
    const page = html();
    assert.match(page, /1\.9x faster &lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;more&quot; -&gt; use a pool/);
    assert.doesNotMatch(page, /<img/);
    const hostile = report({ ...raw, strategies: [strategy('</script><script>alert(1)</script>', 5)] });
    const page2 = buildBenchmarkHtml({ report: hostile, scriptUri, styleUri, cspSource, nonce });
    assert.equal(page2.match(/<script/g)?.length, 2, 'only the data block and the nonce script');
    assert.ok(page2.includes('&lt;/script&gt;&lt;script&gt;'), 'escaped in the table');
    assert.ok(scriptJson('</script>').includes('\\u003c/script\\u003e'));
  });

  it('embeds the report for media/benchmark.js as JSON', () => {
    const data = html().match(/<script type="application\/json" id="benchmark-data">(.*?)<\/script>/s)?.[1];
    assert.ok(data);
    assert.deepEqual(JSON.parse(data), JSON.parse(JSON.stringify(report())));
  });

  it('makes a fresh 32-character nonce each time', () => {
    const a = makeNonce((size) => randomBytes(size));
    const b = makeNonce((size) => randomBytes(size));
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, b);
  });
});

describe('benchmark report (src/extension/benchmark-report.ts)', () => {
  it('accepts the issue-4 contract and drops what is not a number', () => {
    const parsed = report({ ...raw, strategies: [{ name: 'async', wallMs: { median: 'fast' }, speedup: null }] });
    assert.equal(parsed.strategies[0]!.wallMs, undefined);
    assert.equal(parsed.strategies[0]!.speedup, undefined);
    assert.equal(report().strategies[3]!.speedup, undefined, 'speed-up 0 means "none"');
  });

  it('rejects other versions and non-reports', () => {
    assert.ok('error' in parseBenchmarkReport({ ...raw, version: 2 }));
    assert.ok('error' in parseBenchmarkReport([]));
    assert.ok('error' in parseBenchmarkReport({ version: 1 }));
    assert.ok('error' in parseBenchmarkOutput('not implemented yet'));
    assert.ok('error' in parseBenchmarkOutput('{"version":1,'));
  });

  it('reads the JSON after leading log lines', () => {
    const parsed = parseBenchmarkOutput(`warming up\n${JSON.stringify(raw)}\n`);
    assert.ok('report' in parsed && parsed.report.strategies.length === 4);
  });

  it('copies as a Markdown table with escaped cells', () => {
    const markdown = benchmarkMarkdown(report({ ...raw, verdict: { ...raw.verdict, summary: 'a | b' } }));
    assert.match(markdown, /^### Micro-benchmark: cpu \(built-in workload · 5 tasks\)/);
    assert.match(markdown, /\| worker-threads \| 520 \| 468–624 \| ±2\.5% \| 1\.92× \|/);
    assert.match(markdown, /\| child-process \| error: Error: boom {5}at task \(file\.js:1:1\) \|/);
    assert.match(markdown, /\*\*Verdict:\*\* a \\\| b/);
  });
});

describe('benchmark charts (media/benchmark.js)', () => {
  // The webview script exports its pure chart builders when loaded under Node.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const charts = require(path.join(projectRoot, 'media', 'benchmark.js')) as {
    wallChartSvg(report: unknown): string;
    delayChartSvg(report: unknown): string;
    niceScale(max: number, ticks: number): { max: number; step: number };
  };

  it('draws a bar with a min-max whisker per measured strategy, and says which failed', () => {
    const svg = charts.wallChartSvg(report());
    assert.equal(svg.match(/<rect class="bar/g)?.length, 3);
    assert.match(svg, /<rect class="bar best" data-strategy="worker-threads"/);
    assert.equal(svg.match(/<line class="whisker"/g)?.length, 9);
    assert.match(svg, /error: Error: boom/);
    assert.doesNotMatch(svg, /https?:|style=/);
  });

  it('draws the event-loop delay (p99 inside max) per strategy', () => {
    const svg = charts.delayChartSvg(report());
    assert.equal(svg.match(/<rect class="delay-max" data-strategy=/g)?.length, 3);
    assert.match(svg, /sequential: max 410 ms/);
  });

  it('escapes strategy names', () => {
    const svg = charts.wallChartSvg(report({ ...raw, strategies: [strategy('<b>x</b>', 5)] }));
    assert.ok(svg.includes('&lt;b&gt;x&lt;/b&gt;'));
    assert.doesNotMatch(svg, /<b>/);
  });

  it('picks round axis steps', () => {
    assert.deepEqual(charts.niceScale(1200, 4), { max: 1500, step: 500 });
    assert.deepEqual(charts.niceScale(0, 4), { max: 1, step: 0.25 });
  });

  it('ships next to its stylesheet', () => {
    assert.ok(fs.existsSync(path.join(projectRoot, 'media', 'benchmark.css')));
  });
});
