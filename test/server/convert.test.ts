import assert from 'node:assert/strict';
import type { CodeLens, CreateFile, TextEdit as LspTextEdit, MarkupContent, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, FunctionResult } from '../../src/analyzer/types';
import type { Fix } from '../../src/fixes/types';
import {
  FIX_ALL_KIND,
  applyEdits,
  codeLensesFor,
  diagnosticsOf,
  fixAllAction,
  functionAtHeader,
  functionSpanningLine,
  hoverFor,
  isSameDiagnostic,
  lensSummary,
  minimalEdit,
  offsetToPosition,
  parseErrorDiagnostic,
  positionToOffset,
  quickFixAction,
  resolveLens,
  toLspDiagnostic,
  toRange,
  toSeverity,
  withOnePreferred,
  workspaceEditFor,
  type DiagnosticMapping,
  type EditMapping,
  type LensData,
} from '../../src/server/convert';

const URI = 'file:///project/src/handler.js';

const mapping: DiagnosticMapping = {
  uri: URI,
  uriOf: (path) => `file://${path}`,
  docsHref: (rule) => `file:///ext/docs/rules/${rule}.md`,
  fixable: (diagnostic) => diagnostic.rule === 'blocking-io-in-async',
};

const blockingCall: Diagnostic = {
  rule: 'blocking-io-in-async',
  severity: 'warning',
  line: 4,
  column: 16,
  endLine: 4,
  endColumn: 45,
  message: "readSettings() does blocking I/O in async function 'handle': blocks on fs.readFileSync (helper.js:4).",
  suggestion: 'Make readSettings async and use fs/promises.readFile inside it.',
  related: [
    { path: '/project/src/helper.js', line: 3, column: 1, message: 'readSettings is defined here' },
    { line: 4, column: 20, message: 'calls readSettings' },
    { path: '/project/src/helper.js', line: 4, column: 10, message: 'blocks on fs.readFileSync' },
  ],
};

function fn(overrides: Partial<FunctionResult>): FunctionResult {
  return { name: 'f', line: 1, column: 1, endLine: 3, endColumn: 2, classification: 'none', confidence: 0.9, evidence: [], ...overrides };
}

const loadConfig = fn({
  name: 'loadConfig',
  line: 3,
  column: 1,
  endLine: 6,
  endColumn: 2,
  classification: 'blocking-io',
  confidence: 0.95,
  evidence: [{ line: 4, column: 16, kind: 'blocking-io', message: 'blocking-io: calls readText (line 4) -> blocks on fs.readFileSync (util.js:9)' }],
});

const correlate = fn({
  name: 'correlate',
  line: 11,
  column: 1,
  endLine: 21,
  endColumn: 2,
  classification: 'cpu',
  confidence: 0.75,
  evidence: [{ line: 15, column: 5, kind: 'nested-loop', message: 'cpu: nested for...of over orders (line 15)' }],
});

