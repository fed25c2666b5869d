import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { ANALYZER_PARSE_OPTIONS, summarizeText } from '../../src/analyzer/analysis';
import { collectFile } from '../../src/analyzer/collect';
import { parseSource } from '../../src/analyzer/parse';
import { Resolver } from '../../src/analyzer/resolve';
import { summarize } from '../../src/analyzer/summary';

// Workspace scans keep one summary per file and drop its parse tree: a summary that reached a node, or a
// module-level table that kept one, would hold every file's tree for the whole scan.
const SOURCE = `
import { readFileSync } from 'node:fs';
export class Store {
  load(paths) { return paths.map((p) => readFileSync(p, 'utf8')); }
}
export async function all(urls) {
  const out = [];
  for (const url of urls) out.push(await fetch(url));
  return Promise.all(out.map((r) => r.text()));
}
module.exports = { Store, all };
`;

function isSyntaxNode(value: object): boolean {
  return typeof (value as { type?: unknown }).type === 'string' && Array.isArray((value as { range?: unknown }).range);
}

/** The first path from `root` to an AST node, or null. */
function pathToSyntaxNode(root: unknown): string | null {
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value: root, path: 'summary' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isSyntaxNode(value)) return path;
    const entries = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: `${path}.${key}` });
  }
  return null;
}

/** The steps of `summarizeText`, with a weak reference to the tree that nothing here keeps once it returns. */
function summarizeWatchingTree(path: string, text: string) {
  const parsed = parseSource(text, path, ANALYZER_PARSE_OPTIONS);
  assert.ok(parsed.ok);
  const summary = summarize(collectFile(path, text, parsed.program), new Resolver(), 'hash');
  return { tree: new WeakRef(parsed.program), summary };
}

function fullGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('what a summary keeps', () => {
  it('holds plain data only, no syntax node', () => {
    const loaded = summarizeText('/project/store.js', SOURCE);
    assert.ok(loaded.ok);
    assert.ok(loaded.summary.functions.length >= 4, 'the fixture has functions to summarize');
    assert.equal(pathToSyntaxNode(loaded.summary), null);
  });

  it('lets the parse tree be collected once the file is summarized', async () => {
    const gc = fullGc();
    const { tree, summary } = summarizeWatchingTree('/project/store.js', SOURCE);
    // A WeakRef keeps its target (again, after each deref) until the job ends, and Node does not always release it
    // by the next setImmediate: a heap snapshot of such a failure showed the tree held only by V8's keep-during-job
    // list. A timer turn releases it; a few tries keep a slow release from passing for a leak.
    let collected = false;
    for (let attempt = 0; attempt < 5 && !collected; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      gc();
      collected = tree.deref() === undefined;
    }
    assert.ok(collected, 'nothing the analyzer keeps reaches the tree');
    assert.ok(summary.sites.length > 0, 'the summary itself is still there');
  });
});
