/**
 * The code the worker and child-process fixes write runs: the fixed caller, the created pool or runner and the
 * created worker module are written to a temporary folder and executed with Node, and give the same result as
 * the original function. The TypeScript outputs type-check.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { Project } from '../../src/analyzer/project';
import { applyEdits, fixesFor, type Fix } from '../../src/fixes/index';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';
import { dedent } from '../support/dedent';

const run = promisify(execFile);
const TSX = require.resolve('tsx');

const RANK = `
  function rank(items) {
    let total = 0;
    for (const a of items) {
      for (const b of items) total += weight(a) * weight(b) % 97;
    }
    return total;
  }
  function weight(x) {
    return x.length * FACTOR;
  }
`;

function host(dir: string) {
  return {
    readFile(file: string): string | undefined {
      if (!file.startsWith(dir)) return undefined;
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Writes `files`, fixes the first diagnostic of `rule` in `main` with the fix titled `title`, writes the result. */
function applyFix(dir: string, files: Record<string, string>, main: string, rule: string, title: RegExp): Fix {
  writeFiles(dir, Object.fromEntries(Object.entries(files).map(([name, text]) => [name, dedent(text)])));
  const file = path.join(dir, main);
  const text = fs.readFileSync(file, 'utf8');
  const analysis = new Project(host(dir)).analyzeFile(file, text);
  const diagnostic = analysis.diagnostics.find((d) => d.rule === rule);
  assert.ok(diagnostic, `no ${rule} in ${main}: ${analysis.diagnostics.map((d) => d.rule).join(', ')}`);
  const result = fixesFor({ path: file, text, diagnostic, host: host(dir) });
  const fix = result.fixes.find((f) => title.test(f.title));
  assert.ok(fix, `no fix ${title}: ${result.refusals.map((r) => `${r.title}: ${r.reason}`).join('; ')}`);
  for (const edit of fix.edits) fs.writeFileSync(edit.path, applyEdits(fs.readFileSync(edit.path, 'utf8'), edit.edits));
  for (const created of fix.creates) fs.writeFileSync(created.path, created.text);
  return fix;
}

const items = JSON.stringify(Array.from({ length: 40 }, (_, i) => 'x'.repeat(i % 7)));
const expected = (() => {
  const FACTOR = 3;
  const weight = (x: string) => x.length * FACTOR;
  const list = JSON.parse(items) as string[];
  let total = 0;
  for (const a of list) for (const b of list) total += (weight(a) * weight(b)) % 97;
  return total;
})();

describe('created workers and child processes run', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('concurrency-advisor-fixes-');
  });
  afterEach(() => removeTempDir(dir));

  it('CommonJS: the worker-thread fix computes the same result, and the process exits by itself', async () => {
    applyFix(
      dir,
      {
        'app.js': `
          const FACTOR = 3;
          ${RANK}
          async function compute(items) {
            const scores = [];
            for (let i = 0; i < 3; i++) scores.push(rank(items));
            return scores;
          }
          module.exports = { compute };
        `,
      },
      'app.js',
      'cpu-heavy-on-event-loop',
      /^Move rank to a worker thread$/,
    );
    assert.match(fs.readFileSync(path.join(dir, 'app.js'), 'utf8'), /await runInWorker\(rankWorker, items\)/);
    const { stdout } = await run(process.execPath, ['-e', `require('./app.js').compute(${items}).then((r) => console.log(JSON.stringify(r)))`], { cwd: dir });
    assert.deepEqual(JSON.parse(stdout), [expected, expected, expected]);
  });

  it('ESM: the worker-thread fix computes the same result', async () => {
    applyFix(
      dir,
      {
        'app.mjs': `
          const FACTOR = 3;
          ${RANK}
          export async function compute(items) {
            return rank(items);
          }
        `,
      },
      'app.mjs',
      'cpu-heavy-on-event-loop',
      /^Move rank to a worker thread$/,
    );
    fs.writeFileSync(path.join(dir, 'main.mjs'), `import { compute } from './app.mjs';\nconsole.log(await compute(${items}));\n`);
    const { stdout } = await run(process.execPath, ['main.mjs'], { cwd: dir });
    assert.equal(Number(stdout), expected);
  });

  it('the child-process fix computes the same result and propagates errors', async () => {
    applyFix(
      dir,
      {
        'app.js': `
          const FACTOR = 3;
          function rank(items) {
            if (!Array.isArray(items)) throw new TypeError('items must be an array');
            let total = 0;
            for (const a of items) {
              for (const b of items) total += weight(a) * weight(b) % 97;
            }
            return total;
          }
          function weight(x) {
            return x.length * FACTOR;
          }
          async function compute(items) {
            return rank(items);
          }
          module.exports = { compute };
        `,
      },
      'app.js',
      'cpu-heavy-on-event-loop',
      /^Run rank in a child process$/,
    );
    const script = `const { compute } = require('./app.js');
      compute(${items}).then(async (r) => {
        console.log(r);
        await compute('nope').catch((e) => console.log(e.constructor.name, e.message));
      });`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: dir });
    assert.equal(stdout, `${expected}\nTypeError items must be an array\n`);
  });

  it('TypeScript: the fixed caller and the created pool type-check, and run under a TypeScript loader', async () => {
    const fix = applyFix(
      dir,
      {
        'app.ts': `
          const FACTOR = 3;

          function rank(items: string[]): number {
            let total = 0;
            for (const a of items) {
              for (const b of items) total += (weight(a) * weight(b)) % 97;
            }
            return total;
          }

          function weight(x: string): number {
            return x.length * FACTOR;
          }

          export async function compute(items: string[]): Promise<number> {
            const total: number = rank(items);
            return total;
          }
        `,
      },
      'app.ts',
      'cpu-heavy-on-event-loop',
      /^Move rank to a worker thread$/,
    );
    assert.deepEqual(fix.creates.map((c) => path.basename(c.path)).sort(), ['rank.worker.mjs', 'worker-pool.ts']);
    const program = ts.createProgram([path.join(dir, 'app.ts'), path.join(dir, 'worker-pool.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      types: ['node'],
      typeRoots: [path.resolve(__dirname, '..', '..', 'node_modules', '@types')],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, []);
    const { stdout } = await run(process.execPath, ['--import', TSX, '-e', `require('./app.ts').compute(${items}).then((r) => console.log(r))`], { cwd: dir });
    assert.equal(Number(stdout), expected);
  });
});
