import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult, FunctionResult } from '../../src/analyzer/types';
import { fileReportMarkdown, functionAtLine } from '../../src/extension/report-markdown';
import { summarizeFile } from '../../src/extension/status-summary';

function fn(name: string, line: number, endLine: number, classification: FunctionResult['classification'], evidence = ''): FunctionResult {
  return {
    name, line, column: 1, endLine, endColumn: 2, classification, confidence: 0.9,
    evidence: evidence ? [{ line: line + 1, column: 3, kind: 'loop', message: evidence }] : [],
  };
}

const file: FileResult = {
  path: '/p/server.js',
  functions: [
    fn('handleReport', 10, 30, 'blocking-io', 'blocking-io: blocks on fs.readFileSync (line 12)'),
    fn('<anonymous>', 14, 16, 'cpu', 'cpu: for loop while i < n | j (line 15) -> calls g'),
    fn('correlate', 40, 50, 'cpu', 'cpu: nested for...of over orders (line 42)'),
    fn('formatMoney', 60, 62, 'none'),
  ],
  diagnostics: [{
    rule: 'blocking-io-in-async', severity: 'warning', line: 12, column: 5, endLine: 12, endColumn: 30,
    message: "fs.readFileSync blocks in 'handleReport' | <b>", suggestion: 'Use `fs/promises.readFile` (a | b).',
  }],
};

describe('file report (src/extension/report-markdown.ts)', () => {
  it('finds the innermost function spanning a 0-based line', () => {
    assert.equal(functionAtLine(file.functions, 14)?.name, '<anonymous>'); // line 15
    assert.equal(functionAtLine(file.functions, 9)?.name, 'handleReport'); // line 10
    assert.equal(functionAtLine(file.functions, 35), undefined);
  });

  it('focuses the function at the given line and points at its heading', () => {
    const report = fileReportMarkdown(file, { uri: 'file:///p/server.js', label: 'server.js', focusLine: 41 });
    assert.equal(report.focused?.name, 'correlate');
    const lines = report.markdown.split('\n');
    assert.equal(lines[report.focusHeadingLine], '## Focus: correlate: CPU-bound');
    assert.ok(lines.indexOf('## Functions') > report.focusHeadingLine);
    assert.equal(report.markdown.match(/correlate: CPU-bound/g)?.length, 1, 'not repeated under Functions');
  });

  it('lists findings, evidence with links, and trivial functions; escapes Markdown and HTML', () => {
    const { markdown, focused } = fileReportMarkdown(file, { uri: 'file:///p/server.js', label: 'server.js' });
    assert.equal(focused, undefined);
    assert.match(markdown, /^# Concurrency report: server\.js$/m);
    assert.match(markdown, /4 functions \(2 CPU-bound · 1 blocking I\/O · 1 trivial\) · 1 finding/);
    assert.ok(
      markdown.includes("| [12](file:///p/server.js#L12) | warning | `blocking-io-in-async` | fs.readFileSync blocks in 'handleReport' \\| \\<b> | Use `fs/promises.readFile` (a \\| b). |"),
      markdown,
    );
    assert.match(markdown, /### anonymous function \(line 14\): CPU-bound/);
    assert.ok(markdown.includes('- line [15](file:///p/server.js#L15): cpu: for loop while i < n | j (line 15) → calls g'), 'arrows, no table escapes outside tables');
    assert.match(markdown, /## Trivial functions\n\nformatMoney \(line \[60\]/);
    assert.doesNotMatch(markdown, /<anonymous>|(?<!\\)<b>/);
  });

  it('says when no function spans the line', () => {
    const { markdown } = fileReportMarkdown(file, { uri: 'file:///p/server.js', label: 'server.js', focusLine: 35 });
    assert.match(markdown, /No function spans line 36/);
  });
});

describe('status bar summary (src/extension/status-summary.ts)', () => {
  it('counts the classifications that matter for the event loop', () => {
    const summary = summarizeFile(file);
    assert.equal(summary.text, '$(pulse) 2 cpu · 1 blocking');
    assert.match(summary.tooltip, /4 functions, 1 finding/);
    assert.match(summary.tooltip, /Click for the file report/);
  });

  it('reads clean, skipped and failed files', () => {
    assert.equal(summarizeFile({ path: 'a', functions: [fn('f', 1, 2, 'io')], diagnostics: [] }).text, '$(pulse) no blocking code');
    assert.match(summarizeFile({ path: 'a', functions: [], diagnostics: [], skipped: 'minified' }).text, /skipped/);
    assert.match(summarizeFile({ path: 'a', functions: [], diagnostics: [], error: 'parse error' }).tooltip, /parse error/);
  });
});

describe('extension layering', () => {
  const root = path.resolve(__dirname, '../..');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? sources(full) : /\.[cm]?[jt]s$/.test(entry.name) ? [full] : [];
    });
  const importsVscode = (file: string) => /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/.test(fs.readFileSync(file, 'utf8'));

  it('only src/extension imports vscode', () => {
    const offenders = sources(path.join(root, 'src'))
      .filter((file) => !file.startsWith(path.join(root, 'src', 'extension') + path.sep))
      .filter(importsVscode);
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('the pure extension modules (HTML, reports, child process) do not import vscode', () => {
    for (const name of ['benchmark-html', 'benchmark-report', 'benchmark-process', 'report-markdown', 'status-summary', 'protocol']) {
      assert.equal(importsVscode(path.join(root, 'src', 'extension', `${name}.ts`)), false, name);
    }
  });
});
