import * as nodePath from 'node:path';
import { collectFile } from './collect';
import type { FileModel, FunctionInfo } from './model';
import { parseSource, isSourceFile } from './parse';
import { Resolver, type ModuleLocator } from './resolve';
import { runRules } from './rules/run';
import { Solver, type FunctionState, type Step } from './solve';
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

type Loaded = { ok: true; model: FileModel } | { ok: false; error: string };

const RESOLUTION_SUFFIXES = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.tsx', '/index.js', '/index.mjs', '/index.cjs'];
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** Analyzes files, following relative imports through the host; caches parsed models per path. */
export class Project implements ModuleLocator {
  private readonly loaded = new Map<string, Loaded | null>();
  private readonly overrides = new Map<string, string>();

  constructor(readonly host: SourceHost, readonly options: AnalyzeOptions = {}) {}

  /** Analyze one file. `text` overrides what the host would return for `path`. */
  analyzeFile(path: string, text?: string): FileResult {
    return this.analyzeFiles([path], text === undefined ? undefined : new Map([[path, text]]))[0];
  }

  /** Analyze several files together: one call graph, solved once. */
  analyzeFiles(paths: readonly string[], texts?: ReadonlyMap<string, string>): FileResult[] {
    for (const [path, text] of texts ?? []) this.setText(path, text);
    const requested = paths.map((path) => ({ path, loaded: this.load(path) }));
    const models = this.loadClosure(requested.flatMap((r) => (r.loaded?.ok ? [r.loaded.model] : [])));
    const resolver = new Resolver(this);
    const solver = new Solver(resolver);
    solver.solve(models.flatMap((model) => model.functions));
    return requested.map(({ path, loaded }) => {
      if (!loaded) return { path, functions: [], diagnostics: [], error: 'file could not be read' };
      if (!loaded.ok) return { path, functions: [], diagnostics: [], error: loaded.error };
      return {
        path,
        functions: loaded.model.functions.map((fn) => functionResult(fn, solver)),
        diagnostics: runRules(loaded.model, solver, this.options.rules ?? {}, this.options.minConfidence ?? 0),
      };
    });
  }

  /** Parse and collect files ahead of `analyzeFiles`, e.g. in batches between event-loop turns. */
  preload(paths: readonly string[]): void {
    for (const path of paths) this.load(path);
  }

  /** Forget a file's cached model, e.g. after it changed on disk. */
  invalidate(path: string): void {
    this.loaded.delete(path);
    this.overrides.delete(path);
  }

  setText(path: string, text: string): void {
    if (this.overrides.get(path) === text) return;
    this.overrides.set(path, text);
    this.loaded.delete(path);
  }

  resolveFile(from: FileModel, specifier: string): FileModel | undefined {
    if (this.options.followImports === false) return undefined;
    for (const candidate of candidatePaths(from.path, specifier)) {
      const loaded = this.load(candidate);
      if (loaded?.ok) return loaded.model;
    }
    return undefined;
  }

  private load(path: string): Loaded | null {
    if (this.loaded.has(path)) return this.loaded.get(path)!;
    const text = this.overrides.get(path) ?? this.host.readFile(path);
    if (text === undefined) {
      this.loaded.set(path, null);
      return null;
    }
    const parsed = parseSource(text, path);
    const loaded: Loaded = parsed.ok
      ? { ok: true, model: collectFile(path, text, parsed.program, this.options.constantLoopLimit) }
      : { ok: false, error: `${parsed.message} (line ${parsed.line}, column ${parsed.column})` };
    this.loaded.set(path, loaded);
    return loaded;
  }

  /** The requested models plus every file they reach through relative imports (breadth first, cycle safe). */
  private loadClosure(roots: FileModel[]): FileModel[] {
    const result: FileModel[] = [];
    const seen = new Set<FileModel>();
    const queue = [...roots];
    const limit = (this.options.maxImportedFiles ?? 2000) + roots.length;
    while (queue.length > 0 && result.length < limit) {
      const model = queue.shift()!;
      if (seen.has(model)) continue;
      seen.add(model);
      result.push(model);
      if (this.options.followImports === false) continue;
      for (const specifier of model.importedSpecifiers) {
        if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
        const target = this.resolveFile(model, specifier);
        if (target && !seen.has(target)) queue.push(target);
      }
    }
    return result;
  }
}

function candidatePaths(fromPath: string, specifier: string): string[] {
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

function functionResult(fn: FunctionInfo, solver: Solver): FunctionResult {
  const state = solver.state(fn);
  return {
    name: fn.name,
    line: fn.line,
    column: fn.column,
    endLine: fn.endLine,
    endColumn: fn.endColumn,
    classification: state.classification,
    confidence: state.confidence,
    evidence: evidenceOf(state, solver),
  };
}

function evidenceOf(state: FunctionState, solver: Solver): Evidence[] {
  const evidence: Evidence[] = [];
  const add = (label: string, step: Step | null, pick: (s: FunctionState) => Step | null): void => {
    if (!step) return;
    const chain = solver.chain(step, pick);
    evidence.push({ line: step.line, column: step.column, kind: chain[chain.length - 1].kind, message: `${label}: ${describeChain(chain)}` });
  };
  add('blocking-io', state.blocking, (s) => s.blocking);
  add('io', state.io, (s) => s.io);
  if (state.cpu > 0) add('cpu', state.cpuStep, (s) => s.cpuStep);
  return evidence;
}

export function describeChain(chain: Step[]): string {
  return chain
    .map((step) => {
      const where = step.fn.file === chain[0].fn.file ? `line ${step.line}` : `${nodePath.basename(step.fn.file.path)}:${step.line}`;
      return `${step.message} (${where})`;
    })
    .join(' -> ');
}
