/**
 * Table-driven tests for quick fixes: each case analyzes a file, takes the rule's diagnostic, asks `fixesFor`
 * for its fixes, applies the chosen one and compares the text with the expected output. Every applied fix is
 * also checked to parse and to make the diagnostic disappear from its place when the output is analyzed again.
 */
import assert from 'node:assert/strict';
import * as nodePath from 'node:path';
import { parseSource } from '../../src/analyzer/parse';
import { Project } from '../../src/analyzer/project';
import type { Diagnostic } from '../../src/analyzer/types';
import { applyEdits, fixesFor, type Fix, type FixResult } from '../../src/fixes/index';
import { lineStarts, mapOffset, offsetAt } from '../../src/fixes/text';
import { dedent } from '../support/dedent';

export const DIR = '/project/src';

export interface FixCase {
  name: string;
  /** File name under /project/src (default example.js). */
  file?: string;
  code: string;
  /** Other files of the project, by name under /project/src (or absolute). */
  files?: Record<string, string>;
  /** Line of the diagnostic to fix, when the rule reports more than one. */
  line?: number;
  /** Title of the fix to apply (exact, or a pattern). */
  fix: string | RegExp;
  output: string;
  /** Files the fix creates, by name under /project/src (or absolute): exact text or a pattern it must match. */
  creates?: Record<string, string | RegExp>;
  /** Substrings the notes must contain. */
  notes?: string[];
  safe?: boolean;
  preferred?: boolean;
  /** Known gap: kept and reported as pending. */
  skip?: string;
}

export interface RefusalCase {
  name: string;
  file?: string;
  code: string;
  files?: Record<string, string>;
  line?: number;
  /** Title of the refused fix (exact, or a pattern). */
  title: string | RegExp;
  reason: string | RegExp;
  skip?: string;
}

function absolute(name: string): string {
  return name.startsWith('/') ? name : nodePath.join(DIR, name);
}

export function hostOf(files: Record<string, string>): { readFile(path: string): string | undefined } {
  const map = new Map(Object.entries(files).map(([name, text]) => [absolute(name), text]));
  return { readFile: (path: string) => map.get(nodePath.normalize(path)) };
}

export interface Prepared {
  path: string;
  text: string;
  /** The files the case declares; other reads go to `host`. */
  files: Record<string, string>;
  host: { readFile(path: string): string | undefined };
  diagnostic: Diagnostic;
  result: FixResult;
}

