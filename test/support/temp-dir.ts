import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A fresh folder under the OS temp dir; remove it with `removeTempDir`. */
export function makeTempDir(prefix = 'concurrency-advisor-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes files given by relative path, creating their folders. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [relativePath, content] of Object.entries(files)) {
    const filePath = path.join(root, relativePath);
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    fs.writeFileSync(filePath, content);
  }
}

export const isRoot = process.getuid?.() === 0;

/** Runs `use` with a fresh temp folder and removes the folder afterwards. */
export async function withTempDir<T>(use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = makeTempDir();
  try {
    return await use(dir);
  } finally {
    removeTempDir(dir);
  }
}
