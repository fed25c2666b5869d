// A small grammar of JavaScript/TypeScript programs as fast-check arbitraries: functions (sync, async,
// arrow, nested, exported), classes with methods, loops of constant and unknown bounds, awaits, callbacks,
// requires/imports of fs, child_process, crypto, zlib and worker_threads, calls between the generated
// functions and methods (also recursive and to functions that do not exist), and cross-file requires.
// The programs are mostly valid; a few are not (a redeclared name, an `await` at a wrong place), which is
// fine: the analyzer must take anything.
import fc from 'fast-check';

export type Dialect = 'cjs' | 'esm' | 'ts';

export interface GeneratedProgram {
  fileName: string;
  dialect: Dialect;
  text: string;
  /** Names of the top-level functions declared with `function`, which the result must list. */
  declaredFunctions: string[];
}

const FUNCTION_COUNT = 5;
const CLASS_COUNT = 2;
const MAX_DEPTH = 3;

const fnName = fc.integer({ min: 0, max: FUNCTION_COUNT }).map((i) => `f${i}`); // f5 never exists
const methodName = fc.integer({ min: 0, max: 2 }).map((i) => `m${i}`);
const className = fc.integer({ min: 0, max: CLASS_COUNT - 1 }).map((i) => `C${i}`);
const bound = fc.constantFrom('3', '16', '1000', '1e6', '100000000', 'n', 'xs.length', 'Infinity');

/** Expressions with no nested function bodies. */
const simpleExpression: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('x', 'xs', 'n', 'p', 's', '0', "'text'", '[1, 2, 3]', '{ a: 1, b: [x] }', 'null', 'undefined'),
  fc.tuple(fnName, fc.constantFrom('x', 'p', 'n - 1', 'xs, n', '')).map(([f, args]) => `${f}(${args})`),
  fc.tuple(className, methodName).map(([c, m]) => `new ${c}(x).${m}(p)`),
  fc.constantFrom(
    'fs.readFileSync(p)',
    "fs.readFileSync(p, 'utf8')",
    'fs.existsSync(p)',
    'fs.writeFileSync(p, s)',
    'fs.statSync(p).size',
    'readFileSync(p)',
    'fs.promises.readFile(p)',
    'fs.promises.writeFile(p, s)',
    "cp.execSync('ls -la')",
    "cp.spawnSync('git', ['status'])",
    "cp.exec('ls', () => {})",
    "crypto.pbkdf2Sync(s, 'salt', 100000, 64, 'sha512')",
    "crypto.createHash('sha256').update(s).digest('hex')",
    'crypto.randomBytes(16)',
    "crypto.scrypt(s, 'salt', 64, () => {})",
    'zlib.gzipSync(Buffer.from(s))',
    'JSON.parse(s)',
    'JSON.stringify(xs)',
    'xs.map((v) => v * 2)',
    'xs.sort((a, b) => a - b)',
    'xs.filter(Boolean).reduce((a, b) => a + b, 0)',
    "s.split('').reverse().join('')",
    'new Promise((resolve) => setTimeout(resolve, 10))',
    'fetch(p)',
    'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)',
    'new Worker(__filename, { workerData: x })',
    'Math.sqrt(n) * Math.random()',
    'this.x',
    'require(p)',
  ),
);

interface Context {
  isAsync: boolean;
  dialect: Dialect;
}

const statementCache = new Map<string, fc.Arbitrary<string>>();

