// Issue 5, "every quick fix applied at every site where it is offered in the benchmark corpus": scans the
// benchmark corpus (webpack@5.97.1 lib, eslint@9.17.0 lib, rxjs@7.8.1 src; downloaded once by
// benchmark/corpus.mjs into .cache/bench-corpus/), asks `fixesFor` for the fixes of every diagnostic, applies every
// offered fix (suppressions and fixes that create files included) to copies in memory, and checks, independently
// of the fixes module's own verification:
//   - every edited and every created file parses;
//   - a created file does not exist yet;
//   - re-analysing the edited file, with the other edited and the created files visible, no longer reports the
//     same finding at the diagnostic's place (the criterion of src/fixes' Verifier: same rule, same message, at an
//     offset inside the span the edits put where the diagnostic started).
// Refusals are counted; those whose reason reveals a bug (a crash, a draft the module's own verification rejected,
// a diagnostic not found in the text it came from) are failures too. FIXES_CORPUS_VERBOSE=1 lists every refusal.
// Prints one summary line and fails with the list of failing sites.
//
// Without network access and without a cached corpus the test is skipped (the download is the only network use).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSource } from '../../src/analyzer/parse';
import { Project } from '../../src/analyzer/project';
import type { Diagnostic } from '../../src/analyzer/types';
import { applyEdits, fixesFor, type Fix } from '../../src/fixes/index';
import { lineStarts, mapOffset, offsetAt } from '../../src/fixes/text';
import { NodeSourceHost, scan } from '../../src/scan/index';

const root = path.resolve(__dirname, '../..');
const cacheDir = path.join(root, '.cache/bench-corpus');

interface Corpus {
  dir: string;
  packages: { name: string; version: string; folder: string; files: string[] }[];
  files: string[];
  lines: number;
}

/** Network failures of the one-time download (as opposed to a corrupt cache or a wrong download, which fail). */
function isOffline(error: unknown): boolean {
  const text = `${error instanceof Error ? error.message : String(error)} ${String((error as { cause?: { code?: string } })?.cause?.code ?? '')}`;
  return /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|UND_ERR/.test(text);
}

/** Refusal reasons that mean a bug (see src/fixes/index.ts's Verifier and error handling), not an unsafe rewrite. */
const BUG_REASONS = /could not be computed|the fix failed|could not be checked|conflicting edits|would not parse|would still report|could not be analyzed|does not parse as JavaScript|does not match the current text/;

interface Site {
  path: string;
  text: string;
  diagnostic: Diagnostic;
}

function where(site: Site): string {
  return `${path.relative(cacheDir, site.path)}:${site.diagnostic.line}:${site.diagnostic.column} ${site.diagnostic.rule}`;
}

