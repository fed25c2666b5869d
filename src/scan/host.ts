import * as path from 'node:path';
import type { SourceHost } from '../analyzer/project';
import { DEFAULT_MAX_FILE_SIZE, readSourceFile, type SourceRead } from './read';

/**
 * Gives the analyzer file contents from disk. Every path is read at most once per host (misses
 * included, since the analyzer probes several candidates per import), and files that fail the
 * scan's checks (size, binary, encoding, minified) read as undefined.
 */
export class NodeSourceHost implements SourceHost {
  private readonly reads = new Map<string, SourceRead>();

  constructor(private readonly maxFileSize = DEFAULT_MAX_FILE_SIZE) {}

  readFile(filePath: string): string | undefined {
    const read = this.load(filePath);
    return 'text' in read ? read.text : undefined;
  }

  /** The full outcome for a path, with the reason when there is no text. */
  load(filePath: string): SourceRead {
    const key = path.resolve(filePath);
    let read = this.reads.get(key);
    if (!read) {
      read = readSourceFile(key, this.maxFileSize);
      this.reads.set(key, read);
    }
    return read;
  }
}
