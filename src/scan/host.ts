import * as path from 'node:path';
import type { SourceHost } from '../analyzer/project';
import { DEFAULT_MAX_FILE_SIZE, readSourceFile, readSourceFileAsync, type SourceRead } from './read';

/** Files read at the same time by `loadAll`: enough to keep the disk busy, few enough for file descriptor limits. */
const LOAD_ALL_CONCURRENCY = 16;

/**
 * Gives the analyzer file contents from disk. Every path is read at most once per host (misses
 * included, since the analyzer probes several candidates per import), and files that fail the
 * scan's checks (size, binary, encoding, minified) read as undefined.
 */
export class NodeSourceHost implements SourceHost {
  private readonly reads = new Map<string, SourceRead>();
  /** Paths as given -> absolute keys: the same paths come back many times (import candidates, release). */
  private readonly keys = new Map<string, string>();

  constructor(private readonly maxFileSize = DEFAULT_MAX_FILE_SIZE) {}

  readFile(filePath: string): string | undefined {
    const read = this.load(filePath);
    return 'text' in read ? read.text : undefined;
  }

  /** The full outcome for a path, with the reason when there is no text. */
  load(filePath: string): SourceRead {
    const key = this.keyOf(filePath);
    let read = this.reads.get(key);
    if (!read) {
      read = readSourceFile(key, this.maxFileSize);
      this.reads.set(key, read);
    }
    return read;
  }

  /** Forgets the texts of files that need not be read again (they are summarized); a later read goes to the disk. */
  release(filePaths: readonly string[]): void {
    for (const filePath of filePaths) this.reads.delete(this.keyOf(filePath));
  }

  releaseAll(): void {
    this.reads.clear();
  }

  private keyOf(filePath: string): string {
    let key = this.keys.get(filePath);
    if (key === undefined) {
      key = path.resolve(filePath);
      this.keys.set(filePath, key);
    }
    return key;
  }

  /**
   * `load` for many files without blocking the thread: the analyzer then finds them in the cache,
   * and only files reached through imports are read synchronously.
   */
  async loadAll(filePaths: readonly string[]): Promise<SourceRead[]> {
    const keys = filePaths.map((filePath) => this.keyOf(filePath));
    const pending = [...new Set(keys)].filter((key) => !this.reads.has(key));
    const readPending = async (): Promise<void> => {
      for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
        // concurrency-advisor-disable-next-line await-in-loop-independent -- one of LOAD_ALL_CONCURRENCY parallel readers
        this.reads.set(key, await readSourceFileAsync(key, this.maxFileSize));
      }
    };
    await Promise.all(Array.from({ length: LOAD_ALL_CONCURRENCY }, readPending));
    return keys.map((key) => this.reads.get(key)!);
  }
}
