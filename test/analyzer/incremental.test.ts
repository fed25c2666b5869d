import { strict as assert } from 'node:assert';
import { Project } from '../../src/analyzer/project';

const files: Record<string, string> = {
  '/p/handler.js': "const { load } = require('./store');\nasync function handle() { return load(); }\nmodule.exports = { handle };\n",
  '/p/store.js': "const fs = require('fs');\nfunction load() { return fs.readFileSync('x'); }\nmodule.exports = { load };\n",
  '/p/unrelated.js': 'function sum(xs) { let s = 0; for (const x of xs) s += x; return s; }\nmodule.exports = { sum };\n',
};

function classificationOf(project: Project, path: string, name: string): string {
  const result = project.analyzeFile(path);
  return result.functions.find((fn) => fn.name === name)!.classification;
}

describe('incremental re-analysis', () => {
  it('updates the importers of a changed file and keeps the summaries of the others', () => {
    const reads: string[] = [];
    const project = new Project({ readFile: (path) => (reads.push(path), files[path]) });
    project.analyzeFiles(['/p/handler.js', '/p/unrelated.js']);
    assert.equal(classificationOf(project, '/p/handler.js', 'handle'), 'blocking-io');
    const unrelated = project.summaryOf('/p/unrelated.js');
    const handler = project.summaryOf('/p/handler.js');
    const readsBefore = reads.length;

    project.setText('/p/store.js', "const fs = require('fs/promises');\nasync function load() { return fs.readFile('x'); }\nmodule.exports = { load };\n");
    assert.deepEqual(project.dependentsOf('/p/store.js'), ['/p/handler.js']);
    assert.equal(classificationOf(project, '/p/handler.js', 'handle'), 'io');
    assert.equal(project.summaryOf('/p/unrelated.js'), unrelated, 'an unrelated file is not summarized again');
    assert.equal(project.summaryOf('/p/handler.js'), handler, 'an importer is linked again, not parsed again');
    assert.equal(reads.length, readsBefore, 'nothing is read from the host again');
  });

  it('gives the same answer as a fresh project after a series of edits', () => {
    const project = new Project({ readFile: (path) => files[path] });
    project.analyzeFile('/p/handler.js');
    const versions = [
      "function load() { return 1; }\nmodule.exports = { load };\n",
      "const cp = require('child_process');\nfunction load() { return cp.execSync('ls'); }\nmodule.exports = { load };\n",
      'function load(xs) { let n = 0; for (const a of xs) for (const b of xs) n += a * b; return n; }\nmodule.exports = { load };\n',
    ];
    for (const text of versions) {
      project.setText('/p/store.js', text);
      const fresh = new Project({ readFile: (path) => (path === '/p/store.js' ? text : files[path]) });
      assert.deepEqual(project.analyzeFile('/p/handler.js'), fresh.analyzeFile('/p/handler.js'));
    }
  });
});

describe('incremental re-analysis of the example service', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const root = path.join(__dirname, '..', '..', 'examples', 'service');
  const disk = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const store = path.join(root, 'lib', 'store.js');
  const stats = path.join(root, 'lib', 'stats.js');
  const server = path.join(root, 'server.js');
  const original = { [store]: disk(store)!, [stats]: disk(stats)! };
  const edits: [string, (text: string) => string][] = [
    [store, (text) => `${text}\n// a comment only\n`],
    [store, (text) => text.replace("await readFile(path.join(__dirname, '..', 'data', file), 'utf8')", "require('node:fs').readFileSync(path.join(__dirname, '..', 'data', file), 'utf8')")],
    [stats, (text) => text.replace('for (const order of orders) {\n      row.push', 'for (let k = 0; k < 2; k++) {\n      row.push')],
    [stats, (text) => text.replace(/function formatMoney/, 'function formatCents')],
    [store, (text) => text],
  ];

  it('matches a fresh analysis after each edit, whether or not the edit changes what callers see', () => {
    const texts = new Map<string, string>();
    const project = new Project({ readFile: (file) => texts.get(file) ?? disk(file) });
    project.analyzeFile(server);
    for (const [file, edit] of edits) {
      const text = edit(texts.get(file) ?? original[file]);
      texts.set(file, text);
      project.setText(file, text);
      const fresh = new Project({ readFile: (f) => texts.get(f) ?? disk(f) });
      assert.deepEqual(project.analyzeFile(server), fresh.analyzeFile(server));
      assert.deepEqual(project.analyzeFile(file), fresh.analyzeFile(file));
    }
  });
});
