/**
 * Every fix offered for every diagnostic of the examples and fixtures applies cleanly (no overlapping edits),
 * leaves code that parses, creates files that parse, and makes its diagnostic disappear from its place.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Project } from '../../src/analyzer/project';
import { fixesFor } from '../../src/fixes/index';
import { applyAndCheck } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = /\.(js|mjs|cjs|ts|mts|cts)$/;

function sourcesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourcesUnder(full));
    else if (SOURCES.test(entry.name)) found.push(full);
  }
  return found.sort();
}

/** Reads the real files (read-only): what the language server's host does. */
const host = {
  readFile(file: string): string | undefined {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

const files = [...sourcesUnder(path.join(ROOT, 'examples')), ...sourcesUnder(path.join(__dirname, 'fixtures'))];

describe('quick fixes on the examples and fixtures', () => {
  const offered = new Map<string, number>();
  after(() => {
    // At least the rewrites the fixtures were written for are offered, not only suppressions.
    for (const rule of ['blocking-io-in-async', 'await-in-loop-independent', 'sequential-awaits', 'async-foreach', 'cpu-heavy-on-event-loop', 'cpu-in-promise-all', 'sync-sleep']) {
      assert.ok((offered.get(rule) ?? 0) > 0, `no rewrite offered for ${rule}`);
    }
  });

  for (const file of files) {
    const relative = path.relative(ROOT, file);
    it(relative, () => {
      const text = fs.readFileSync(file, 'utf8');
      const analysis = new Project(host).analyzeFile(file, text);
      assert.equal(analysis.error, undefined);
      for (const diagnostic of analysis.diagnostics) {
        const where = `${relative}:${diagnostic.line}:${diagnostic.column} ${diagnostic.rule}`;
        const result = fixesFor({ path: file, text, diagnostic, host });
        assert.ok(result.fixes.filter((f) => f.isPreferred).length <= 1, `${where}: at most one preferred fix`);
        assert.ok(result.fixes.some((f) => f.title === `Suppress ${diagnostic.rule} on this line`) || result.refusals.some((r) => r.title === `Suppress ${diagnostic.rule} on this line`), `${where}: the suppression is offered or explained`);
        for (const refusal of result.refusals) {
          assert.ok(refusal.reason.length > 0, `${where}: ${refusal.title} has a reason`);
          assert.ok(!result.fixes.some((f) => f.title === refusal.title), `${where}: ${refusal.title} is both offered and refused`);
        }
        for (const fix of result.fixes) {
          assert.equal(fix.rule, diagnostic.rule);
          assert.ok(fix.edits.some((e) => e.edits.length > 0) || fix.creates.length > 0, `${where}: ${fix.title} changes something`);
          try {
            // A fix may leave a different finding of the same rule at its place (the enclosing loop of a fixed inner
            // loop); the fix says so in its notes. The same finding must be gone.
            applyAndCheck({ path: file, text, files: {}, host, diagnostic, result }, fix, { sameFindingOnly: true });
          } catch (error) {
            throw new Error(`${where}: ${fix.title}: ${(error as Error).message}`);
          }
          if (!fix.title.startsWith('Suppress ') && !fix.title.startsWith('Disable ')) offered.set(diagnostic.rule, (offered.get(diagnostic.rule) ?? 0) + 1);
        }
      }
    });
  }
});