describe('server/convert: diagnostics', () => {
  it('maps 1-based analyzer positions to 0-based LSP ranges', () => {
    assert.deepEqual(toRange(4, 16, 4, 45), { start: { line: 3, character: 15 }, end: { line: 3, character: 44 } });
    // Never negative, never inverted.
    assert.deepEqual(toRange(0, 0, 0, 0), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.deepEqual(toRange(5, 3, 4, 1), { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } });
  });

  it('maps severities: error 1, warning 2, info 3', () => {
    assert.deepEqual([toSeverity('error'), toSeverity('warning'), toSeverity('info')], [1, 2, 3]);
  });

  it('uses the rule id as code, links its doc, and carries rule and fixability in data', () => {
    const lsp = toLspDiagnostic(blockingCall, mapping);
    assert.equal(lsp.code, 'blocking-io-in-async');
    assert.deepEqual(lsp.codeDescription, { href: 'file:///ext/docs/rules/blocking-io-in-async.md' });
    assert.equal(lsp.source, 'concurrency-advisor');
    assert.equal(lsp.severity, 2);
    assert.deepEqual(lsp.data, { rule: 'blocking-io-in-async', fixable: true });
    assert.equal(lsp.message, `${blockingCall.message}\n${blockingCall.suggestion}`);
    assert.deepEqual(toLspDiagnostic({ ...blockingCall, rule: 'sync-sleep', severity: 'error' }, mapping).data, { rule: 'sync-sleep', fixable: false });
    assert.equal(toLspDiagnostic({ ...blockingCall, severity: 'error' }, mapping).severity, 1);
    assert.equal(toLspDiagnostic({ ...blockingCall, severity: 'info' }, mapping).severity, 3);
  });

  it('points related information along the evidence chain, into other files where the chain goes', () => {
    const related = toLspDiagnostic(blockingCall, mapping).relatedInformation!;
    assert.deepEqual(related, [
      { location: { uri: 'file:///project/src/helper.js', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } }, message: 'readSettings is defined here' },
      { location: { uri: URI, range: { start: { line: 3, character: 19 }, end: { line: 3, character: 19 } } }, message: 'calls readSettings' },
      { location: { uri: 'file:///project/src/helper.js', range: { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } } }, message: 'blocks on fs.readFileSync' },
    ]);
    const { related: _none, ...withoutRelated } = blockingCall;
    assert.equal(toLspDiagnostic(withoutRelated, mapping).relatedInformation, undefined);
  });

  it('omits the doc link when there is none', () => {
    assert.equal(toLspDiagnostic(blockingCall, { ...mapping, docsHref: () => undefined }).codeDescription, undefined);
  });

  it('turns a syntax error into one information diagnostic at its position, and other errors into none', () => {
    const parse = parseErrorDiagnostic("syntax error: ')' expected. (line 2, column 11)");
    assert.deepEqual(parse, {
      range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } },
      severity: 3,
      source: 'concurrency-advisor',
      message: "Not analyzed: syntax error: ')' expected.",
    });
    assert.deepEqual(diagnosticsOf({ diagnostics: [blockingCall], error: "syntax error: ')' expected. (line 2, column 11)" }, mapping), [parse]);
    assert.deepEqual(diagnosticsOf({ diagnostics: [], error: 'file could not be read' }, mapping), []);
    assert.equal(diagnosticsOf({ diagnostics: [blockingCall, blockingCall] }, mapping).length, 2);
  });

  it('recognises its own diagnostics when the client sends them back', () => {
    const lsp = toLspDiagnostic(blockingCall, mapping);
    assert.ok(isSameDiagnostic(lsp, blockingCall));
    assert.ok(!isSameDiagnostic({ ...lsp, source: 'eslint' }, blockingCall));
    assert.ok(!isSameDiagnostic({ ...lsp, range: toRange(5, 1, 5, 2) }, blockingCall));
  });
});

