import assert from 'node:assert/strict';
import { analyze } from '../../src/analyzer/index';
import { rules } from '../../src/analyzer/rules/index';
import { dedent } from '../support/dedent';
import { DEFAULT_FILE_NAME, runRuleTests } from './rule-tester';

const BLOCKING = `
  import fs from 'fs';
  export async function load() {
    const a = fs.readFileSync('a.txt');
    const b = fs.readFileSync('b.txt');
    return [a, b];
  }
`;

function diagnostics(code: string, options: { rules?: Record<string, 'off' | 'info' | 'warning' | 'error'> } = {}) {
  const result = analyze(dedent(code), { fileName: DEFAULT_FILE_NAME, ...options });
  assert.equal(result.error, undefined);
  return result.diagnostics;
}

runRuleTests('blocking-io-in-async', {
  valid: [
    {
      name: 'file-wide block comment for the rule',
      code: `
        /* concurrency-advisor-disable blocking-io-in-async */
        import fs from 'fs';
        export async function load() {
          const a = fs.readFileSync('a.txt');
          const b = fs.readFileSync('b.txt');
          return [a, b];
        }
      `,
    },
    {
      name: 'file-wide block comment without ids disables every rule',
      code: `
        /* concurrency-advisor-disable */
        import fs from 'fs';
        export async function load() {
          return fs.readFileSync('a.txt');
        }
      `,
    },
    {
      name: 'file-wide comment with several ids and a reason',
      code: `
        /* concurrency-advisor-disable sync-sleep, blocking-io-in-async -- start-up script */
        import fs from 'fs';
        export async function load() {
          return fs.readFileSync('a.txt');
        }
      `,
    },
    {
      name: 'file-wide line comment',
      code: `
        // concurrency-advisor-disable blocking-io-in-async
        import fs from 'fs';
        export async function load() {
          return fs.readFileSync('a.txt');
        }
      `,
    },
    {
      name: 'next-line comments on every finding',
      code: `
        import fs from 'fs';
        export async function load() {
          // concurrency-advisor-disable-next-line blocking-io-in-async
          const a = fs.readFileSync('a.txt');
          // concurrency-advisor-disable-next-line blocking-io-in-async -- read once, small file
          const b = fs.readFileSync('b.txt');
          return [a, b];
        }
      `,
    },
    {
      name: 'next-line comment without ids',
      code: `
        import fs from 'fs';
        export async function load() {
          // concurrency-advisor-disable-next-line
          return fs.readFileSync('a.txt');
        }
      `,
    },
    {
      name: 'next-line block comment',
      code: `
        import fs from 'fs';
        export async function load() {
          /* concurrency-advisor-disable-next-line blocking-io-in-async */
          return fs.readFileSync('a.txt');
        }
      `,
    },
    {
      name: "severity setting 'off'",
      rules: { 'blocking-io-in-async': 'off' },
      code: BLOCKING,
    },
  ],
  invalid: [
    {
      name: 'a next-line comment silences only the next line',
      code: `
        import fs from 'fs';
        export async function load() {
          // concurrency-advisor-disable-next-line blocking-io-in-async
          const a = fs.readFileSync('a.txt');
          const b = fs.readFileSync('b.txt');
          return [a, b];
        }
      `,
      errors: [{ line: 5, column: 13 }],
    },
    {
      name: 'a next-line comment two lines above does not apply',
      code: `
        import fs from 'fs';
        export async function load() {
          // concurrency-advisor-disable-next-line blocking-io-in-async

          return fs.readFileSync('a.txt');
        }
      `,
      errors: [{ line: 5, column: 10 }],
    },
    {
      name: 'a next-line comment for another rule does not apply',
      code: `
        import fs from 'fs';
        export async function load() {
          // concurrency-advisor-disable-next-line sync-sleep
          return fs.readFileSync('a.txt');
        }
      `,
      errors: [{ line: 4, column: 10 }],
    },
    {
      name: 'a file-wide comment for another rule does not apply',
      code: `
        /* concurrency-advisor-disable sequential-awaits */
        import fs from 'fs';
        export async function load() {
          return fs.readFileSync('a.txt');
        }
      `,
      errors: [{ line: 4, column: 10 }],
    },
    {
      name: 'a rule id that only starts like the comment keyword is not a file-wide suppression',
      code: `
        // concurrency-advisor-disabled blocking-io-in-async
        import fs from 'fs';
        export async function load() {
          return fs.readFileSync('a.txt');
        }
      `,
      errors: [{ line: 4, column: 10 }],
    },
    {
      name: "severity setting 'error'",
      rules: { 'blocking-io-in-async': 'error' },
      code: BLOCKING,
      errors: [
        { line: 3, column: 13, severity: 'error' },
        { line: 4, column: 13, severity: 'error' },
      ],
    },
    {
      name: "severity setting 'info'",
      rules: { 'blocking-io-in-async': 'info' },
      code: BLOCKING,
      errors: [
        { line: 3, column: 13, severity: 'info' },
        { line: 4, column: 13, severity: 'info' },
      ],
    },
    {
      name: 'default severity when the setting names another rule',
      rules: { 'sync-sleep': 'off' },
      code: BLOCKING,
      errors: [
        { line: 3, column: 13, severity: 'warning' },
        { line: 4, column: 13, severity: 'warning' },
      ],
    },
  ],
}, 'suppression comments and severity settings (blocking-io-in-async)');

