import assert from 'node:assert/strict';
import * as path from 'node:path';
import { defaultSettings, normalizeSettings } from '../../src/server/settings';
import { runInBatches, workspaceFiles } from '../../src/server/workspace';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

describe('server/workspace', () => {
  let root: string;

  beforeEach(() => {
    root = makeTempDir();
    writeFiles(root, {
      'a.js': '',
      'src/b.ts': '',
      'src/generated/c.ts': '',
      'node_modules/x/index.js': '',
      'vendor/lib.min.js': '',
      'packages/app/d.js': '',
      'packages/off/e.js': '',
      'README.md': '',
    });
  });
  afterEach(() => removeTempDir(root));

  it('lists each source file once, under its innermost folder, without excluded files and disabled folders', async () => {
    const app = path.join(root, 'packages', 'app');
    const off = path.join(root, 'packages', 'off');
    const settings = new Map([
      [root, normalizeSettings({ exclude: ['**/node_modules/**', '**/*.min.js', 'src/generated/**'] })],
      [app, defaultSettings()],
      [off, normalizeSettings({ enable: false })],
    ]);
    const groups = await workspaceFiles([root, app, off], async (folder) => settings.get(folder)!);
    assert.deepEqual(
      groups.map((group) => [path.relative(root, group.folder), group.files.map((file) => path.relative(root, file))]),
      [
        ['', ['a.js', 'src/b.ts']],
        ['packages/app', ['packages/app/d.js']],
      ],
    );
  });

  it('runs batches with progress, and stops between batches when cancelled', async () => {
    const files = Array.from({ length: 10 }, (_, i) => `/f${i}.js`);
    const seen: string[][] = [];
    const progress: number[] = [];
    const all = await runInBatches(files, {
      batchSize: 4,
      isCancelled: () => false,
      analyze: (batch) => batch.map((file) => ({ path: file, functions: [], diagnostics: [] })),
      onResults: (results) => seen.push(results.map((r) => r.path)),
      onProgress: (done) => progress.push(done),
    });
    assert.deepEqual(all, { done: 10, cancelled: false });
    assert.deepEqual(seen.map((batch) => batch.length), [4, 4, 2]);
    assert.deepEqual(progress, [4, 8, 10]);

    let batches = 0;
    const cancelled = await runInBatches(files, {
      batchSize: 4,
      isCancelled: () => batches >= 1,
      analyze: (batch) => {
        batches++;
        return batch.map((file) => ({ path: file, functions: [], diagnostics: [] }));
      },
      onResults: () => {},
      onProgress: () => {},
    });
    assert.deepEqual(cancelled, { done: 4, cancelled: true });
  });
});