/** Statements nested at most `depth` more levels; `await` only where it is allowed. */
function statement(context: Context, depth: number): fc.Arbitrary<string> {
  const key = `${context.isAsync}:${context.dialect}:${depth}`;
  const cached = statementCache.get(key);
  if (cached) return cached;

  const expression = context.isAsync
    ? fc.oneof({ weight: 3, arbitrary: simpleExpression }, { weight: 2, arbitrary: simpleExpression.map((e) => `await ${e}`) })
    : simpleExpression;
  const leaves: fc.Arbitrary<string>[] = [
    expression.map((e) => `${e};`),
    fc.tuple(fc.nat(4), expression).map(([i, e]) => `let v${i} = ${e};`),
    expression.map((e) => `return ${e};`),
    fc.constantFrom(
      's += String(x);',
      'n++;',
      'const end = Date.now() + 100; while (Date.now() < end) {}',
      'for (const k in x) { s += k; }',
      'throw new Error(s);',
      'break;', // invalid outside a loop: the parser rejects it, the analyzer must not care
      'debugger;',
    ),
  ];
  if (context.dialect === 'ts') {
    leaves.push(fc.constantFrom('const t = x as unknown as number[];', 'let u: Record<string, number> = {};', 'const g = <T,>(v: T): T => v;', 'const w = x!;'));
  }
  if (depth <= 0) {
    const leaf = fc.oneof(...leaves);
    statementCache.set(key, leaf);
    return leaf;
  }

  const inner = block(context, depth - 1);
  const syncInner = block({ ...context, isAsync: false }, depth - 1);
  const asyncInner = block({ ...context, isAsync: true }, depth - 1);
  const compound: fc.Arbitrary<string>[] = [
    fc.tuple(bound, inner).map(([b, body]) => `for (let i = 0; i < ${b}; i++) {\n${body}\n}`),
    inner.map((body) => `for (const v of xs) {\n${body}\n}`),
    inner.map((body) => `while (n-- > 0) {\n${body}\n}`),
    inner.map((body) => `do {\n${body}\n} while (x);`),
    fc.tuple(inner, inner).map(([a, b]) => `if (x) {\n${a}\n} else {\n${b}\n}`),
    fc.tuple(inner, inner).map(([a, b]) => `try {\n${a}\n} catch (e) {\n${b}\n} finally {\n}`),
    fc.tuple(fc.nat(3), fc.boolean()).chain(([i, isAsync]) =>
      (isAsync ? asyncInner : syncInner).map((body) => `${isAsync ? 'async ' : ''}function inner${i}(x) {\n${body}\n}\ninner${i}(x);`),
    ),
    syncInner.map((body) => `xs.forEach((v) => {\n${body}\n});`),
    asyncInner.map((body) => `xs.forEach(async (v) => {\n${body}\n});`),
    asyncInner.map((body) => `${context.isAsync ? 'await ' : ''}Promise.all(xs.map(async (v) => {\n${body}\n}));`),
    syncInner.map((body) => `fs.readFile(p, (err, data) => {\n${body}\n});`),
    syncInner.map((body) => `setImmediate(() => {\n${body}\n});`),
    syncInner.map((body) => `const h = function () {\n${body}\n}.bind(this);`),
    syncInner.map((body) => `label: for (;;) {\n${body}\nbreak label;\n}`),
  ];
  if (context.isAsync) compound.push(inner.map((body) => `for await (const v of xs) {\n${body}\n}`));
  const result = fc.oneof({ weight: 3, arbitrary: fc.oneof(...leaves) }, { weight: 2, arbitrary: fc.oneof(...compound) });
  statementCache.set(key, result);
  return result;
}

function block(context: Context, depth: number): fc.Arbitrary<string> {
  return fc.array(statement(context, depth), { minLength: 0, maxLength: 4 }).map((statements) => statements.join('\n'));
}

function params(dialect: Dialect): string {
  return dialect === 'ts' ? 'x: any, xs: number[] = [], n = 0, p = \'\', s = \'\'' : 'x, xs = [], n = 0, p = \'\', s = \'\'';
}

function functionDeclaration(index: number, dialect: Dialect): fc.Arbitrary<{ text: string; declared: boolean }> {
  return fc
    .tuple(fc.constantFrom('function', 'async function', 'arrow', 'async arrow', 'function*'), fc.boolean(), fc.integer({ min: 0, max: MAX_DEPTH }))
    .chain(([kind, exported, depth]) => {
      const isAsync = kind.startsWith('async');
      return block({ isAsync, dialect }, depth).map((body) => {
        const name = `f${index}`;
        const exportPrefix = exported && dialect !== 'cjs' ? 'export ' : '';
        const returnType = dialect === 'ts' ? (isAsync ? ': Promise<any>' : kind === 'function*' ? ': Generator<any>' : ': any') : '';
        const yieldLine = kind === 'function*' ? '\nyield x;' : '';
        if (kind.includes('arrow')) {
          return { text: `${exportPrefix}const ${name} = ${isAsync ? 'async ' : ''}(${params(dialect)})${returnType} => {\n${body}\n};`, declared: false };
        }
        return { text: `${exportPrefix}${kind} ${name}(${params(dialect)})${returnType} {\n${body}${yieldLine}\n}`, declared: true };
      });
    });
}

