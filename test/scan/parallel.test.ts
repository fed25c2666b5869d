import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarizeAll } from '../../src/scan/parallel';
import { withTempDir } from '../support/temp-dir';

const projectRoot = path.join(__dirname, '..', '..');
const workerScript = path.join(projectRoot, 'dist', 'scan-worker.js');

function exampleFiles(): { path: string; text: string }[] {
  const root = path.join(projectRoot, 'examples', 'service');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(entry.name)) found.push(full);
    }
  };
  walk(root);
  return found.sort().map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
}

describe('parallel summaries (tests run after `npm run build`, which makes dist/scan-worker.js)', () => {
  it('gives the same summaries on worker threads as on the calling thread', async () => {
    const files = exampleFiles();
    const here = await summarizeAll(files, {}, { threads: 1 });
    const progress: number[] = [];
    const there = await summarizeAll(files, {}, { threads: 2, workerScript, onProgress: (done) => progress.push(done) });
    assert.deepEqual([...there.entries()].sort(), [...here.entries()].sort());
    assert.equal(progress[progress.length - 1], files.length);
  });

  it('summarizes on the calling thread what a crashed worker could not', () =>
    withTempDir(async (dir) => {
      const crashing = path.join(dir, 'crash.js');
      fs.writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
      const files = exampleFiles();
      const results = await summarizeAll(files, {}, { threads: 2, workerScript: crashing });
      assert.equal(results.size, files.length);
      assert.ok([...results.values()].every((loaded) => loaded.ok));
    }));
});
