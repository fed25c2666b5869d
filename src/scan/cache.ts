import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentHash, type AnalyzeOptions, type Loaded } from '../analyzer/project';

/** Bumped whenever the summary format or the analysis that fills it changes. */
const CACHE_FORMAT = 121;
const CACHE_FILE = 'summaries.json';

interface CacheFile {
  format: number;
  /** Summaries depend on these options: a different value invalidates the whole cache. */
  optionsKey: string;
  entries: Record<string, Loaded>;
}

/**
 * Per-file summaries on disk, keyed by path and checked by content hash: an unchanged file is not parsed again.
 * A missing, unreadable or outdated cache is simply empty; the scan never fails because of it.
 */
export class SummaryCache {
  private entries: Record<string, Loaded> = {};
  private readonly file: string;
  private readonly optionsKey: string;

  constructor(
    private readonly directory: string,
    options: AnalyzeOptions,
    toolVersion: string,
  ) {
    this.file = path.join(directory, CACHE_FILE);
    this.optionsKey = JSON.stringify({ toolVersion, constantLoopLimit: options.constantLoopLimit ?? null });
  }

  load(): void {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed.format === CACHE_FORMAT && parsed.optionsKey === this.optionsKey && parsed.entries && typeof parsed.entries === 'object') {
        this.entries = parsed.entries;
      }
    } catch {
      this.entries = {};
    }
  }

  /** The cached result for this exact text, if any. */
  get(filePath: string, text: string): Loaded | undefined {
    const entry = Object.prototype.hasOwnProperty.call(this.entries, filePath) ? this.entries[filePath] : undefined;
    if (!entry) return undefined;
    const hash = entry.ok ? entry.summary.hash : entry.hash;
    return hash === contentHash(text) ? entry : undefined;
  }

  /** Replaces the cache with these results (files no longer scanned drop out). Written atomically; errors ignored. */
  save(results: Iterable<readonly [string, Loaded]>): void {
    const entries: Record<string, Loaded> = {};
    for (const [filePath, loaded] of results) entries[filePath] = loaded;
    const content: CacheFile = { format: CACHE_FORMAT, optionsKey: this.optionsKey, entries };
    try {
      fs.mkdirSync(this.directory, { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(content));
      fs.renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written only costs time on the next run.
    }
  }
}