describe('server/convert: functions and hover', () => {
  const functions = [
    loadConfig,
    fn({ name: '<anonymous>', line: 4, column: 30, endLine: 4, endColumn: 50, classification: 'cpu', evidence: [] }),
    fn({ name: 'outer', line: 10, column: 1, endLine: 30, endColumn: 2 }),
    correlate,
  ];

  it('finds the innermost function spanning a line', () => {
    assert.equal(functionSpanningLine(functions, 4)?.name, '<anonymous>');
    assert.equal(functionSpanningLine(functions, 5)?.name, 'loadConfig');
    assert.equal(functionSpanningLine(functions, 15)?.name, 'correlate');
    assert.equal(functionSpanningLine(functions, 25)?.name, 'outer');
    assert.equal(functionSpanningLine(functions, 40), undefined);
  });

  it('finds the function whose header holds a position', () => {
    assert.equal(functionAtHeader(functions, { line: 2, character: 10 })?.name, 'loadConfig');
    assert.equal(functionAtHeader(functions, { line: 3, character: 35 })?.name, '<anonymous>');
    assert.equal(functionAtHeader(functions, { line: 3, character: 10 }), undefined, 'body lines are not headers');
    assert.equal(functionAtHeader(functions, { line: 3, character: 55 }), undefined, 'after a one-line function');
  });

  it('shows classification, confidence, evidence chain and a recommendation with an example', () => {
    const hover = hoverFor(loadConfig, [], { markdown: true, language: 'ts' })!;
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /^\*\*loadConfig\*\*: Blocking I\/O · confidence 95%/);
    assert.match(value, /- \*blocking-io\*: calls readText \(line 4\) → blocks on fs\.readFileSync \(util\.js:9\)/);
    assert.match(value, /\*\*Recommendation \(async API\)\*\*/);
    assert.match(value, /```ts\n[^]*await readFile\(file, 'utf8'\)[^]*\n```/);
  });

  it('recommends per classification: worker pool, child process, Promise.all, the mixed recipe, async sleep', () => {
    const recipe = (f: FunctionResult) => /Recommendation \(([^)]+)\)/.exec((hoverFor(f, [], { markdown: true })!.contents as MarkupContent).value)![1];
    assert.equal(recipe(correlate), 'worker pool');
    assert.equal(
      recipe(fn({ classification: 'blocking-io', evidence: [{ line: 2, column: 3, kind: 'blocking-io', message: 'blocking-io: blocks on child_process.execSync (line 2)' }] })),
      'child process',
    );
    assert.equal(recipe(fn({ classification: 'io', evidence: [{ line: 2, column: 3, kind: 'async-io', message: 'io: starts async I/O with fetch (line 2)' }] })), 'Promise.all');
    assert.equal(recipe(fn({ classification: 'mixed' })), 'mixed recipe');
    assert.equal(recipe(fn({ classification: 'cpu', evidence: [{ line: 2, column: 3, kind: 'busy-wait', message: 'cpu: busy-wait while (Date.now() < until) loop (line 2)' }] })), 'async sleep');
    assert.match((hoverFor(correlate, [], { markdown: true })!.contents as MarkupContent).value, /Piscina[^]*await pool\.run/);
  });

  it('adds why a diagnostic on the line has no quick fix, and says nothing about trivial functions', () => {
    const refusal = { rule: 'cpu-heavy-on-event-loop', title: 'Move to worker thread', reason: 'correlate closes over the local variable `cache`' };
    const both = (hoverFor(correlate, [refusal], { markdown: true })!.contents as MarkupContent).value;
    assert.match(both, /---\n\n\*\*No quick fix offered\*\*\n- `cpu-heavy-on-event-loop`, Move to worker thread: correlate closes over the local variable \\`cache\\`/);
    assert.equal(hoverFor(fn({}), [], { markdown: true }), undefined);
    const onlyRefusal = hoverFor(undefined, [refusal], { markdown: true })!;
    assert.match((onlyRefusal.contents as MarkupContent).value, /^\*\*No quick fix offered\*\*/);
  });

  it('falls back to plain text for clients without markdown', () => {
    const contents = hoverFor(loadConfig, [], { markdown: false })!.contents as MarkupContent;
    assert.equal(contents.kind, 'plaintext');
    assert.match(contents.value, /^loadConfig: Blocking I\/O · confidence 95%/);
    assert.doesNotMatch(contents.value, /```|\*\*/);
  });
});

describe('server/convert: code lenses', () => {
  const functions = [
    correlate,
    fn({ name: '<anonymous>', line: 11, column: 30, endLine: 11, endColumn: 50, classification: 'cpu' }),
    fn({ name: 'trivial', line: 30, classification: 'none' }),
    fn({ name: '<anonymous>', line: 40, column: 5, endLine: 42, endColumn: 2, classification: 'io', evidence: [{ line: 41, column: 3, kind: 'async-io', message: 'io: starts async I/O with fetch (line 41)' }] }),
    loadConfig,
  ];

  it('returns bare lenses (range and data, no command) for non-trivial functions, one row per line', () => {
    const lenses = codeLensesFor(URI, functions);
    assert.ok(lenses.every((lens) => lens.command === undefined));
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, (lens.data as LensData).kind, (lens.data as LensData).name]),
      [
        [2, 'summary', 'loadConfig'],
        [2, 'benchmark', 'loadConfig'],
        [2, 'explain', 'loadConfig'],
        [10, 'summary', 'correlate'],
        [10, 'benchmark', 'correlate'],
        [10, 'explain', 'correlate'],
        [39, 'summary', '<anonymous>'], // no Benchmark: the command needs a function name
        [39, 'explain', '<anonymous>'],
      ],
    );
  });

  it('resolves titles and commands with 0-based lines in their arguments', () => {
    const [summary, benchmark, explain] = codeLensesFor(URI, [correlate]).map((lens) => resolveLens(lens, correlate));
    assert.deepEqual(summary.command, { title: 'CPU-bound · nested for...of over orders', command: 'concurrencyAdvisor.showFunctionReport', arguments: [{ uri: URI, line: 10 }] });
    assert.deepEqual(benchmark.command, { title: 'Benchmark', command: 'concurrencyAdvisor.runBenchmark', arguments: [{ uri: URI, name: 'correlate', line: 10 }] });
    assert.deepEqual(explain.command, { title: 'Explain', command: 'concurrencyAdvisor.showFunctionReport', arguments: [{ uri: URI, line: 10 }] });
  });

  it('resolves a lens whose function is gone, and one without data, without failing', () => {
    const [summary] = codeLensesFor(URI, [correlate]);
    assert.equal(resolveLens(summary, undefined).command?.title, 'correlate');
    const bare: CodeLens = { range: summary.range };
    assert.deepEqual(resolveLens(bare, undefined).command, { title: '', command: '' });
  });

  it('summarises a function with its class and the last step of its evidence chain', () => {
    assert.equal(lensSummary(loadConfig), 'Blocking I/O · blocks on fs.readFileSync via readText');
    assert.equal(lensSummary(fn({ classification: 'mixed' })), 'Mixed CPU + I/O');
    const long = fn({ classification: 'cpu', evidence: [{ line: 1, column: 1, kind: 'loop', message: `cpu: for loop while i < ${'x'.repeat(80)}.length (line 3)` }] });
    assert.ok(lensSummary(long).length <= 'CPU-bound · '.length + 60);
    assert.ok(lensSummary(long).endsWith('…'));
  });
});

describe('server/convert: code actions and edits', () => {
  const text = "const fs = require('node:fs');\r\nasync function f(p) {\n  return fs.readFileSync(p, 'utf8');\n}\n";
  const helper = 'function g() {\n  return 1;\n}\n';
  const texts: Record<string, string> = { '/p/a.js': text, '/p/helper.js': helper };
  const editMapping: EditMapping = {
    documentChanges: true,
    createFiles: true,
    uriOf: (path) => `file://${path}`,
    textOf: (path) => texts[path],
    versionOf: (uri) => (uri === 'file:///p/a.js' ? 7 : null),
  };
  const readFixStart = text.indexOf('fs.readFileSync');
  const fix: Fix = {
    title: 'Use await readFile',
    rule: 'blocking-io-in-async',
    isPreferred: true,
    safe: true,
    edits: [
      {
        path: '/p/a.js',
        edits: [
          { start: 0, end: 0, newText: "const { readFile } = require('node:fs/promises');\n" },
          { start: readFixStart, end: readFixStart + 'fs.readFileSync'.length, newText: 'await readFile' },
        ],
      },
    ],
    creates: [],
    notes: [],
  };

  it('converts offsets to positions across \\r\\n, \\n and a final line, and back', () => {
    assert.deepEqual(offsetToPosition(text, 0), { line: 0, character: 0 });
    assert.deepEqual(offsetToPosition(text, text.indexOf('async')), { line: 1, character: 0 });
    assert.deepEqual(offsetToPosition(text, readFixStart), { line: 2, character: 9 });
    assert.deepEqual(offsetToPosition(text, text.length + 10), { line: 4, character: 0 });
    const document = TextDocument.create('file:///x.js', 'javascript', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(offsetToPosition(text, offset), document.positionAt(offset), `offset ${offset}`);
      if (text[offset - 1] !== '\r') assert.equal(positionToOffset(text, document.positionAt(offset)), offset);
    }
    // UTF-16 code units, as LSP counts by default: an astral character is two.
    assert.deepEqual(offsetToPosition('😀x', 2), { line: 0, character: 2 });
  });

  it('maps a fix to a code action with a versioned TextDocumentEdit', () => {
    const diagnostic = toLspDiagnostic(blockingCall, mapping);
    const action = quickFixAction(fix, [diagnostic], editMapping)!;
    assert.equal(action.title, 'Use await readFile');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, [diagnostic]);
    assert.equal(action.command, undefined);
    const [edit] = action.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(edit.textDocument, { uri: 'file:///p/a.js', version: 7 });
    const applied = TextDocument.applyEdits(TextDocument.create('file:///p/a.js', 'javascript', 7, text), edit.edits as LspTextEdit[]);
    assert.equal(applied, applyEdits(text, fix.edits[0].edits));
    assert.match(applied, /return await readFile\(p, 'utf8'\)/);
  });

  it('creates new files with CreateFile followed by their content, and edits other files unversioned', () => {
    const workerFix: Fix = {
      ...fix,
      title: 'Move to worker thread',
      edits: [...fix.edits, { path: '/p/helper.js', edits: [{ start: 0, end: 0, newText: '// moved\n' }] }],
      creates: [{ path: '/p/g.worker.js', text: 'module.exports = g;\n' }],
      notes: ['callers of f now receive a promise: main'],
    };
    const action = quickFixAction(workerFix, [], editMapping, 'concurrencyAdvisor.server.showFixNotes')!;
    const changes = action.edit!.documentChanges!;
    const create = changes[0] as CreateFile;
    assert.deepEqual(create, { kind: 'create', uri: 'file:///p/g.worker.js', options: { overwrite: false, ignoreIfExists: false } });
    assert.deepEqual(changes[1], {
      textDocument: { uri: 'file:///p/g.worker.js', version: null },
      edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'module.exports = g;\n' }],
    });
    assert.deepEqual((changes[2] as TextDocumentEdit).textDocument, { uri: 'file:///p/a.js', version: 7 });
    assert.deepEqual((changes[3] as TextDocumentEdit).textDocument, { uri: 'file:///p/helper.js', version: null });
    assert.equal(action.diagnostics, undefined);
    assert.deepEqual(action.command, {
      title: 'Show notes',
      command: 'concurrencyAdvisor.server.showFixNotes',
      arguments: [{ title: 'Move to worker thread', notes: ['callers of f now receive a promise: main'] }],
    });
    // Clients without resource operations cannot apply it: not offered.
    assert.equal(quickFixAction(workerFix, [], { ...editMapping, createFiles: false }), undefined);
    assert.equal(quickFixAction(workerFix, [], { ...editMapping, documentChanges: false }), undefined);
  });

  it('falls back to `changes` for clients without documentChanges', () => {
    const edit = workspaceEditFor(fix, { ...editMapping, documentChanges: false })!;
    assert.deepEqual(Object.keys(edit.changes!), ['file:///p/a.js']);
    assert.equal(edit.changes!['file:///p/a.js'].length, 2);
    assert.equal(edit.documentChanges, undefined);
  });

  it('does not offer an edit of a file it cannot read', () => {
    assert.equal(workspaceEditFor({ edits: [{ path: '/p/missing.js', edits: [{ start: 0, end: 0, newText: 'x' }] }], creates: [] }, editMapping), undefined);
  });

  it('keeps one preferred action', () => {
    const a = quickFixAction(fix, [], editMapping)!;
    const b = quickFixAction({ ...fix, title: 'Other' }, [], editMapping)!;
    const c = quickFixAction({ ...fix, title: 'Third', isPreferred: false }, [], editMapping)!;
    assert.deepEqual(withOnePreferred([a, b, c]).map((action) => action.isPreferred ?? false), [true, false, false]);
  });

  it('applies offset edits as if simultaneously, merging duplicates and refusing overlaps', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]), 'AbcdEf');
    assert.equal(applyEdits('abc', [{ start: 0, end: 0, newText: 'x' }, { start: 0, end: 0, newText: 'x' }]), 'xabc');
    assert.equal(applyEdits('abc', [{ start: 0, end: 0, newText: '1' }, { start: 0, end: 0, newText: '2' }]), '12abc');
    assert.equal(applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), undefined);
    assert.equal(applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), undefined);
  });

  it('builds the fix-all action from the fixed text as one minimal edit', () => {
    assert.deepEqual(minimalEdit('const a = 1;\nconst b = 2;\n', 'const a = 1;\nconst b = 3;\n'), { start: 23, end: 24, newText: '3' });
    assert.equal(minimalEdit('same', 'same'), undefined);
    assert.deepEqual(minimalEdit('aaa', 'aaaa'), { start: 3, end: 3, newText: 'a' });
    const after = text.replace('fs.readFileSync', 'await readFile');
    const action = fixAllAction('file:///p/a.js', 7, text, after, true)!;
    assert.equal(action.kind, FIX_ALL_KIND);
    const [edit] = action.edit!.documentChanges as TextDocumentEdit[];
    assert.equal(TextDocument.applyEdits(TextDocument.create('file:///p/a.js', 'javascript', 7, text), edit.edits as LspTextEdit[]), after);
    assert.equal(fixAllAction('file:///p/a.js', 7, text, text, true), undefined);
    assert.deepEqual(Object.keys(fixAllAction('file:///p/a.js', 7, text, after, false)!.edit!.changes!), ['file:///p/a.js']);
  });
});
