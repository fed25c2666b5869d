import { createHash } from 'node:crypto';
import * as nodePath from 'node:path';
import { collectFile } from './collect';
import { SyntaxTreeCache } from './incremental';
import { isSourceFile, parseSource, type ParseOptions } from './parse';
import { Program, type FnNode, type FunctionState, type Step } from './program';
import { chainOf, describeChain } from './chains';
import { Resolver } from './resolve';
import { runFileRules, runProgramRules } from './rules/run';
import { summarize, type FileSummary } from './summary';
import type { Evidence, FileResult, FunctionResult, Severity } from './types';

/** How the analyzer reaches files it was not handed directly. The caller owns all I/O. */
export interface SourceHost {
  /** Text of the file, or undefined when it does not exist, cannot be read or is not a source file. */
  readFile(path: string): string | undefined;
}

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Per-rule severity; rules not listed use their default. */
  rules?: Record<string, RuleSetting>;
  /** Follow relative imports into files that were not requested (default true). */
  followImports?: boolean;
  /** Upper bound on files loaded through imports, so one request cannot load a whole monorepo. */
  maxImportedFiles?: number;
  /** A loop with a constant bound up to this many iterations counts as constant time (default 1024). */
  constantLoopLimit?: number;
  /** Findings about functions whose classification is less certain than this are dropped (0..1, default 0). */
  minConfidence?: number;
}

/** A file that could be read, parsed or not: its summary, or the reason it has none. */
export type Loaded = { ok: true; summary: FileSummary } | { ok: false; error: string; hash: string };

const RESOLUTION_SUFFIXES = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.tsx', '/index.js', '/index.mjs', '/index.cjs'];
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

// With `loc: false` typescript-estree computes positions anyway and then strips them in an extra pass: keep them.
// Code TypeScript parses is analyzed even where the language forbids it (a stray modifier): that is the
// compiler's and the linter's to report, and the checks cost a fifth of the parse.
export const ANALYZER_PARSE_OPTIONS: ParseOptions = { locations: true, comments: false, grammarChecks: false };

/**
 * Summarizes one file's text: parse, one walk, local resolution, file-level rules. No AST survives, except in
 * `trees` when given: a file parsed through it before is then re-parsed incrementally.
 */
export function summarizeText(path: string, text: string, options: AnalyzeOptions = {}, trees?: SyntaxTreeCache): Loaded {
  const hash = contentHash(text);
  const parsed = trees ? trees.parse(path, text) : parseSource(text, path, ANALYZER_PARSE_OPTIONS);
  if (!parsed.ok) return { ok: false, error: `${parsed.message} (line ${parsed.line}, column ${parsed.column})`, hash };
  try {
    const model = collectFile(path, text, parsed.program, options.constantLoopLimit);
    const resolver = new Resolver();
    const summary = summarize(model, resolver, hash);
    summary.localFindings = runFileRules(model, resolver);
    return { ok: true, summary };
  } catch (error) {
    // A defect of the analyzer met in one file is that file's error: the other files are still analyzed.
    return { ok: false, error: `internal error of the analyzer: ${error instanceof Error ? error.message : String(error)}`, hash };
  }
}

/**
 * Analyzes files, following relative imports through the host. Per-file summaries are cached by content hash;
 * a changed file is summarized again and only the files that import it are linked and solved again.
 */
export class Project {
  private readonly loaded = new Map<string, Loaded | null>();
  private readonly overrides = new Map<string, string>();
  private readonly located = new Map<string, string>();
  private readonly program: Program;
  /** Trees of the files being edited (texts given through `setText`), so the next keystroke re-parses only a part. */
  private readonly trees = new SyntaxTreeCache(ANALYZER_PARSE_OPTIONS);

  constructor(readonly host: SourceHost, readonly options: AnalyzeOptions = {}) {
    this.program = new Program({ locate: (from, specifier) => this.locate(from, specifier) });
  }

  /** Analyze one file. `text` overrides what the host would return for `path`. */
  analyzeFile(path: string, text?: string): FileResult {
    return this.analyzeFiles([path], text === undefined ? undefined : new Map([[path, text]]))[0];
  }

  /** Analyze several files together: one call graph, solved once. */
  analyzeFiles(paths: readonly string[], texts?: ReadonlyMap<string, string>): FileResult[] {
    for (const [path, text] of texts ?? []) this.setText(path, text);
    const requested = paths.map((path) => ({ path, loaded: this.load(path) }));
    this.loadClosure(requested.flatMap((r) => (r.loaded?.ok ? [r.loaded.summary] : [])));
    this.program.solve();
    return requested.map(({ path, loaded }) => this.resultOf(path, loaded));
  }

  /** Parse and summarize files ahead of `analyzeFiles`, e.g. in batches between event-loop turns. */
  preload(paths: readonly string[]): void {
    for (const path of paths) this.load(path);
  }

  /** Adds files summarized elsewhere (another thread, an on-disk cache); they must match the host's current text. */
  addSummaries(entries: Iterable<readonly [string, Loaded]>): void {
    for (const [path, loaded] of entries) {
      this.loaded.set(path, loaded);
      if (loaded.ok) this.program.setFile(loaded.summary);
    }
  }

  /** Forget a file's cached text and summary, e.g. after it changed on disk. */
  invalidate(path: string): void {
    this.overrides.delete(path);
    this.loaded.delete(path);
    this.trees.forget(path);
    this.program.removeFile(path);
  }

