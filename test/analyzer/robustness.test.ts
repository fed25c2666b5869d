import { strict as assert } from 'node:assert';
import { analyze } from '../../src/analyzer';
import { parseSource } from '../../src/analyzer/parse';

describe('bad input', () => {
  it('reports a syntax error with its position instead of throwing', () => {
    const result = analyze('function ok() {}\nconst x = ;\nfunction later() {}\n', { fileName: 'a.js' });
    assert.match(result.error ?? '', /syntax error: .*\(line 2, column \d+\)/);
    assert.deepEqual(result.functions, []);
  });

  it('analyzes code that TypeScript parses but the language forbids, and leaves that error to the compiler', () => {
    const code = "class Store {\n  async get size() { return require('fs').readFileSync('db'); }\n}\n";
    const result = analyze(code, { fileName: 'store.js' });
    assert.equal(result.error, undefined);
    assert.deepEqual(result.functions.map((fn) => [fn.name, fn.classification]), [['size', 'blocking-io']]);
    assert.equal(parseSource(code, 'store.js').ok, false, 'the quick fixes still parse with the grammar checks');
  });

  it('handles an empty file', () => {
    assert.deepEqual(analyze('', { fileName: 'empty.ts' }), { path: 'empty.ts', functions: [], diagnostics: [] });
  });

  it('turns nesting too deep for the parser into a file error', () => {
    const code = `x = ${'('.repeat(100_000)}1${')'.repeat(100_000)};`;
    const result = analyze(code, { fileName: 'deep.js' });
    assert.match(result.error ?? '', /nested too deeply/);
  });

  it('analyzes deep but parseable nesting without recursion limits', () => {
    const depth = 3000;
    const code = `function outer(x) {${'if (x) {'.repeat(depth)} require('fs').readFileSync(x); ${'}'.repeat(depth)}}`;
    const result = analyze(code, { fileName: 'deep.js' });
    if (result.error) assert.match(result.error, /nested too deeply/);
    else assert.equal(result.functions[0].classification, 'blocking-io');
  });

  it('analyzes thousands of chained calls and long call chains', () => {
    const helpers = Array.from({ length: 2000 }, (_, i) => `function h${i}(x) { return h${i + 1}(x); }`).join('\n');
    const code = `${helpers}\nfunction h2000(x) { return require('fs').readFileSync(x); }`;
    const result = analyze(code, { fileName: 'chain.js' });
    assert.equal(result.functions.find((f) => f.name === 'h0')!.classification, 'blocking-io');
  });

  it('treats JSX in .js and .tsx files, and TypeScript casts in .ts files', () => {
    assert.equal(analyze('const A = () => <div>{1}</div>;', { fileName: 'a.jsx' }).error, undefined);
    assert.equal(analyze('const A = () => <div>{1}</div>;', { fileName: 'a.tsx' }).error, undefined);
    assert.equal(analyze('const x = <number>y;', { fileName: 'a.ts' }).error, undefined);
  });
});
