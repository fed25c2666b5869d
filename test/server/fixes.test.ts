import assert from 'node:assert/strict';
import { analyze } from '../../src/analyzer/index';
import type { Diagnostic } from '../../src/analyzer/types';
import type { Fix, FixRequest, FixResult } from '../../src/fixes/types';
import { fixAll, isLocalSafeFix, isSuppression, rewriteFixes, safeFixesFor } from '../../src/server/fixes';

const PATH = '/project/sleep.js';

/** A stand-in for src/fixes: rewrites `sleepSync(n)` calls into `await sleep(n)`, one per diagnostic, adding one import. */
function fakeFixes(request: FixRequest): FixResult {
  const index = request.text.indexOf('  sleepSync(') + 2;
  if (index < 2) return { fixes: [], refusals: [{ rule: request.diagnostic.rule, title: 'x', reason: 'nothing to fix' }] };
  const edits = [
    { start: index, end: index + 'sleepSync'.length, newText: 'await sleep' },
    ...(request.text.includes('timers/promises') ? [] : [{ start: 0, end: 0, newText: "const { setTimeout: sleep } = require('node:timers/promises');\n" }]),
  ];
  const fix: Fix = { title: 'Use await sleep', rule: request.diagnostic.rule, isPreferred: true, safe: true, edits: [{ path: request.path, edits }], creates: [], notes: [] };
  return { fixes: [fix], refusals: [] };
}

