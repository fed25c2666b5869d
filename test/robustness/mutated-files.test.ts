// Property tests on real files, mutated: truncated at random points, random bytes flipped, syntax
// characters inserted, and deep nesting (a few hundred levels the parser accepts, or 50,000 it does not)
// inserted at random points. The analyzer must never throw or run past its time bound, and every result
// must honour the JSON contract. See test/robustness/support.ts for the bound and for FC_SEED.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import fc from 'fast-check';
import { analyzeChecked, propertyParameters } from './support';

const root = path.resolve(__dirname, '../..');

/** The example project, and a few ESLint sources of different sizes (ESLint is a dev dependency). */
function corpus(): { fileName: string; text: string }[] {
  const examples = listSources(path.join(root, 'examples'));
  const eslint = [
    'rules/no-await-in-loop.js',
    'rules/require-await.js',
    'linter/code-path-analysis/code-path.js',
    'eslint/eslint-helpers.js',
    'cli-engine/file-enumerator.js',
  ].map((file) => path.join(root, 'node_modules/eslint/lib', file));
  return [...examples, ...eslint.filter((file) => fs.existsSync(file))].map((file) => ({
    fileName: path.relative(root, file),
    text: fs.readFileSync(file, 'utf8'),
  }));
}

function listSources(folder: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) result.push(...listSources(full));
    else if (/\.[cm]?[jt]sx?$/.test(entry.name)) result.push(full);
  }
  return result.sort();
}

type Mutation = (text: string) => string;

/**
 * A relative position in a text, 0..1, spread evenly. (fc.double is uniform over the bit patterns of floats,
 * so most of its values in 0..1 are tiny: almost every cut would land at the start of the file.)
 */
const position: fc.Arbitrary<number> = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

/** Cut the file at a random point (0..length), as an editor shows it while a file is being written. */
const truncate: fc.Arbitrary<Mutation> = position.map((at) => (text) => text.slice(0, Math.floor(at * text.length)));

/** Flip 1..16 random bytes of the UTF-8 encoding (invalid sequences decode to U+FFFD). */
const flipBytes: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(position, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 })
  .map((flips) => (text) => {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length === 0) return text;
    for (const [at, mask] of flips) bytes[Math.min(bytes.length - 1, Math.floor(at * bytes.length))] ^= mask;
    return bytes.toString('utf8');
  });

