// The benchmark panel's HTML. Pure (no 'vscode'): report + asset URIs + nonce in, a string out.
// The table and verdict are rendered here; media/benchmark.js draws the two SVG charts from the embedded data.
import {
  machineLine,
  TABLE_HEADERS,
  tableCells,
  workloadTitle,
  type BenchmarkReport,
} from './benchmark-report';

export interface BenchmarkHtmlInput {
  report: BenchmarkReport;
  /** `webview.asWebviewUri(media/benchmark.js)`, as a string. */
  scriptUri: string;
  /** `webview.asWebviewUri(media/benchmark.css)`, as a string. */
  styleUri: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh for every render. */
  nonce: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** For double-quoted attribute values: keeps single quotes readable (the CSP's 'none', 'nonce-…'). */
function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}

/** JSON that is safe inside a <script> element: nothing can close it or start markup. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** 32 characters from [A-Za-z0-9]; `random` is injectable for tests. */
export function makeNonce(random: (size: number) => Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(32), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

function tableHtml(report: BenchmarkReport): string {
  const best = report.verdict?.best;
  const head = `<tr>${TABLE_HEADERS.map((h, i) => `<th scope="col"${i === 0 ? '' : ' class="num"'}>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = report.strategies.map((s) => {
    const name = `<th scope="row">${escapeHtml(s.name)}${s.name === best ? ' <span class="badge">best</span>' : ''}</th>`;
    if (s.error) {
      const [first, ...stack] = s.error.split(/\r?\n/);
      const details = stack.length > 0 ? `<details><summary>stack</summary><pre>${escapeHtml(stack.join('\n'))}</pre></details>` : '';
      return `<tr class="error" data-strategy="${escapeHtml(s.name)}">${name}<td colspan="${TABLE_HEADERS.length - 1}">error: ${escapeHtml(first ?? '')}${details}</td></tr>`;
    }
    const cells = tableCells(s).slice(1).map((cell) => `<td class="num">${escapeHtml(cell)}</td>`).join('');
    return `<tr${s.name === best ? ' class="best"' : ''} data-strategy="${escapeHtml(s.name)}">${name}${cells}</tr>`;
  });
  return `<table id="results">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function verdictHtml(report: BenchmarkReport): string {
  const verdict = report.verdict;
  if (!verdict || (!verdict.summary && !verdict.best)) return '<p class="muted">No verdict in this report.</p>';
  const facts: string[] = [];
  if (verdict.best) facts.push(`fastest: <strong>${escapeHtml(verdict.best)}</strong>`);
  if (verdict.classification) facts.push(`static analysis: <strong>${escapeHtml(verdict.classification)}</strong>`);
  return [
    verdict.summary ? `<p id="verdict-summary">${escapeHtml(verdict.summary)}</p>` : '',
    facts.length > 0 ? `<p class="muted">${facts.join(' · ')}</p>` : '',
  ].join('\n');
}

export function buildBenchmarkHtml(input: BenchmarkHtmlInput): string {
  const { report, nonce } = input;
  const title = `Micro-benchmark: ${workloadTitle(report)}`;
  const machine = machineLine(report);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(input.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(input.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<header>
<div>
<h1>${escapeHtml(title)}</h1>
${machine ? `<p class="muted">${escapeHtml(machine)}</p>` : ''}
</div>
<button id="copy-markdown" type="button">Copy as Markdown</button>
</header>
<section id="verdict" aria-labelledby="verdict-title">
<h2 id="verdict-title">Verdict</h2>
${verdictHtml(report)}
</section>
<section aria-labelledby="wall-title">
<h2 id="wall-title">Wall time per strategy</h2>
<p class="muted">Median over the timed rounds; the whisker spans min to max. Shorter is faster.</p>
<div id="wall-chart" class="chart" role="img" aria-label="Bar chart of median wall time per strategy"></div>
</section>
<section aria-labelledby="delay-title">
<h2 id="delay-title">Event-loop delay on the main thread</h2>
<p class="muted">How long the main thread could not serve anything else during the run (p99 and max). Lower is better.</p>
<div id="delay-chart" class="chart" role="img" aria-label="Bar chart of event-loop delay per strategy"></div>
</section>
<section aria-labelledby="table-title">
<h2 id="table-title">Results</h2>
${tableHtml(report)}
</section>
<script type="application/json" id="benchmark-data">${scriptJson(report)}</script>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(input.scriptUri)}"></script>
</body>
</html>
`;
}