describe('server/fixes', () => {
  it('turns a throwing fix provider into no fixes, and reports the error', () => {
    const errors: unknown[] = [];
    const result = safeFixesFor(() => { throw new Error('boom'); }, { path: PATH, text: '', diagnostic: {} as Diagnostic, host: { readFile: () => undefined } }, (e) => errors.push(e));
    assert.deepEqual(result, { fixes: [], refusals: [] });
    assert.equal(errors.length, 1);
  });

  it('tells suppressions from rewrites', () => {
    const fix = (title: string): Fix => ({ title, rule: 'sync-sleep', isPreferred: false, safe: false, edits: [], creates: [], notes: [] });
    assert.ok(isSuppression(fix('Suppress sync-sleep on this line')));
    assert.ok(isSuppression(fix('Disable sync-sleep for this file')));
    assert.ok(!isSuppression(fix('Wait with await setTimeout() from timers/promises')));
    assert.deepEqual(rewriteFixes({ fixes: [fix('Suppress sync-sleep on this line'), fix('Rewrite')], refusals: [] }).map((f) => f.title), ['Rewrite']);
  });

  it('takes only safe fixes confined to the file for fix-all', () => {
    const base: Fix = { title: 't', rule: 'r', isPreferred: false, safe: true, edits: [{ path: PATH, edits: [{ start: 0, end: 0, newText: 'x' }] }], creates: [], notes: [] };
    assert.ok(isLocalSafeFix(base, PATH));
    assert.ok(!isLocalSafeFix({ ...base, safe: false }, PATH));
    assert.ok(!isLocalSafeFix({ ...base, creates: [{ path: '/w.js', text: '' }] }, PATH));
    assert.ok(!isLocalSafeFix({ ...base, edits: [{ path: '/other.js', edits: [] }] }, PATH));
  });

  it('applies fixes pass after pass until none is left, re-analyzing in between', () => {
    const text = 'function sleepSync(ms) {}\nasync function a() {\n  sleepSync(1);\n  sleepSync(2);\n}\n';
    let analyses = 0;
    // Every `sleepSync(` call site is a finding; the provider fixes the first one it sees each time.
    const analyzeText = (source: string) => {
      analyses++;
      const result = analyze(source, { fileName: PATH });
      const diagnostics: Diagnostic[] = [];
      for (let i = source.indexOf('  sleepSync('); i >= 0; i = source.indexOf('  sleepSync(', i + 1)) {
        diagnostics.push({ rule: 'sync-sleep', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 2, message: '', suggestion: '' });
      }
      return result.error ? undefined : { ...result, diagnostics };
    };
    const fixed = fixAll({ path: PATH, text, host: { readFile: () => undefined }, provider: fakeFixes, analyze: analyzeText, onError: assert.fail });
    assert.equal(fixed, "const { setTimeout: sleep } = require('node:timers/promises');\nfunction sleepSync(ms) {}\nasync function a() {\n  await sleep(1);\n  await sleep(2);\n}\n");
    assert.ok(analyses >= 2);
  });

  it('defers a fix that edits the same place as another to the next pass, so both imports merge', () => {
    const text = 'async function a() {\n  readSync();\n  writeSync();\n}\n';
    const names = ['read', 'write'];
    // Each fix renames its call and adds its name to one `const { ... } = require('io')` line, creating it if missing.
    const provider = (request: FixRequest): FixResult => {
      const name = names.find((n) => request.diagnostic.message === n)!;
      const call = request.text.indexOf(`${name}Sync()`);
      if (call < 0) return { fixes: [], refusals: [] };
      const existing = /^const \{ ([^}]*) \} = require\('io'\);\n/.exec(request.text);
      const importEdit = existing
        ? { start: existing[0].indexOf(' }'), end: existing[0].indexOf(' }'), newText: `, ${name}` }
        : { start: 0, end: 0, newText: `const { ${name} } = require('io');\n` };
      const edits = [importEdit, { start: call, end: call + `${name}Sync`.length, newText: `await ${name}` }];
      return { fixes: [{ title: name, rule: 'r', isPreferred: true, safe: true, edits: [{ path: request.path, edits }], creates: [], notes: [] }], refusals: [] };
    };
    const analyzeText = (source: string) => ({
      path: PATH,
      functions: [],
      diagnostics: names
        .filter((n) => source.includes(`${n}Sync()`))
        .map((n) => ({ rule: 'r', severity: 'warning' as const, line: 1, column: 1, endLine: 1, endColumn: 2, message: n, suggestion: '' })),
    });
    const fixed = fixAll({ path: PATH, text, host: { readFile: () => undefined }, provider, analyze: analyzeText, onError: assert.fail });
    assert.equal(fixed, "const { read, write } = require('io');\nasync function a() {\n  await read();\n  await write();\n}\n");
  });

  it('asks only for the rules it is told have fixes', () => {
    let asked = 0;
    const provider = (): FixResult => {
      asked++;
      return { fixes: [], refusals: [] };
    };
    const analyzeText = () => ({ path: PATH, functions: [], diagnostics: [{ rule: 'mixed-workload', severity: 'info' as const, line: 1, column: 1, endLine: 1, endColumn: 2, message: '', suggestion: '' }] });
    fixAll({ path: PATH, text: 'x', host: { readFile: () => undefined }, provider, rules: new Set(['sync-sleep']), analyze: analyzeText, onError: assert.fail });
    assert.equal(asked, 0);
  });

  it('discards a pass whose result does not parse', () => {
    const text = 'async function a() {\n  sleepSync(1);\n}\n';
    const breaking = (request: FixRequest): FixResult => ({
      fixes: [{ title: 'break', rule: 'r', isPreferred: true, safe: true, edits: [{ path: request.path, edits: [{ start: 0, end: 5, newText: '((((' }] }], creates: [], notes: [] }],
      refusals: [],
    });
    const analyzeText = (source: string) => {
      const result = analyze(source, { fileName: PATH });
      return result.error ? undefined : { ...result, diagnostics: [{ rule: 'r', severity: 'warning' as const, line: 1, column: 1, endLine: 1, endColumn: 2, message: '', suggestion: '' }] };
    };
    assert.equal(fixAll({ path: PATH, text, host: { readFile: () => undefined }, provider: breaking, analyze: analyzeText, onError: assert.fail }), text);
  });
});