/** Analyzes the case's file and asks for the fixes of the rule's diagnostic. */
export function prepare(rule: string, testCase: { file?: string; code: string; files?: Record<string, string>; line?: number }): Prepared {
  const path = absolute(testCase.file ?? 'example.js');
  const text = dedent(testCase.code);
  const files: Record<string, string> = { ...Object.fromEntries(Object.entries(testCase.files ?? {}).map(([k, v]) => [absolute(k), dedent(v)])), [path]: text };
  const host = hostOf(files);
  const analysis = new Project(host).analyzeFile(path, text);
  assert.equal(analysis.error, undefined, `the input must parse: ${analysis.error}`);
  const found = analysis.diagnostics.filter((d) => d.rule === rule && (testCase.line === undefined || d.line === testCase.line));
  assert.ok(found.length > 0, `expected a ${rule} diagnostic${testCase.line ? ` on line ${testCase.line}` : ''}; found:\n${analysis.diagnostics.map((d) => `  ${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n') || '  (none)'}`);
  const diagnostic = found[0];
  return { path, text, files, host, diagnostic, result: fixesFor({ path, text, diagnostic, host }) };
}

function matches(value: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? value === pattern : pattern.test(value);
}

function describeResult(result: FixResult): string {
  return [...result.fixes.map((f) => `  fix: ${f.title}`), ...result.refusals.map((r) => `  refused: ${r.title}: ${r.reason}`)].join('\n');
}

/** Applies a fix and checks the output parses and no longer carries the diagnostic at its place. */
export function applyAndCheck(prepared: Prepared, fix: Fix, options: { sameFindingOnly?: boolean } = {}): { output: string; created: Map<string, string> } {
  const own = fix.edits.find((e) => e.path === prepared.path);
  const output = own ? applyEdits(prepared.text, own.edits) : prepared.text;
  const parsed = parseSource(output, prepared.path);
  assert.ok(parsed.ok, `the output must parse: ${parsed.ok ? '' : `${parsed.message} (line ${parsed.line})`}\n${output}`);
  const files = { ...prepared.files, [prepared.path]: output };
  const created = new Map<string, string>();
  for (const creation of fix.creates) {
    assert.ok(!(creation.path in prepared.files) && prepared.host.readFile(creation.path) === undefined, `${creation.path} must not exist already`);
    const createdParse = parseSource(creation.text, creation.path);
    assert.ok(createdParse.ok, `created ${creation.path} must parse: ${createdParse.ok ? '' : createdParse.message}`);
    files[creation.path] = creation.text;
    created.set(creation.path, creation.text);
  }
  for (const edit of fix.edits) {
    if (edit.path === prepared.path) continue;
    files[edit.path] = applyEdits(prepared.files[edit.path] ?? prepared.host.readFile(edit.path) ?? '', edit.edits);
  }
  const overlay = hostOf(files);
  const reanalyzed = new Project({ readFile: (p) => overlay.readFile(p) ?? prepared.host.readFile(p) }).analyzeFile(prepared.path, output);
  assert.equal(reanalyzed.error, undefined);
  const starts = lineStarts(prepared.text);
  const place = mapOffset(offsetAt(starts, prepared.text, prepared.diagnostic.line, prepared.diagnostic.column), own?.edits ?? []);
  const outStarts = lineStarts(output);
  const still = reanalyzed.diagnostics.filter((d) => {
    if (d.rule !== prepared.diagnostic.rule) return false;
    if (options.sameFindingOnly && d.message !== prepared.diagnostic.message) return false;
    const offset = offsetAt(outStarts, output, d.line, d.column);
    return offset >= place.start && offset <= place.end;
  });
  assert.deepEqual(still.map((d) => `${d.line}:${d.column} ${d.message}`), [], 'the diagnostic must be gone after the fix');
  return { output, created };
}

export function runFixTable(rule: string, cases: FixCase[]): void {
  describe(`${rule}: fixes`, () => {
    assertUnique(cases.map((c) => c.name));
    for (const testCase of cases) {
      const body = () => {
        const prepared = prepare(rule, testCase);
        const fix = prepared.result.fixes.find((f) => matches(f.title, testCase.fix));
        assert.ok(fix, `no fix titled ${String(testCase.fix)}; got:\n${describeResult(prepared.result)}`);
        const { output, created } = applyAndCheck(prepared, fix);
        assert.equal(output, dedent(testCase.output));
        if (testCase.creates) {
          const expected = Object.entries(testCase.creates).map(([name, text]) => [absolute(name), text] as const);
          assert.deepEqual([...created.keys()].sort(), expected.map(([p]) => p).sort(), 'created files');
          for (const [path, text] of expected) {
            const actual = created.get(path)!;
            if (typeof text === 'string') assert.equal(actual, dedent(text), `content of ${path}`);
            else assert.match(actual, text, `content of ${path}`);
          }
        } else {
          assert.deepEqual([...created.keys()], [], 'no files created');
        }
        for (const note of testCase.notes ?? []) assert.ok(fix.notes.some((n) => n.includes(note)), `notes should mention ${JSON.stringify(note)}; got ${JSON.stringify(fix.notes)}`);
        if (testCase.safe !== undefined) assert.equal(fix.safe, testCase.safe, 'safe');
        if (testCase.preferred !== undefined) assert.equal(fix.isPreferred, testCase.preferred, 'isPreferred');
      };
      if (testCase.skip) it.skip(`${testCase.name} (skipped: ${testCase.skip})`, body);
      else it(testCase.name, body);
    }
  });
}

export function runRefusalTable(rule: string, cases: RefusalCase[]): void {
  describe(`${rule}: refusals`, () => {
    assertUnique(cases.map((c) => c.name));
    for (const testCase of cases) {
      const body = () => {
        const prepared = prepare(rule, testCase);
        const refusal = prepared.result.refusals.find((r) => matches(r.title, testCase.title));
        assert.ok(refusal, `no refusal titled ${String(testCase.title)}; got:\n${describeResult(prepared.result)}`);
        assert.ok(matches(refusal.reason, testCase.reason), `reason: ${refusal.reason}`);
        assert.ok(!prepared.result.fixes.some((f) => matches(f.title, testCase.title)), 'a refused fix must not be offered');
        // The suppressions stay available.
        assert.ok(prepared.result.fixes.some((f) => f.title.startsWith('Suppress ')), 'the suppression is still offered');
      };
      if (testCase.skip) it.skip(`${testCase.name} (skipped: ${testCase.skip})`, body);
      else it(testCase.name, body);
    }
  });
}

function assertUnique(names: string[]): void {
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length > 0) throw new Error(`duplicate case names: ${duplicates.join(', ')}`);
}