describe('suppressions and severity across rules', () => {
  const MANY = `
    const { execSync } = require('child_process');
    export async function main(items: string[], save: (x: string) => Promise<void>) {
      execSync('sleep 1');
      items.forEach(async (item) => {
        await save(item);
      });
    }
  `;

  it('the sample triggers several rules', () => {
    const ids = new Set(diagnostics(MANY).map((d) => d.rule));
    for (const id of ['blocking-io-in-async', 'sync-sleep', 'async-foreach']) assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
  });

  it('a next-line comment with one id leaves the other rules on that line', () => {
    const code = MANY.replace("      execSync('sleep 1');", "      // concurrency-advisor-disable-next-line sync-sleep\n      execSync('sleep 1');");
    const found = diagnostics(code);
    assert.ok(!found.some((d) => d.rule === 'sync-sleep'));
    assert.ok(found.some((d) => d.rule === 'blocking-io-in-async' && d.line === 4));
  });

  it('a next-line comment lists several ids separated by commas or spaces', () => {
    for (const list of ['sync-sleep, blocking-io-in-async', 'sync-sleep blocking-io-in-async']) {
      const code = MANY.replace("      execSync('sleep 1');", `      // concurrency-advisor-disable-next-line ${list}\n      execSync('sleep 1');`);
      const found = diagnostics(code);
      assert.deepEqual(found.map((d) => d.rule), ['async-foreach'], list);
    }
  });

  it('a file-wide comment without ids silences everything', () => {
    assert.deepEqual(diagnostics(`/* concurrency-advisor-disable */\n${dedent(MANY)}`), []);
  });

  it("'off' for every rule yields no diagnostics; the analysis itself still runs", () => {
    const settings = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const]));
    const result = analyze(dedent(MANY), { fileName: DEFAULT_FILE_NAME, rules: settings });
    assert.deepEqual(result.diagnostics, []);
    assert.ok(result.functions.length > 0);
  });

  it('each rule reports at its default severity unless configured', () => {
    const found = diagnostics(MANY);
    for (const d of found) {
      const rule = rules.find((r) => r.meta.id === d.rule)!;
      assert.equal(d.severity, rule.meta.defaultSeverity, d.rule);
    }
    const configured = diagnostics(MANY, { rules: { 'sync-sleep': 'error', 'async-foreach': 'info' } });
    assert.equal(configured.find((d) => d.rule === 'sync-sleep')?.severity, 'error');
    assert.equal(configured.find((d) => d.rule === 'async-foreach')?.severity, 'info');
    assert.equal(configured.find((d) => d.rule === 'blocking-io-in-async')?.severity, 'warning');
  });

  it('mixed-workload defaults to info', () => {
    const code = `
      export async function build(url: string) {
        const rows: number[] = await (await fetch(url)).json();
        let n = 0;
        for (const a of rows) for (const b of rows) n += a * b;
        return n;
      }
    `;
    const mixed = diagnostics(code).filter((d) => d.rule === 'mixed-workload');
    assert.equal(mixed.length, 1);
    assert.equal(mixed[0].severity, 'info');
  });
});

describe('suppression comments in CRLF files', () => {
  it('a disable-next-line comment works with Windows line endings', () => {
    const { analyze } = require('../../src/analyzer') as typeof import('../../src/analyzer');
    const code = ["const fs = require('fs');", 'async function load() {', '  // concurrency-advisor-disable-next-line blocking-io-in-async', "  return fs.readFileSync('x');", '}', ''].join('\r\n');
    const result = analyze(code, { fileName: '/project/src/crlf.js' });
    require('node:assert/strict').deepEqual(result.diagnostics.filter((d) => d.rule === 'blocking-io-in-async'), []);
  });
});
