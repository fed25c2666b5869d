/**
 * A small table-driven tester in the style of typescript-eslint's RuleTester: each case runs the whole analyzer
 * (`analyze()`) on one file and compares only the diagnostics of the rule under test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyzer/index';
import type { RuleSetting } from '../../src/analyzer/project';
import type { Diagnostic, Severity } from '../../src/analyzer/types';
import { dedent } from '../support/dedent';

/** Default file name: a source file, not a test file (some rules ignore test files). */
export const DEFAULT_FILE_NAME = '/project/src/example.ts';

export interface ValidCase {
  /** Source text; the leading newline and the common indentation are removed, so line 1 is the first code line. */
  code: string;
  name: string;
  fileName?: string;
  /** Severity settings passed to `analyze()`. */
  rules?: Record<string, RuleSetting>;
  /** A known gap that needs the analyzer core to change: the case is kept and reported as pending with this reason. */
  skip?: string;
}

export interface ExpectedError {
  line: number;
  column: number;
  messageIncludes?: string;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Runs the analyzer on one case and returns the rule's diagnostics; fails when the file does not parse. */
export function diagnosticsOf(ruleId: string, testCase: ValidCase): Diagnostic[] {
  const result = analyze(dedent(testCase.code), { fileName: testCase.fileName ?? DEFAULT_FILE_NAME, ...(testCase.rules ? { rules: testCase.rules } : {}) });
  assert.equal(result.error, undefined, `the case must parse: ${result.error}`);
  return result.diagnostics.filter((d) => d.rule === ruleId);
}

function describeFound(found: Diagnostic[]): string {
  if (found.length === 0) return '(none)';
  return found.map((d) => `  ${d.line}:${d.column} ${d.severity} ${d.message}`).join('\n');
}

/** Defines one mocha suite for the rule: a `valid` and an `invalid` block with one test per case. */
export function runRuleTests(ruleId: string, tests: RuleTests, title = ruleId): void {
  describe(title, () => {
    assertUniqueNames(tests);
    describe('valid', () => {
      for (const testCase of tests.valid) {
        define(testCase, () => {
          const found = diagnosticsOf(ruleId, testCase);
          assert.equal(found.length, 0, `expected no ${ruleId} diagnostics, found:\n${describeFound(found)}`);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of tests.invalid) {
        define(testCase, () => {
          assert.ok(testCase.errors.length > 0, 'an invalid case must expect at least one error');
          const found = diagnosticsOf(ruleId, testCase);
          const summary = `found:\n${describeFound(found)}`;
          assert.equal(found.length, testCase.errors.length, `expected ${testCase.errors.length} ${ruleId} diagnostic(s), ${summary}`);
          const expected = [...testCase.errors].sort((a, b) => a.line - b.line || a.column - b.column);
          expected.forEach((error, i) => {
            const actual = found[i];
            assert.deepEqual({ line: actual.line, column: actual.column }, { line: error.line, column: error.column }, `diagnostic ${i + 1} position; ${summary}`);
            if (error.messageIncludes !== undefined) {
              assert.ok(actual.message.includes(error.messageIncludes), `diagnostic ${i + 1} message should include ${JSON.stringify(error.messageIncludes)}; got ${JSON.stringify(actual.message)}`);
            }
            if (error.severity !== undefined) assert.equal(actual.severity, error.severity, `diagnostic ${i + 1} severity`);
          });
        });
      }
    });
  });
}

function define(testCase: ValidCase, body: () => void): void {
  if (testCase.skip) it.skip(`${testCase.name} (skipped: ${testCase.skip})`, body);
  else it(testCase.name, body);
}

function assertUniqueNames(tests: RuleTests): void {
  const names = [...tests.valid, ...tests.invalid].map((t) => t.name);
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length > 0) throw new Error(`duplicate case names: ${[...new Set(duplicates)].join(', ')}`);
}
