// A nightly maintenance job written in TypeScript.
import { execSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';

interface FileInfo {
  name: string;
  size: number;
}

export async function collectSizes(dir: string): Promise<FileInfo[]> {
  const names = await readdir(dir);
  const infos: FileInfo[] = [];
  for (const name of names) {
    const info = await stat(path.join(dir, name));
    infos.push({ name, size: info.size });
  }
  return infos;
}

export async function waitForDisk(): Promise<void> {
  const until = Date.now() + 2000;
  while (Date.now() < until) {}
  execSync('sync');
}

export async function retryUpload(upload: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await upload();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

export async function hashAll(values: string[]): Promise<number[]> {
  return Promise.all(values.map(async (value) => fingerprint(value)));
}

function fingerprint(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
