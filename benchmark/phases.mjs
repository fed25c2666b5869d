#!/usr/bin/env node
// `npm run bench:phases`: where the per-file analysis spends its time, in one process over the benchmark corpus.
// Alternates fresh processes that only parse with processes that parse and analyze each file, and prints the
// medians of each phase and of the garbage collection that falls in it. Complements `npm run bench`, which times
// whole processes; see benchmark/README.md.
//
//   node benchmark/phases.mjs [--rounds 4]
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { median } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt === -1 ? 4 : Number(process.argv[roundsAt + 1]);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node benchmark/phases.mjs [--rounds <n>]');
  process.exit(2);
}

const corpus = await ensureCorpus(path.join(root, '.cache', 'bench-corpus'), { log: (line) => console.error(line) });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'ca-phases-'));
try {
  const listFile = path.join(tmp, 'files.json');
  await writeFile(listFile, JSON.stringify(corpus.files));
  const runs = { parse: [], analyze: [] };
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? ['parse', 'analyze'] : ['analyze', 'parse'];
    for (const mode of order) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'benchmark/phases-child.ts'), listFile, mode], { cwd: root, encoding: 'utf8' });
      const run = JSON.parse(output.trim().split('\n').pop());
      runs[mode].push(run);
      console.error(`round ${round}/${rounds}  ${mode.padEnd(8)} ${run.totalMs} ms`);
    }
  }
  process.stdout.write(formatTable(runs, corpus));
} finally {
  await rm(tmp, { recursive: true, force: true });
}

function formatTable(runs, corpus) {
  const of = (mode, pick) => median(runs[mode].map(pick));
  const parseAlone = of('parse', (r) => r.ms.parse);
  const rows = [
    ['parse alone', parseAlone, of('parse', (r) => r.gcMs.parse)],
    ['with the analysis: parse', of('analyze', (r) => r.ms.parse), of('analyze', (r) => r.gcMs.parse)],
    ['  collect', of('analyze', (r) => r.ms.collect), of('analyze', (r) => r.gcMs.collect)],
    ['  summarize', of('analyze', (r) => r.ms.summarize), of('analyze', (r) => r.gcMs.summarize)],
    ['  file rules', of('analyze', (r) => r.ms.rules), of('analyze', (r) => r.gcMs.rules)],
    ['  total', of('analyze', (r) => r.totalMs), of('analyze', (r) => r.gcMs.parse + r.gcMs.collect + r.gcMs.summarize + r.gcMs.rules)],
  ];
  const lines = [
    `Per-file analysis in one process: ${corpus.files.length} files, ${corpus.lines} lines; medians of ${rounds} alternating rounds, run from source (tsx) with the CLI's V8 settings`,
    '',
    `${'phase'.padEnd(28)}${'ms'.padStart(8)}${'of it GC'.padStart(10)}${'/ parse alone'.padStart(15)}`,
    ...rows.map(([label, ms, gc]) => `${label.padEnd(28)}${String(Math.round(ms)).padStart(8)}${String(Math.round(gc)).padStart(10)}${`${(ms / parseAlone).toFixed(2)} x`.padStart(15)}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
