// The floor of the benchmark: parse every file of the list with @typescript-eslint/typescript-estree,
// on one thread, and nothing else. Run as its own process, like the tools it is compared with.
//
//   node benchmark/floor.mjs <file-list.json> [--options '{"loc":true,"range":true}']
//
// The list is a JSON array of paths. `jsx` and `filePath` are set per file the way the analyzer sets them (JSX
// everywhere except .ts/.mts/.cts, where `<T>x` is a cast; the path makes .js files parse as JavaScript). Prints one JSON line: files, parse errors, milliseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { parse } = require('@typescript-eslint/typescript-estree');

const args = process.argv.slice(2);
const listFile = args[0];
if (!listFile) {
  console.error('usage: node benchmark/floor.mjs <file-list.json> [--options <json>]');
  process.exit(2);
}
const optionsAt = args.indexOf('--options');
const extraOptions = optionsAt === -1 ? {} : JSON.parse(args[optionsAt + 1]);

const started = performance.now();
const files = JSON.parse(readFileSync(listFile, 'utf8'));
let errors = 0;
let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  try {
    const program = parse(text, { ...extraOptions, jsx: !/\.[cm]?ts$/i.test(file), filePath: file });
    nodes += program.body.length; // keep the result observably used
  } catch {
    errors++;
  }
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ files: files.length, errors, topLevelStatements: nodes, ms: Math.round(ms) })}\n`);
