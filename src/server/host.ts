import * as nodePath from 'node:path';
import type { SourceHost } from '../analyzer/project';
import { NodeSourceHost } from '../scan/host';
import { DEFAULT_MAX_FILE_SIZE, looksMinified, type SourceRead } from '../scan/read';

const BINARY_SNIFF_LENGTH = 8 * 1024;

/**
 * Why an open document's text is not analyzed (nor read by the analyzer for files that import it): the checks that
 * a file on disk gets in `readSourceFile`, on a text in memory. Undefined when the text is fine.
 */
export function textProblem(text: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): string | undefined {
  if (text.length > maxFileSize) return `document is larger than ${Math.round(maxFileSize / 1024)} KB`;
  if (text.slice(0, BINARY_SNIFF_LENGTH).includes('\0')) return 'binary document';
  if (looksMinified(text)) return 'minified or generated file';
  return undefined;
}

/**
 * The analyzer's view of the files: the text of open documents first (what the user sees, saved or not), the
 * disk otherwise. Disk reads are cached per path, misses included; `invalidate` drops one path when the client
 * reports a change (workspace/didChangeWatchedFiles) and `invalidateAll` drops everything.
 */
export class DocumentSourceHost implements SourceHost {
  /** Open documents' texts; `null` for an open document that is not to be read (too large, binary, minified). */
  private readonly open = new Map<string, string | null>();
  private readonly disk: NodeSourceHost;

  constructor(maxFileSize = DEFAULT_MAX_FILE_SIZE) {
    this.disk = new NodeSourceHost(maxFileSize);
  }

  readFile(filePath: string): string | undefined {
    const text = this.open.get(nodePath.resolve(filePath));
    if (text !== undefined) return text ?? undefined;
    const read = this.readDisk(filePath);
    return 'text' in read ? read.text : undefined;
  }

  /** The disk outcome for a path, with the reason when there is no text. */
  readDisk(filePath: string): SourceRead {
    return this.disk.load(filePath);
  }

  /** Reads many files without blocking the thread, so that later `readFile` calls find them cached. */
  async preload(filePaths: readonly string[]): Promise<void> {
    await this.disk.loadAll(filePaths.filter((filePath) => !this.open.has(nodePath.resolve(filePath))));
  }

  /** The text of an open document, undefined when it is not open or not readable. */
  openText(filePath: string): string | undefined {
    return this.open.get(nodePath.resolve(filePath)) ?? undefined;
  }

  setOpen(filePath: string, text: string | null): void {
    this.open.set(nodePath.resolve(filePath), text);
  }

  /** The document was closed: from now on the disk is the truth (re-read, since it may have been saved). */
  setClosed(filePath: string): void {
    const key = nodePath.resolve(filePath);
    this.open.delete(key);
    this.disk.release([key]);
  }

  isOpen(filePath: string): boolean {
    return this.open.has(nodePath.resolve(filePath));
  }

  invalidate(filePath: string): void {
    this.disk.release([filePath]);
  }

  invalidateAll(): void {
    this.disk.releaseAll();
  }
}