/** Insert characters that matter to a parser: brackets, quotes, comment starts, odd whitespace and controls. */
const insertSyntax: fc.Arbitrary<Mutation> = fc
  .array(
    fc.tuple(
      position,
      fc.constantFrom('{', '}', '(', ')', '[', ']', ';', '"', "'", '`', '${', '/*', '*/', '//', '/', '\\', '=>', 'async ', 'await ', 'function ', '<', '>', '#!', '\u2028', '\uFEFF', '\0', '\r', '\uD800', '@'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((inserts) => (text) => {
    let result = text;
    for (const [at, piece] of inserts) {
      const index = Math.floor(at * result.length);
      result = result.slice(0, index) + piece + result.slice(index);
    }
    return result;
  });

/**
 * Structure-aware edits that mostly keep the file parseable, so the analysis itself (not only the parser)
 * sees odd programs: a statement, declaration or class member deleted, duplicated, moved elsewhere or put in
 * place of another one (a `return` into a loop, an `await` into a sync function, a method into a block...).
 */
const STRUCTURAL_OPS = ['delete', 'duplicate', 'move', 'replace'] as const;

const structural: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(fc.constantFrom(...STRUCTURAL_OPS), position, position), { minLength: 1, maxLength: 4 })
  .map((ops) => (text) => ops.reduce((current, [op, a, b]) => structuralEdit(current, op, a, b), text));

function structuralEdit(text: string, op: (typeof STRUCTURAL_OPS)[number], a: number, b: number): string {
  const ranges = statementRanges(text);
  if (ranges.length === 0) return text;
  const [aStart, aEnd] = ranges[Math.floor(a * ranges.length) % ranges.length];
  const [bStart, bEnd] = ranges[Math.floor(b * ranges.length) % ranges.length];
  const piece = text.slice(aStart, aEnd);
  switch (op) {
    case 'delete':
      return text.slice(0, aStart) + text.slice(aEnd);
    case 'duplicate':
      return `${text.slice(0, aEnd)}\n${piece}${text.slice(aEnd)}`;
    case 'move': {
      if (bStart >= aStart && bStart < aEnd) return text;
      const without = text.slice(0, aStart) + text.slice(aEnd);
      const at = bStart >= aEnd ? bStart - piece.length : bStart;
      return `${without.slice(0, at)}${piece}\n${without.slice(at)}`;
    }
    case 'replace':
      if (bStart < aEnd && aStart < bEnd) return text;
      return text.slice(0, bStart) + piece + text.slice(bEnd);
  }
}

/** Ranges of statements, declarations and class members; none when the text does not parse. */
function statementRanges(text: string): [number, number][] {
  let program: unknown;
  for (const jsx of [false, true]) {
    try {
      program = parse(text, { range: true, jsx });
      break;
    } catch {
      // try the other mode; neither parses: nothing to edit
    }
  }
  if (!program) return [];
  const ranges: [number, number][] = [];
  const pending: unknown[] = [program];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const { type, range } = node as { type?: unknown; range?: [number, number] };
    if (typeof type === 'string' && range && /(Statement|Declaration|MethodDefinition|PropertyDefinition)$/.test(type)) ranges.push(range);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'parent' && key !== 'loc' && key !== 'range' && child && typeof child === 'object') pending.push(child);
    }
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** Opening constructs repeated `depth` times at a random point, closed or not. */
const NESTINGS: [open: string, close: string][] = [
  ['(', ')'],
  ['{', '}'],
  ['[', ']'],
  ['if (x) {', '}'],
  ['() => ', ''],
  ['async () => { await ', '}'],
  ['function f() {', '}'],
  ['for (const v of xs) {', '}'],
  ['a(', ')'],
  ['!', ''],
  ['x + ', ''],
  ['`${', '}`'],
  ['{ a: ', ' }'],
  ['class K { m() {', '} }'],
  ['try {', '} finally {}'],
];

const deepNesting: fc.Arbitrary<Mutation> = fc
  .tuple(
    position,
    fc.constantFrom(...NESTINGS),
    fc.oneof(fc.integer({ min: 50, max: 800 }), fc.constant(50_000)),
    fc.boolean(),
  )
  .map(([at, [open, close], depth, closed]) => (text) => {
    const index = Math.floor(at * text.length);
    const nested = `${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}`;
    return `${text.slice(0, index)}\n${nested}\n${text.slice(index)}`;
  });

describe('robustness: mutated real files', function () {
  this.timeout(60_000);
  const files = corpus();

  it('has files to mutate', () => {
    assert.ok(files.length >= 8, `only ${files.length} files found`);
  });

  const properties: [string, fc.Arbitrary<Mutation>, number][] = [
    ['truncated at a random point', truncate, 40],
    ['with random bytes flipped', flipBytes, 40],
    ['with syntax characters inserted', insertSyntax, 30],
    ['with deep nesting inserted', deepNesting, 30],
    ['with statements deleted, duplicated, moved or replaced', structural, 30],
    ['with several mutations combined', fc.array(fc.oneof(structural, truncate, flipBytes, insertSyntax, deepNesting), { minLength: 2, maxLength: 4 }).map((ms) => (text: string) => ms.reduce((t, m) => m(t), text)), 20],
  ];
  for (const [title, mutation, runs] of properties) {
    it(`analyzes files ${title} without throwing, in bounded time, within the contract`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...files), mutation, fc.boolean(), (file, mutate, asTypeScript) => {
          // The same text as .ts too: the parser's TypeScript mode reads `<x>` and some keywords differently.
          const fileName = asTypeScript ? file.fileName.replace(/\.[cm]?[jt]sx?$/, '.ts') : file.fileName;
          analyzeChecked(mutate(file.text), fileName);
        }),
        propertyParameters(runs),
      );
    });
  }

  it('analyzes every file unmutated, as .js and as .ts', () => {
    for (const file of files) {
      analyzeChecked(file.text, file.fileName);
      analyzeChecked(file.text, file.fileName.replace(/\.[cm]?[jt]sx?$/, '.ts'));
    }
  });
});