function classDeclaration(index: number, dialect: Dialect): fc.Arbitrary<string> {
  const method = (m: number) =>
    fc.tuple(fc.constantFrom('', 'async ', 'static ', 'static async ', 'get ', '#'), fc.integer({ min: 0, max: MAX_DEPTH - 1 })).chain(([modifier, depth]) =>
      block({ isAsync: modifier.includes('async'), dialect }, depth).map((body) => {
        if (modifier === 'get ') return `get m${m}() {\n${body}\nreturn this.x;\n}`;
        if (modifier === '#') return `#m${m}(p) {\n${body}\n}\nm${m}(p) { return this.#m${m}(p); }`;
        return `${dialect === 'ts' && !modifier.startsWith('static') ? 'public ' : ''}${modifier}m${m}(${params(dialect)}) {\n${body}\n}`;
      }),
    );
  return fc.tuple(fc.boolean(), method(0), method(1), method(2)).map(([extendsOther, ...methods]) => {
    const field = dialect === 'ts' ? 'private x: any;\n' : 'x;\n';
    const heritage = extendsOther && index > 0 ? ` extends C${index - 1}` : '';
    const ctor = heritage ? 'constructor(x) { super(x); this.x = x; }' : 'constructor(x) { this.x = x; }';
    const ctorTs = dialect === 'ts' ? ctor.replace('constructor(x)', 'constructor(x: any)') : ctor;
    return `class C${index}${heritage} {\n${field}${ctorTs}\n${methods.join('\n')}\n}`;
  });
}

function header(dialect: Dialect): fc.Arbitrary<string> {
  const cjs = [
    "const fs = require('fs');",
    "const { readFileSync } = require('node:fs');",
    "const cp = require('child_process');",
    "const crypto = require('crypto');",
    "const zlib = require('zlib');",
    "const { Worker } = require('worker_threads');",
  ];
  const esm = [
    "import * as fs from 'fs';",
    "import { readFileSync } from 'node:fs';",
    "import cp from 'node:child_process';",
    "import * as crypto from 'crypto';",
    "import zlib from 'zlib';",
    "import { Worker } from 'worker_threads';",
  ];
  return fc.subarray(dialect === 'cjs' ? cjs : esm).map((lines) => lines.join('\n'));
}

function footer(dialect: Dialect): fc.Arbitrary<string> {
  const lines = [
    dialect === 'cjs' ? 'module.exports = { f0, f1, C0 };' : 'export { f2, C1 };',
    'f0(process.argv[2]);',
    "app.get('/', async (req, res) => { res.send(await f1(req.query.x)); });",
    "process.on('message', (m) => f3(m));",
    "if (require.main === module) f4();",
    dialect === 'ts' ? 'interface I0 { a: number; f(x: string): Promise<void> }\ntype T0 = I0 | null;\nenum E0 { A, B }' : '',
    dialect === 'cjs' ? '' : 'await f0(1);',
  ];
  return fc.subarray(lines).map((chosen) => chosen.filter(Boolean).join('\n'));
}

export const dialect: fc.Arbitrary<Dialect> = fc.constantFrom<Dialect>('cjs', 'esm', 'ts');

export function program(dialectArb: fc.Arbitrary<Dialect> = dialect): fc.Arbitrary<GeneratedProgram> {
  return dialectArb.chain((d) =>
    fc
      .tuple(
        header(d),
        fc.tuple(...Array.from({ length: FUNCTION_COUNT }, (_, i) => functionDeclaration(i, d))),
        fc.tuple(...Array.from({ length: CLASS_COUNT }, (_, i) => classDeclaration(i, d))),
        footer(d),
        fc.constantFrom(...(d === 'cjs' ? ['gen.js', 'gen.cjs', 'gen.jsx'] : d === 'esm' ? ['gen.mjs', 'gen.js'] : ['gen.ts', 'gen.mts', 'gen.tsx'])),
      )
      .map(([head, functions, classes, foot, fileName]) => ({
        fileName,
        dialect: d,
        text: [head, ...functions.map((f) => f.text), ...classes, foot].join('\n\n') + '\n',
        declaredFunctions: functions.flatMap((f, i) => (f.declared ? [`f${i}`] : [])),
      })),
  );
}

/**
 * A few CommonJS files that require each other (cycles included) and call each other's exports, for the
 * whole-program path (`Project.analyzeFiles`).
 */
export function moduleGraph(): fc.Arbitrary<Map<string, string>> {
  return fc.integer({ min: 2, max: 4 }).chain((count) =>
    fc
      .tuple(
        ...Array.from({ length: count }, () =>
          fc.tuple(program(fc.constant<Dialect>('cjs')), fc.subarray(Array.from({ length: count }, (_, j) => j)), fc.nat(FUNCTION_COUNT - 1)),
        ),
      )
      .map((files) => {
        const result = new Map<string, string>();
        files.forEach(([generated, imports, callee], i) => {
          const requires = imports.map((j) => `const mod${j} = require('./m${j}');`).join('\n');
          const calls = imports.map((j) => `function viaM${j}(x) { return mod${j}.f${callee}(x); }`).join('\n');
          result.set(`/project/m${i}.js`, `${requires}\n${generated.text}\n${calls}\nmodule.exports.viaAll = () => [${imports.map((j) => `viaM${j}(1)`).join(', ')}];\n`);
        });
        return result;
      }),
  );
}