  /** Use this text for `path` instead of the host's (an editor's unsaved buffer). */
  setText(path: string, text: string): void {
    if (this.overrides.get(path) === text) return;
    this.overrides.set(path, text);
    const previous = this.loaded.get(path);
    if (previous && (previous.ok ? previous.summary.hash : previous.hash) === contentHash(text)) return;
    this.loaded.delete(path);
  }

  /** Files that import `path`, directly or through others: their results change when it changes. */
  dependentsOf(path: string): string[] {
    return this.program.dependentsOf(path);
  }

  /** The summary, or the parse error, kept for `path`. */
  loadedOf(path: string): Loaded | undefined {
    return this.loaded.get(path) ?? undefined;
  }

  summaryOf(path: string): FileSummary | undefined {
    const loaded = this.loaded.get(path);
    return loaded?.ok ? loaded.summary : undefined;
  }

  private locate(fromPath: string, specifier: string): FileSummary | undefined {
    if (this.options.followImports === false) return undefined;
    // The same import is located again and again (every importer, every link): remember where it was found.
    const key = `${nodePath.dirname(fromPath)}\0${specifier}`;
    const known = this.located.get(key);
    if (known !== undefined) {
      const loaded = this.load(known);
      if (loaded?.ok) return loaded.summary;
    }
    for (const candidate of candidatePaths(fromPath, specifier)) {
      const loaded = this.load(candidate);
      if (loaded?.ok) {
        this.located.set(key, candidate);
        return loaded.summary;
      }
    }
    return undefined;
  }

  private load(path: string): Loaded | null {
    if (this.loaded.has(path)) return this.loaded.get(path)!;
    const override = this.overrides.get(path);
    const text = override ?? this.host.readFile(path);
    if (text === undefined) {
      this.loaded.set(path, null);
      return null;
    }
    const loaded = summarizeText(path, text, this.options, override === undefined ? undefined : this.trees);
    this.loaded.set(path, loaded);
    if (loaded.ok) this.program.setFile(loaded.summary);
    else this.program.removeFile(path);
    return loaded;
  }

  /** The requested summaries plus every file they reach through relative imports (breadth first, cycle safe). */
  private loadClosure(roots: FileSummary[]): void {
    if (this.options.followImports === false) return;
    const seen = new Set<string>(roots.map((r) => r.path));
    const queue = [...roots];
    let budget = this.options.maxImportedFiles ?? 2000;
    while (queue.length > 0 && budget > 0) {
      const summary = queue.shift()!;
      for (const specifier of summary.imports) {
        const target = this.locate(summary.path, specifier);
        if (!target || seen.has(target.path)) continue;
        seen.add(target.path);
        budget--;
        queue.push(target);
      }
    }
  }

  private resultOf(path: string, loaded: Loaded | null): FileResult {
    if (!loaded) return { path, functions: [], diagnostics: [], error: 'file could not be read' };
    if (!loaded.ok) return { path, functions: [], diagnostics: [], error: loaded.error };
    const nodes = this.program.nodesOf(loaded.summary.path);
    return {
      path,
      functions: nodes.slice(1).map((node) => functionResult(node)),
      diagnostics: runProgramRules(loaded.summary, this.program, this.options.rules ?? {}, this.options.minConfidence ?? 0),
    };
  }
}

/** Files a relative import may name, in the order they are tried (TypeScript's `.js` -> `.ts` mapping included). */
export function candidatePaths(fromPath: string, specifier: string): string[] {
  const base = specifier.startsWith('/') ? specifier : nodePath.join(nodePath.dirname(fromPath), specifier);
  const ext = nodePath.extname(base);
  const candidates: string[] = [];
  if (ext && isSourceFile(base)) {
    candidates.push(base);
    for (const alternative of TS_FOR_JS[ext] ?? []) candidates.push(base.slice(0, -ext.length) + alternative);
  }
  for (const suffix of RESOLUTION_SUFFIXES) {
    const candidate = base + suffix;
    if (isSourceFile(candidate) && !candidates.includes(candidate)) candidates.push(candidate);
  }
  return candidates;
}

function functionResult(node: FnNode): FunctionResult {
  const fn = node.summary;
  const state = node.state;
  // Calling a generator only makes its iterator: the body runs as the caller consumes it, and is charged there.
  const lazy = fn.isGenerator && state.classification !== 'none';
  const evidence = evidenceOf(state);
  return {
    name: fn.name,
    line: fn.line,
    column: fn.column,
    endLine: fn.endLine,
    endColumn: fn.endColumn,
    classification: lazy ? 'none' : state.classification,
    confidence: lazy ? GENERATOR_CONFIDENCE : state.confidence,
    evidence: lazy ? evidence.map((item) => ({ ...item, message: `when its iterator is consumed, ${item.message}` })) : evidence,
  };
}

/** How sure a generator's `none` is: its body's work is real, only deferred to whoever consumes the iterator. */
const GENERATOR_CONFIDENCE = 0.8;

function evidenceOf(state: FunctionState): Evidence[] {
  const evidence: Evidence[] = [];
  const add = (label: string, step: Step | null, pick: (s: FunctionState) => Step | null): void => {
    if (!step) return;
    const chain = chainOf(step, pick);
    evidence.push({ line: step.line, column: step.column, kind: chain[chain.length - 1].kind, message: `${label}: ${describeChain(chain)}` });
  };
  add('blocking-io', state.blocking, (s) => s.blocking);
  add('io', state.io, (s) => s.io);
  if (state.cpu > 0) add('cpu', state.cpuStep, (s) => s.cpuStep);
  return evidence;
}

/** A content key for caches (native, so hashing stays a small fraction of parsing). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
