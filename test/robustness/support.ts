// Shared by the robustness tests: run the analyzer under a time bound and check the JSON contract of
// its result (README, "JSON output"): plain data, 1-based lines and columns, line <= endLine,
// one of the five classifications, confidence in 0..1.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { parse } from '@typescript-eslint/typescript-estree';
import fc from 'fast-check';
import { analyze } from '../../src/analyzer';
import type { FileResult } from '../../src/analyzer/types';

export const CLASSIFICATIONS: ReadonlySet<string> = new Set(['cpu', 'io', 'blocking-io', 'mixed', 'none']);
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

/**
 * Time bound of one analyze() call: generous in absolute terms (2 s), and never less than 20 times the
 * bare parse of the same text, so a loaded machine (the parse slows down too) does not fail the test
 * while a superlinear pass over a file still does.
 */
export const MIN_BOUND_MS = 2000;
export const PARSE_FACTOR = 20;

/**
 * Property-test settings: numRuns per property stays modest so each test file runs in well under 30 s.
 * FC_SEED reproduces a failure (fast-check prints the seed and path); FC_RUNS_FACTOR scales the runs for a
 * longer fuzzing session, e.g. FC_RUNS_FACTOR=20 npx mocha test/robustness.
 */
export function propertyParameters(numRuns: number): fc.Parameters<unknown> {
  const factor = Number(process.env.FC_RUNS_FACTOR ?? '1') || 1;
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  return { numRuns: Math.max(1, Math.round(numRuns * factor)), ...(seed === undefined ? {} : { seed }), endOnFailure: true };
}

/** analyze() must not throw, must finish within the bound, and must honour the contract. */
export function analyzeChecked(text: string, fileName: string): FileResult {
  const started = performance.now();
  let result: FileResult;
  try {
    result = analyze(text, { fileName });
  } catch (error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    assert.fail(`analyze() threw on ${fileName} (${text.length} characters): ${detail}`);
  }
  const elapsed = performance.now() - started;
  const bound = Math.max(MIN_BOUND_MS, PARSE_FACTOR * parseTime(text, fileName));
  assert.ok(elapsed <= bound, `analyze() took ${elapsed.toFixed(0)} ms on ${fileName} (${text.length} characters); bound ${bound.toFixed(0)} ms`);
  assertContract(result, text, fileName);
  return result;
}

function parseTime(text: string, fileName: string): number {
  const started = performance.now();
  try {
    parse(text, { jsx: !/\.[cm]?ts$/i.test(fileName), loc: true, range: true });
  } catch {
    // errors cost time too; that is the floor we compare with
  }
  return performance.now() - started;
}

/** The JSON contract of one file's result. `text` bounds the positions. */
export function assertContract(result: FileResult, text: string, fileName: string): void {
  assertPlainData(result, 'result');
  assert.equal(result.path, fileName, 'path is the file name as given');
  assert.ok(Array.isArray(result.functions), 'functions is an array');
  assert.ok(Array.isArray(result.diagnostics), 'diagnostics is an array');
  if (result.error !== undefined) assert.equal(typeof result.error, 'string', 'error is a string');
  if (result.skipped !== undefined) assert.equal(typeof result.skipped, 'string', 'skipped is a string');
  const lineCount = countLines(text);

  for (const [index, fn] of result.functions.entries()) {
    const where = `functions[${index}] (${fn.name})`;
    assert.equal(typeof fn.name, 'string', `${where}: name`);
    assertSpan(fn, lineCount, where);
    assert.ok(CLASSIFICATIONS.has(fn.classification), `${where}: classification ${String(fn.classification)}`);
    assert.ok(typeof fn.confidence === 'number' && fn.confidence >= 0 && fn.confidence <= 1, `${where}: confidence ${fn.confidence}`);
    assert.ok(Array.isArray(fn.evidence), `${where}: evidence`);
    for (const [e, evidence] of fn.evidence.entries()) {
      assertPosition(evidence.line, evidence.column, lineCount, `${where}.evidence[${e}]`);
      assert.equal(typeof evidence.kind, 'string', `${where}.evidence[${e}].kind`);
      assert.ok(typeof evidence.message === 'string' && evidence.message.length > 0, `${where}.evidence[${e}].message`);
    }
  }

  for (const [index, diagnostic] of result.diagnostics.entries()) {
    const where = `diagnostics[${index}] (${diagnostic.rule})`;
    assert.ok(typeof diagnostic.rule === 'string' && diagnostic.rule.length > 0, `${where}: rule`);
    assert.ok(SEVERITIES.has(diagnostic.severity), `${where}: severity ${String(diagnostic.severity)}`);
    assertSpan(diagnostic, lineCount, where);
    assert.ok(typeof diagnostic.message === 'string' && diagnostic.message.length > 0, `${where}: message`);
    assert.equal(typeof diagnostic.suggestion, 'string', `${where}: suggestion`);
    for (const [r, related] of (diagnostic.related ?? []).entries()) {
      // Related locations in other files are not bounded by this file's length.
      assertPosition(related.line, related.column, related.path === undefined ? lineCount : Infinity, `${where}.related[${r}]`);
      assert.equal(typeof related.message, 'string', `${where}.related[${r}].message`);
    }
  }
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function assertSpan(span: Span, lineCount: number, where: string): void {
  assertPosition(span.line, span.column, lineCount, where);
  assertPosition(span.endLine, span.endColumn, lineCount, `${where} end`);
  assert.ok(span.line <= span.endLine, `${where}: line ${span.line} > endLine ${span.endLine}`);
  if (span.line === span.endLine) assert.ok(span.column <= span.endColumn, `${where}: column ${span.column} > endColumn ${span.endColumn} on one line`);
}

function assertPosition(line: number, column: number, lineCount: number, where: string): void {
  assert.ok(Number.isInteger(line) && line >= 1 && line <= lineCount, `${where}: line ${line} outside 1..${lineCount}`);
  assert.ok(Number.isInteger(column) && column >= 1, `${where}: column ${column} is not 1-based`);
}

/** Lines as the parser counts them (\n, \r\n, \r, U+2028, U+2029 end a line); an empty text has one. */
export function countLines(text: string): number {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).length;
}

/** Only what survives JSON unchanged: no functions, class instances, cycles, NaN or Infinity. */
function assertPlainData(value: unknown, where: string, seen = new Set<object>()): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) return;
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${where}: ${value} is not a finite number`);
    return;
  }
  assert.equal(typeof value, 'object', `${where}: ${typeof value} is not JSON data`);
  const object = value as object;
  assert.ok(!seen.has(object), `${where}: cycle`);
  const prototype = Object.getPrototypeOf(object);
  assert.ok(Array.isArray(object) || prototype === Object.prototype || prototype === null, `${where}: not a plain object`);
  seen.add(object);
  for (const [key, child] of Object.entries(object)) assertPlainData(child, `${where}.${key}`, seen);
  seen.delete(object);
}
