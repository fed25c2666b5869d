#!/usr/bin/env node
// `npm run bench:gc`: what the scan asks of V8's garbage collector, next to the bare parse, from V8's own trace.
// Bytes surviving and promoted hardly depend on the machine's load, unlike wall times, so two builds can be
// compared in a single run each: a change that keeps parse trees alive across minor collections shows up as
// promoted megabytes long before alternating wall-time runs resolve it. See benchmark/README.md.
//
//   node benchmark/gc.mjs [--against <other dist folder>] [--rounds 1]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { ANALYZER_PARSE_OPTIONS } from './parse-options.mjs';
import { median } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', '1'));
const against = option('--against', undefined);
if (!Number.isInteger(rounds) || rounds < 1 || (args.includes('--against') && !against)) {
  console.error('usage: node benchmark/gc.mjs [--against <other dist folder>] [--rounds <n>]');
  process.exit(2);
}
const builds = [path.join(root, 'dist'), ...(against ? [path.resolve(against)] : [])];
for (const build of builds) {
  if (!existsSync(path.join(build, 'cli.js'))) {
    console.error(`${path.join(build, 'cli.js')} is missing: run \`npm run build\` first (\`npm run bench:gc\` does)`);
    process.exit(2);
  }
}

const corpus = await ensureCorpus(path.join(root, '.cache', 'bench-corpus'), { log: (line) => console.error(line) });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'ca-gc-'));
try {
  const listFile = path.join(tmp, 'files.json');
  await writeFile(listFile, JSON.stringify(corpus.files));
  const folders = corpus.packages.map((pkg) => path.relative(corpus.dir, pkg.folder));
  const { SCAN_V8_FLAGS: v8Flags } = createRequire(import.meta.url)(path.join(builds[0], 'api.js'));
  const tools = [
    { label: 'floor: typescript-estree parse', cwd: root, args: [...v8Flags, path.join(root, 'benchmark/floor.mjs'), listFile, '--options', JSON.stringify(ANALYZER_PARSE_OPTIONS)] },
    ...builds.map((build, index) => ({
      label: index === 0 ? 'scan (dist/)' : `scan (${against})`,
      cwd: corpus.dir,
      args: [path.join(build, 'cli.js'), 'scan', ...folders, '--format', 'json', '--output', path.join(tmp, 'scan.json'), '--quiet'],
    })),
  ];
  const results = tools.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, tool] of tools.entries()) {
      const trace = await traceOf(tool);
      results[index].push(trace);
      console.error(`round ${round + 1}/${rounds}  ${tool.label.padEnd(36)} ${trace.minorCount} minor GCs, ${mb(trace.promoted)} MB promoted`);
    }
  }
  process.stdout.write(formatTable(tools, results));
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/** Runs one tool with V8's name=value GC trace on stdout and adds up what the collections report. */
function traceOf(tool) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--trace-gc-nvp', ...tool.args], { cwd: tool.cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`${tool.label} exited with ${code}`));
      else resolve(sumTrace(stdout));
    });
  });
}

function sumTrace(text) {
  const totals = { minorCount: 0, survived: 0, promoted: 0, minorPauseMs: 0, majorCount: 0, majorPauseMs: 0 };
  for (const line of text.split('\n')) {
    const kind = / gc=(\w+)/.exec(line)?.[1];
    if (!kind) continue;
    const field = (name) => Number(new RegExp(` ${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
    if (kind === 's') {
      totals.minorCount++;
      totals.survived += field('new_space_survived');
      totals.promoted += field('promoted');
      totals.minorPauseMs += field('pause');
    } else {
      totals.majorCount++;
      totals.majorPauseMs += field('pause');
    }
  }
  return totals;
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(0);
}

function formatTable(tools, results) {
  const columns = [
    ['minor GCs', (r) => String(r.minorCount)],
    ['survived', (r) => `${mb(r.survived)} MB`],
    ['promoted', (r) => `${mb(r.promoted)} MB`],
    ['minor pauses', (r) => `${Math.round(r.minorPauseMs)} ms`],
    ['full GCs', (r) => String(r.majorCount)],
    ['full pauses', (r) => `${Math.round(r.majorPauseMs)} ms`],
  ];
  const medianOf = (runs) => Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
  const lines = [
    `Garbage collection over the corpus: ${corpus.files.length} files; medians of ${rounds} run(s) each, V8's --trace-gc-nvp`,
    '',
    `${'process'.padEnd(36)}${columns.map(([name]) => name.padStart(13)).join('')}`,
    ...tools.map((tool, index) => {
      const row = medianOf(results[index]);
      return `${tool.label.padEnd(36)}${columns.map(([, format]) => format(row).padStart(13)).join('')}`;
    }),
    '',
    'Pauses are main-thread times and move with the load; survived and promoted bytes hardly do.',
  ];
  return `${lines.join('\n')}\n`;
}
