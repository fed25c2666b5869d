import { Project, type AnalyzeOptions, type SourceHost } from '../analyzer/project';
import type { FileModel } from '../analyzer/model';

/**
 * Which file imports which, as the analyzer resolved them. Edges only accumulate between `forget` calls: a stale
 * edge costs one needless re-analysis, a missing one a stale result, so the graph errs on the side of edges.
 */
export class ImportGraph {
  private readonly imports = new Map<string, Set<string>>();
  private readonly importers = new Map<string, Set<string>>();

  add(from: string, to: string): void {
    if (from === to) return;
    setOf(this.imports, from).add(to);
    setOf(this.importers, to).add(from);
  }

  /** Drop the outgoing edges of a file (its text changed; the next analysis records them again). */
  forget(from: string): void {
    for (const to of this.imports.get(from) ?? []) this.importers.get(to)?.delete(from);
    this.imports.delete(from);
  }

  importsOf(path: string): string[] {
    return [...(this.imports.get(path) ?? [])];
  }

  /** Every file that imports `path`, directly or through other files, nearest first; `path` itself excluded. */
  dependentsOf(path: string, limit = Number.POSITIVE_INFINITY): string[] {
    const result: string[] = [];
    const seen = new Set([path]);
    const queue = [path];
    while (queue.length > 0 && result.length < limit) {
      const current = queue.shift()!;
      for (const importer of this.importers.get(current) ?? []) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        result.push(importer);
        queue.push(importer);
        if (result.length >= limit) break;
      }
    }
    return result;
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

/** A `Project` that records every relative import it resolves into an `ImportGraph`. */
export class TrackingProject extends Project {
  constructor(host: SourceHost, private readonly graph: ImportGraph, options: AnalyzeOptions = {}) {
    super(host, options);
  }

  override resolveFile(from: FileModel, specifier: string): FileModel | undefined {
    const target = super.resolveFile(from, specifier);
    if (target) this.graph.add(from.path, target.path);
    return target;
  }
}
