import { strict as assert } from 'node:assert';
import { analyze } from '../../src/analyzer';
import { parseSource } from '../../src/analyzer/parse';
import { summarizeText } from '../../src/analyzer/analysis';

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

  it('analyzes sloppy-mode JavaScript with legacy octal literals and escapes, keeping every position', () => {
    const code = "var RED = '\\033[31m', BELL = '\\7', EIGHT = '\\8';\nfunction log(file, text) { require('fs').writeFileSync(file, RED + text, { mode: 0666 }); }\nfunction pad(n) { return n < 010 ? '0' + n : '' + n + 09; }\n";
    const result = analyze(code, { fileName: 'legacy.js' });
    assert.equal(result.error, undefined);
    assert.deepEqual(result.functions.map((fn) => [fn.name, fn.classification, fn.line, fn.column]), [['log', 'blocking-io', 2, 1], ['pad', 'none', 3, 1]]);
    const parsed = parseSource(code, 'legacy.js');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.program.range, [0, code.length]);
    const modeValue = /"type":"Literal","raw":"438","value":438,"range":\[(\d+),(\d+)\]/.exec(JSON.stringify(parsed.program));
    assert.equal(Number(modeValue?.[2]), code.indexOf('0666') + 4, 'the literal ends where the original one does');
  });

  it('still reports an octal literal that is not the only error', () => {
    const result = analyze('var mode = 0666;\nconst x = ;\n', { fileName: 'a.js' });
    assert.match(result.error ?? '', /syntax error: .*\(line 2, column \d+\)/);
  });

  it('resolves a parameter named as its own type (it once recursed until the stack ran out)', () => {
    const result = analyze("import { readFileSync } from 'fs';\nexport function load(Id: Id) { return Id.run(readFileSync('x')); }\n", { fileName: 'id.ts' });
    assert.equal(result.error, undefined);
    assert.deepEqual(result.functions.map((fn) => [fn.name, fn.classification]), [['load', 'blocking-io']]);
  });

  it("turns a defect of the analyzer met in one file into that file's error", () => {
    const options = {};
    Object.defineProperty(options, 'constantLoopLimit', { get: () => { throw new RangeError('Maximum call stack size exceeded'); } });
    const loaded = summarizeText('/p/a.js', 'function f() {}\n', options);
    assert.deepEqual(loaded.ok ? 'summary' : loaded.error, 'internal error of the analyzer: Maximum call stack size exceeded');
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