describe('quick fixes on the benchmark corpus (issue 5)', function () {
  this.timeout(600_000);
  let corpus: Corpus;

  before(async function () {
    const { ensureCorpus } = (await import(pathToFileURL(path.join(root, 'benchmark/corpus.mjs')).href)) as { ensureCorpus: (dir: string, options?: { log?: (message: string) => void }) => Promise<Corpus> };
    try {
      corpus = await ensureCorpus(cacheDir, { log: (message) => console.log(`      ${message}`) });
    } catch (error) {
      if (isOffline(error)) {
        console.log(`      skipped: the corpus is not cached and cannot be downloaded (${error instanceof Error ? error.message : String(error)})`);
        this.skip();
      }
      throw error;
    }
  });

  it('every offered fix parses and removes its finding', async function () {
    const started = performance.now();
    // Default analysis options: the ones fixesFor verifies its drafts with.
    const scanned = await scan(corpus.packages.map((p) => p.folder));
    const scanTime = performance.now() - started;
    const fileErrors = scanned.files.filter((f) => f.error || f.skipped);
    assert.deepEqual(fileErrors.map((f) => `${f.path}: ${f.error ?? f.skipped}`), [], 'every corpus file is analyzed');
    assert.equal(scanned.files.length, corpus.files.length, 'the scan covers exactly the corpus');

    // One Project for the whole test: it lends its summaries to fixesFor (files loaded lazily, on first use) and
    // re-analyses the fixed texts (overrides set for one fix, then dropped).
    const host = new NodeSourceHost();
    const project = new Project(host);
    const summaries = {
      summaryOf(filePath: string) {
        project.preload([filePath]);
        return project.summaryOf(filePath);
      },
    };

    const sites: Site[] = scanned.files.flatMap((file) => {
      if (file.diagnostics.length === 0) return [];
      const text = host.readFile(file.path);
      assert.ok(text !== undefined, `cannot read ${file.path}`);
      return file.diagnostics.map((diagnostic) => ({ path: file.path, text, diagnostic }));
    });

    let applied = 0;
    let refusals = 0;
    let sitesWithFixes = 0;
    const byRule = new Map<string, { sites: number; fixes: number; refusals: number }>();
    const failures: string[] = [];
    for (const site of sites) {
      const result = fixesFor({ path: site.path, text: site.text, diagnostic: site.diagnostic, host, summaries });
      const counts = byRule.get(site.diagnostic.rule) ?? { sites: 0, fixes: 0, refusals: 0 };
      byRule.set(site.diagnostic.rule, counts);
      counts.sites++;
      counts.fixes += result.fixes.length;
      counts.refusals += result.refusals.length;
      refusals += result.refusals.length;
      if (process.env.FIXES_CORPUS_VERBOSE) for (const r of result.refusals) console.log(`      refused ${where(site)} "${r.title}": ${r.reason}`);
      if (result.fixes.length > 0) sitesWithFixes++;
      // Every rule has the two suppressions: a site without any fix means fixesFor failed on it.
      if (result.fixes.length === 0) failures.push(`${where(site)}: no fix offered (${result.refusals.map((r) => `${r.title}: ${r.reason}`).join('; ') || 'no refusal either'})`);
      // A refusal is fine when it explains why a rewrite is unsafe; these reasons are bugs of the fixes module
      // instead: it crashed, produced a draft its own verification rejected, or did not find the diagnostic in
      // the very text it was analyzed from.
      for (const refusal of result.refusals) {
        if (BUG_REASONS.test(refusal.reason)) failures.push(`${where(site)} "${refusal.title}" refused: ${refusal.reason}`);
      }
      for (const fix of result.fixes) {
        applied++;
        const problem = checkFix(project, host, site, fix);
        if (problem) failures.push(`${where(site)} "${fix.title}": ${problem}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const rules = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, c]) => `${rule} ${c.sites}/${c.fixes}/${c.refusals}`).join(', ');
    console.log(
      `      fixes on corpus: ${corpus.files.length} files, ${sites.length} sites (${sitesWithFixes} with fixes), ${applied} fixes applied, ${refusals} refusals, ${failures.length} failures; ` +
        `${seconds.toFixed(1)} s (scan ${(scanTime / 1000).toFixed(1)} s); per rule sites/fixes/refusals: ${rules}`,
    );
    assert.ok(sites.length > 0, 'the corpus has diagnostics to fix');
    assert.equal(failures.length, 0, `failing sites:\n${failures.slice(0, 30).join('\n')}${failures.length > 30 ? `\n... and ${failures.length - 30} more` : ''}`);
  });
});

/** Applies `fix` in memory and returns what is wrong with the result, or null. Leaves `project` as it found it. */
function checkFix(project: Project, host: NodeSourceHost, site: Site, fix: Fix): string | null {
  const touched: string[] = [];
  try {
    let output = site.text;
    let ownEdits: Fix['edits'][number]['edits'] = [];
    for (const fileEdit of fix.edits) {
      const original = fileEdit.path === site.path ? site.text : host.readFile(fileEdit.path);
      if (original === undefined) return `edits ${fileEdit.path}, which cannot be read`;
      let edited: string;
      try {
        edited = applyEdits(original, fileEdit.edits);
      } catch (error) {
        return `the edits of ${fileEdit.path} cannot be applied: ${error instanceof Error ? error.message : String(error)}`;
      }
      const parsed = parseSource(edited, fileEdit.path);
      if (!parsed.ok) return `${fileEdit.path} does not parse after the fix: ${parsed.message} (line ${parsed.line}, column ${parsed.column})\n${excerpt(edited, parsed.line)}`;
      if (fileEdit.path === site.path) {
        output = edited;
        ownEdits = fileEdit.edits;
      }
      project.setText(fileEdit.path, edited);
      touched.push(fileEdit.path);
    }
    for (const created of fix.creates) {
      if (fs.existsSync(created.path)) return `creates ${created.path}, which exists already`;
      const parsed = parseSource(created.text, created.path);
      if (!parsed.ok) return `the created ${created.path} does not parse: ${parsed.message} (line ${parsed.line}, column ${parsed.column})\n${excerpt(created.text, parsed.line)}`;
      project.setText(created.path, created.text);
      touched.push(created.path);
    }
    const result = project.analyzeFile(site.path, output);
    touched.push(site.path);
    if (result.error) return `the fixed file cannot be analyzed: ${result.error}`;
    const d = site.diagnostic;
    const place = mapOffset(offsetAt(lineStarts(site.text), site.text, d.line, d.column), ownEdits);
    const starts = lineStarts(output);
    const still = result.diagnostics.filter((after) => {
      if (after.rule !== d.rule || after.message !== d.message) return false;
      const offset = offsetAt(starts, output, after.line, after.column);
      return offset >= place.start && offset <= place.end;
    });
    if (still.length > 0) return `the finding is still reported after the fix, at ${still.map((s) => `${s.line}:${s.column}`).join(', ')}\n${excerpt(output, still[0].line)}`;
    return null;
  } finally {
    for (const touchedPath of new Set(touched)) project.invalidate(touchedPath);
  }
}

/** A few numbered lines around `line`, for failure messages. */
function excerpt(text: string, line: number): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(0, line - 4);
  return lines
    .slice(from, line + 3)
    .map((content, i) => `        ${String(from + i + 1).padStart(5)} | ${content}`)
    .join('\n');
}
