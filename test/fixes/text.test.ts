import assert from 'node:assert/strict';
import { applyEdits } from '../../src/fixes/index';
import { lineStarts, mapOffset, offsetAt, wholeLinesRange } from '../../src/fixes/text';
import { stripTypes } from '../../src/fixes/strip-types';
import { parseSource } from '../../src/analyzer/parse';

describe('fixes: text edits', () => {
  it('applies edits given in any order, insertions at one offset in the order given', () => {
    const text = 'const a = f(x);';
    const out = applyEdits(text, [
      { start: 10, end: 14, newText: 'g(y)' },
      { start: 0, end: 0, newText: '// one\n' },
      { start: 0, end: 0, newText: '// two\n' },
    ]);
    assert.equal(out, '// one\n// two\nconst a = g(y);');
  });

  it('refuses overlapping edits and edits outside the text', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, newText: '' }, { start: 3, end: 5, newText: '' }]), /overlapping/);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), /outside/);
  });

  it('maps an offset through edits: shifted, or onto the text that replaced it', () => {
    const edits = [
      { start: 0, end: 0, newText: 'xx' },
      { start: 5, end: 8, newText: 'y' },
    ];
    assert.deepEqual(mapOffset(3, edits), { start: 5, end: 5 });
    assert.deepEqual(mapOffset(6, edits), { start: 7, end: 8 });
    assert.deepEqual(mapOffset(10, edits), { start: 10, end: 10 });
    assert.deepEqual(mapOffset(0, edits), { start: 0, end: 2 });
  });

  it('finds offsets of 1-based lines and columns across \\r\\n, \\n and \\u2028', () => {
    const text = 'a\r\nbc\nd\u2028e';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 3, 6, 8]);
    assert.equal(offsetAt(starts, text, 2, 2), 4);
    assert.equal(offsetAt(starts, text, 9, 1), -1);
  });

  it('deletes whole lines only when the statement is alone on them', () => {
    const text = 'a;\n  const x = [];\nb;\n';
    assert.deepEqual(wholeLinesRange(text, 5, 18), { start: 3, end: 19 });
    assert.deepEqual(wholeLinesRange('a; b;', 3, 5), { start: 3, end: 5 });
  });
});

describe('fixes: TypeScript to JavaScript', () => {
  const strip = (code: string) => {
    const parsed = parseSource(code, 'x.ts');
    assert.ok(parsed.ok);
    const result = stripTypes(code, parsed.program.body[0]);
    assert.ok('code' in result, 'reason' in result ? result.reason : '');
    assert.ok(parseSource(result.code, 'x.mjs').ok, result.code);
    return result.code;
  };

  it('removes annotations, generics, assertions and type-only declarations by position', () => {
    assert.equal(
      strip('function f<T extends object>(rows: T[], opt?: number, ...rest: string[]): number {\n  type K = keyof T;\n  let n!: number;\n  const c = <number>(rows.length);\n  return ((rows as any).length satisfies number) + n! + g<string>(c) + opt!;\n}'),
      'function f(rows, opt, ...rest) {\n  let n;\n  const c = (rows.length);\n  return ((rows).length) + n + g(c) + opt;\n}',
    );
  });

  it('refuses what has no JavaScript form', () => {
    const code = 'function f() {\n  enum E { A }\n  return E.A;\n}';
    const parsed = parseSource(code, 'x.ts');
    assert.ok(parsed.ok);
    assert.deepEqual(stripTypes(code, parsed.program.body[0]), { reason: 'it uses an enum, which has no JavaScript equivalent to copy' });
  });
});
