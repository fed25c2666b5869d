// Edit latency, in one process: load the analyzer library (dist/api.js), analyze the whole corpus once
// through an in-memory SourceHost, then change one line of the largest file N times and re-analyze that
// file after each change. Next to it, in the same process and interleaved, parse the same edited texts
// with typescript-estree alone (the same options as the floor).
//
//   node benchmark/edit-latency.mjs <file-list.json> [--edits 50] [--options <json>] [--api <dist/api.js>]
//
// Prints one JSON line. The re-analysis uses `project.update(path, text)` when the library has it (an
// incremental API), otherwise `project.setText(path, text)` followed by `project.analyzeFile(path)`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ANALYZER_PARSE_OPTIONS } from './parse-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const listFile = args[0];
if (!listFile) {
  console.error('usage: node benchmark/edit-latency.mjs <file-list.json> [--edits 50] [--options <json>] [--api <dist/api.js>]');
  process.exit(2);
}
const editCount = Number(option('--edits', '50'));
const parseOptions = JSON.parse(option('--options', JSON.stringify(ANALYZER_PARSE_OPTIONS)));
const api = require(path.resolve(root, option('--api', 'dist/api.js')));
const { parse } = require('@typescript-eslint/typescript-estree');

const files = JSON.parse(readFileSync(listFile, 'utf8'));
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const host = { readFile: (file) => texts.get(file) };

// The whole corpus once: the state an editor session is in before the user starts typing.
let started = performance.now();
const project = new api.Project(host);
const initial = project.analyzeFiles(files);
const fullAnalysisMs = performance.now() - started;
const initialErrors = initial.filter((result) => result.error).length;

const target = files.reduce((largest, file) => (texts.get(file).length > texts.get(largest).length ? file : largest));
const original = texts.get(target);
const jsx = !/\.[cm]?ts$/i.test(target);
const edits = planEdits(original, editCount);

const reanalyze = typeof project.update === 'function'
  ? (file, text) => {
      const result = project.update(file, text);
      return result && Array.isArray(result.functions) ? result : project.analyzeFile(file);
    }
  : (file, text) => {
      project.setText(file, text);
      return project.analyzeFile(file);
    };

const editMs = [];
const parseMs = [];
let editErrors = 0;
for (const edit of edits) {
  // Flat copies, so neither side pays for flattening a concatenated string the other already flattened.
  const forParse = Buffer.from(edit.text).toString('utf8');
  const forEdit = Buffer.from(edit.text).toString('utf8');
  started = performance.now();
  parse(forParse, { ...parseOptions, jsx, filePath: target });
  parseMs.push(performance.now() - started);

  started = performance.now();
  const result = reanalyze(target, forEdit);
  editMs.push(performance.now() - started);
  if (result.error) editErrors++;
}

process.stdout.write(`${JSON.stringify({
  file: target,
  lines: original.split('\n').length,
  bytes: Buffer.byteLength(original),
  api: typeof project.update === 'function' ? 'project.update' : 'project.setText + project.analyzeFile',
  files: files.length,
  initialErrors,
  fullAnalysisMs: round(fullAnalysisMs),
  edits: edits.length,
  editKinds: { statement: edits.filter((e) => e.kind === 'statement').length, comment: edits.filter((e) => e.kind === 'comment').length },
  editErrors,
  editMs: editMs.map(round),
  parseMs: parseMs.map(round),
})}\n`);

/**
 * `count` versions of `text`, each the previous one with one more line changed (as typing goes: every version is
 * one edit away from the last), spread over the file: a statement `void <n>;` appended to a line that ends a
 * simple statement (a real change of the code), or, when that would not parse, a trailing comment.
 */
function planEdits(text, count) {
  const lines = text.split('\n');
  const statementLike = /^\s*(?:const|let|var|return|throw|this\.|[A-Za-z_$][\w$.]*\s*(?:=|\())[^]*;\s*$/;
  const candidates = lines.flatMap((line, index) => (statementLike.test(line) && !line.includes('//') ? [index] : []));
  const pool = candidates.length >= count ? candidates : lines.map((_, index) => index);
  const result = [];
  let current = lines;
  for (let n = 0; n < count; n++) {
    const index = pool[Math.floor(((n + 0.5) * pool.length) / count)];
    const withStatement = replaceLine(current, index, `${current[index]} void ${n + 1};`);
    if (parses(withStatement.join('\n'))) {
      result.push({ line: index + 1, kind: 'statement', text: withStatement.join('\n') });
      current = withStatement;
    } else {
      current = replaceLine(current, index, `${current[index]} // edit ${n + 1}`);
      result.push({ line: index + 1, kind: 'comment', text: current.join('\n') });
    }
  }
  return result;
}

function replaceLine(lines, index, replacement) {
  const copy = lines.slice();
  copy[index] = replacement;
  return copy;
}

function parses(text) {
  try {
    parse(text, { jsx });
    return true;
  } catch {
    return false;
  }
}

function round(ms) {
  return Math.round(ms * 100) / 100;
}
