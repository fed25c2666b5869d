// Property tests: generated programs never make the analyzer throw or run past its time bound, and every
// result honours the JSON contract. See test/robustness/support.ts for the bound and for FC_SEED.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { Project } from '../../src/analyzer/project';
import { moduleGraph, program } from './programs';
import { analyzeChecked, assertContract, MIN_BOUND_MS, propertyParameters } from './support';

describe('robustness: generated programs', function () {
  this.timeout(60_000);

  it('analyzes generated JavaScript and TypeScript programs without throwing, in bounded time, within the contract', () => {
    let parsed = 0;
    fc.assert(
      fc.property(program(), (generated) => {
        const result = analyzeChecked(generated.text, generated.fileName);
        if (result.error === undefined) {
          parsed++;
          const names = new Set(result.functions.map((fn) => fn.name));
          for (const name of generated.declaredFunctions) assert.ok(names.has(name), `function ${name} is missing from the result`);
        }
      }),
      propertyParameters(150),
    );
    // The grammar is meant to produce mostly valid code; if it stops doing so the property tests little.
    assert.ok(parsed > 0, 'no generated program parsed');
  });

  it('gives the same result for the same text (deterministic output)', () => {
    fc.assert(
      fc.property(program(), (generated) => {
        const first = analyzeChecked(generated.text, generated.fileName);
        const second = analyzeChecked(generated.text, generated.fileName);
        assert.deepEqual(second, first);
      }),
      propertyParameters(25),
    );
  });

  it('analyzes files that require each other (cycles included) as one project, and again after an edit', () => {
    fc.assert(
      fc.property(moduleGraph(), fc.nat(), (files, pick) => {
        const paths = [...files.keys()];
        const project = new Project({ readFile: (path) => files.get(path) });
        let started = performance.now();
        const results = project.analyzeFiles(paths);
        assert.ok(performance.now() - started <= MIN_BOUND_MS * paths.length, 'project analysis took too long');
        assert.deepEqual(results.map((r) => r.path), paths);
        results.forEach((result) => assertContract(result, files.get(result.path)!, result.path));

        // An editor-like change of one file: a line removed, the file re-analyzed with its dependents loaded.
        const changed = paths[pick % paths.length];
        const lines = files.get(changed)!.split('\n');
        lines.splice(pick % lines.length, 1);
        const edited = lines.join('\n');
        project.setText(changed, edited);
        started = performance.now();
        const again = project.analyzeFile(changed);
        assert.ok(performance.now() - started <= MIN_BOUND_MS * paths.length, 're-analysis took too long');
        assertContract(again, edited, changed);
      }),
      propertyParameters(40),
    );
  });
});
