// The analysis side of the language server: the analyzer's projects, the source host and the quick fixes. It runs in
// the analysis worker (src/server/analysis-worker.ts); the main thread only sends it requests (analysis-protocol.ts).
import type { FileResult } from '../analyzer/types';
import { fixesFor } from '../fixes';
import type { FixResult } from '../fixes/types';
import type { AnalysisKind, CrashMode, OpenTexts, PayloadOf, ResultOf } from './analysis-protocol';
import { fixAll, safeFixesFor } from './fixes';
import { collectGarbage } from './gc';
import { DocumentSourceHost } from './host';
import { ProjectPool, analyzeSafely } from './projects';

/** With test hooks, a document containing this marker crashes the worker in the given way when it is analyzed. */
const CRASH_MARKER = /concurrency-advisor-test-crash:(throw|exit|oom|hang)\b/;

export type EngineLog = (level: 'log' | 'error', message: string) => void;

type Handlers = { [K in AnalysisKind]: (payload: PayloadOf<K>) => ResultOf<K> | Promise<ResultOf<K>> };

export class AnalysisEngine {
  private readonly host: DocumentSourceHost;
  private readonly projects: ProjectPool;
  private readonly handlers: Handlers;

  constructor(maxFileSize: number, private readonly log: EngineLog, private readonly testHooks = false) {
    this.host = new DocumentSourceHost(maxFileSize);
    this.projects = new ProjectPool(this.host);
    this.handlers = {
      analyze: (p) => this.analyze(p),
      analyzeDisk: (p) => this.analyzeDisk(p),
      dependents: (p) => this.dependents(p),
      close: (p) => this.close(p),
      filesChanged: (p) => this.filesChanged(p),
      preload: async (p) => {
        await this.host.preload(p.paths);
        return null;
      },
      workspaceBatch: (p) => analyzeSafely(this.projects.get(p.options), p.paths, undefined, (error, path) => this.logError(`the analyzer failed on ${path}`, error)),
      invalidateAll: () => {
        this.host.invalidateAll();
        return null;
      },
      fixes: (p) => this.fixes(p),
      fixAll: (p) => this.fixAll(p),
      memory: (p) => {
        if (!testHooks) throw new Error('test hooks are disabled');
        if (p.gc) collectGarbage();
        return process.memoryUsage();
      },
      crash: (p) => {
        if (!testHooks) throw new Error('test hooks are disabled');
        return crash(p.mode);
      },
    };
  }

  /** Applies the open texts that came with a request, then runs it. Exceptions reach the caller (the worker answers with an error). */
  handle<K extends AnalysisKind>(kind: K, payload: PayloadOf<K>, texts?: OpenTexts): ResultOf<K> | Promise<ResultOf<K>> {
    if (texts) this.applyTexts(texts);
    const handler = this.handlers[kind] as ((payload: PayloadOf<K>) => ResultOf<K> | Promise<ResultOf<K>>) | undefined;
    if (!handler) throw new Error(`unknown request kind ${String(kind)}`);
    return handler(payload);
  }

  private applyTexts(texts: OpenTexts): void {
    for (const [path, text] of texts) {
      this.host.setOpen(path, text);
      // Not readable: the projects forget the file, so that they ask the host again (and get nothing).
      if (text === null) this.projects.invalidate(path);
      else this.projects.setText(path, text);
    }
  }

  private analyze({ path, text, options }: PayloadOf<'analyze'>): FileResult {
    // Test hook: a document that takes the worker down while it is analyzed (a stand-in for a runaway file).
    const marker = this.testHooks && text !== undefined ? CRASH_MARKER.exec(text) : null;
    if (marker) return crash(marker[1] as CrashMode);
    const [result] = analyzeSafely(this.projects.get(options), [path], text === undefined ? undefined : new Map([[path, text]]), (error) => {
      this.logError(`the analyzer failed on ${path}`, error);
      this.projects.discard(options); // its caches may be inconsistent
    });
    return result;
  }

