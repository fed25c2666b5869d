import * as nodePath from 'node:path';
import type { SourceHost } from '../analyzer/project';
import { DEFAULT_MAX_FILE_SIZE, readSourceFile, readSourceFileAsync, type SourceRead } from '../scan/read';

/**
 * The analyzer's view of the files: the text of open documents first (what the user sees, saved or not), the
 * disk otherwise. Disk reads are cached per path, misses included; `invalidate` drops one path when the client
 * reports a change (workspace/didChangeWatchedFiles) and `invalidateAll` drops everything.
 */
export class DocumentSourceHost implements SourceHost {
  private readonly open = new Map<string, string>();
  private readonly disk = new Map<string, SourceRead>();

  constructor(private readonly maxFileSize = DEFAULT_MAX_FILE_SIZE) {}

  readFile(filePath: string): string | undefined {
    const key = nodePath.resolve(filePath);
    const text = this.open.get(key);
    if (text !== undefined) return text;
    const read = this.readDisk(key);
    return 'text' in read ? read.text : undefined;
  }

  /** The disk outcome for a path, with the reason when there is no text. */
  readDisk(filePath: string): SourceRead {
    const key = nodePath.resolve(filePath);
    let read = this.disk.get(key);
    if (!read) {
      read = readSourceFile(key, this.maxFileSize);
      this.disk.set(key, read);
    }
    return read;
  }

  /** Reads many files without blocking the thread, so that later `readFile` calls find them cached. */
  async preload(filePaths: readonly string[], concurrency = 16): Promise<void> {
    const pending = [...new Set(filePaths.map((filePath) => nodePath.resolve(filePath)))].filter((key) => !this.disk.has(key) && !this.open.has(key));
    const reader = async (): Promise<void> => {
      for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
        // concurrency-advisor-disable-next-line await-in-loop-independent -- one of `concurrency` parallel readers
        const read = await readSourceFileAsync(key, this.maxFileSize);
        this.disk.set(key, read);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, reader));
  }

  setOpen(filePath: string, text: string): void {
    this.open.set(nodePath.resolve(filePath), text);
  }

  /** The document was closed: from now on the disk is the truth (re-read, since it may have been saved). */
  setClosed(filePath: string): void {
    const key = nodePath.resolve(filePath);
    this.open.delete(key);
    this.disk.delete(key);
  }

  isOpen(filePath: string): boolean {
    return this.open.has(nodePath.resolve(filePath));
  }

  invalidate(filePath: string): void {
    this.disk.delete(nodePath.resolve(filePath));
  }

  invalidateAll(): void {
    this.disk.clear();
  }
}