  private analyzeDisk({ path, options }: PayloadOf<'analyzeDisk'>): FileResult {
    const read = this.host.readDisk(path);
    if ('error' in read) return { path, functions: [], diagnostics: [], error: read.error };
    if ('skipped' in read) return { path, functions: [], diagnostics: [], skipped: read.skipped };
    return this.analyze({ path, options });
  }

  private dependents({ path, limit, ifOpenDiffersFromDisk }: PayloadOf<'dependents'>): string[] {
    if (ifOpenDiffersFromDisk) {
      const disk = this.host.readDisk(path);
      if ('text' in disk && disk.text === this.host.openText(path)) return [];
    }
    return this.projects.dependentsOf(path, limit);
  }

  private close({ path, limit }: PayloadOf<'close'>): string[] {
    // Importers saw the unsaved text; from now on they see the disk again.
    const dependents = this.projects.dependentsOf(path, limit);
    this.host.setClosed(path);
    this.projects.invalidate(path);
    return dependents;
  }

  private filesChanged({ changes, limit }: PayloadOf<'filesChanged'>): string[] {
    const dependents = new Set<string>();
    for (const change of changes) {
      this.host.invalidate(change.path);
      if (change.open || !change.sourceFile) continue; // the open document's text wins over the disk
      for (const dependent of this.projects.dependentsOf(change.path, limit)) dependents.add(dependent);
      this.projects.invalidate(change.path);
    }
    return [...dependents];
  }

  private fixes({ path, text, options, diagnostics }: PayloadOf<'fixes'>): ResultOf<'fixes'> {
    // The project's summaries spare the fixes re-reading and re-summarizing the files this one imports.
    const summaries = this.projects.get(options);
    const results: FixResult[] = diagnostics.map((diagnostic) =>
      safeFixesFor(fixesFor, { path, text, diagnostic, host: this.host, summaries }, (error) =>
        this.logError(`fixesFor failed on ${diagnostic.rule} at ${path}:${diagnostic.line}`, error),
      ),
    );
    // Edits to other files are turned into positions on the main thread: it gets those files' texts from here.
    const texts: Record<string, string> = {};
    for (const result of results) {
      for (const fix of result.fixes) {
        for (const edit of fix.edits) {
          if (edit.path === path || edit.path in texts) continue;
          const other = this.host.readFile(edit.path);
          if (other !== undefined) texts[edit.path] = other;
        }
      }
    }
    return { results, texts };
  }

  private fixAll({ path, text, options, rules }: PayloadOf<'fixAll'>): string {
    const scratch = this.projects.scratch(options);
    return fixAll({
      path,
      text,
      host: this.host,
      summaries: scratch,
      provider: fixesFor,
      rules: new Set(rules),
      analyze: (candidate) => {
        const [result] = analyzeSafely(scratch, [path], new Map([[path, candidate]]), (error) => this.logError('fix-all analysis failed', error));
        return result.error === undefined ? result : undefined;
      },
      onError: (error) => this.logError('fixesFor failed during fix-all', error),
    });
  }

  private logError(message: string, error: unknown): void {
    this.log('error', `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/** Test hook: the ways a worker dies or stops answering. */
function crash(mode: CrashMode): never {
  switch (mode) {
    case 'exit':
      process.exit(70); // in a worker, this ends the thread only
      break;
    case 'oom': {
      const hog: number[][] = [];
      for (;;) hog.push(Array.from({ length: 1 << 16 }, (_, i) => i * Math.random()));
    }
    case 'hang':
      for (;;) {
        // a runaway analysis: busy, never answering
      }
    default:
      // Thrown outside the request's try/catch, so it is an uncaught exception of the worker.
      setImmediate(() => {
        throw new Error('test hook: analysis worker crash');
      });
  }
  return new Promise<never>(() => {}) as never;
}
