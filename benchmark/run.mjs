#!/usr/bin/env node
// `npm run bench`: the analyzer at workspace scale, side by side with its floor and its nearest peer,
// in one run (issue 5). See benchmark/README.md.
//
//   node benchmark/run.mjs [--rounds 5] [--edits 50] [--edit-rounds <n>] [--check]
//                          [--floor-options <json>] [--output benchmark/results/latest.json]
//   node benchmark/run.mjs --print benchmark/results/latest.json    (the table of an earlier run)
//
// Every measurement except the in-process edit latency is a whole child process, timed from spawn to exit.
// Rounds alternate the order of the tools, and the table reports medians over the rounds, so that a
// noisy, shared machine slows all sides alike. Exit code: 0 (1 with --check when a target fails; 2 when
// the benchmark itself could not run or a tool's output did not cover the corpus).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { ANALYZER_PARSE_OPTIONS } from './parse-options.mjs';
import { ESLINT_RULES, writeEslintConfig } from './eslint-config.mjs';
import { median, percentile, round2 } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(root, '.cache', 'bench-corpus');
const GNU_TIME = '/usr/bin/time';
const CHILD_TIMEOUT_MS = 20 * 60 * 1000;

/** Targets of issue 5. Ratios are whole-process wall times (medians over the rounds). */
const TARGETS = {
  scanOverFloor: 1.3,
  scanOverEslint: 0.4,
  scanPeakRssMB: 400,
  editP50OverParse: 1.3,
};

const options = parseArgs(process.argv.slice(2));
const log = (line) => process.stderr.write(`${line}\n`);

try {
  process.exitCode = await main();
} catch (error) {
  log(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 2;
}

async function main() {
  if (options.print) {
    process.stdout.write(formatTable(JSON.parse(await readFile(options.print, 'utf8'))));
    return 0;
  }
  const machine = describeMachine();
  log(`machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}, load average ${machine.loadAverageAtStart.join(' ')}`);

  for (const file of ['dist/cli.js', 'dist/api.js']) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm run bench\` does)`);
  }
  const corpus = await ensureCorpus(CACHE, { log });
  for (const pkg of corpus.packages) {
    log(`corpus: ${`${pkg.name}@${pkg.version}`.padEnd(16)} ${pkg.pattern.padEnd(24)} ${String(pkg.files.length).padStart(5)} files ${String(pkg.lines).padStart(8)} lines`);
  }
  log(`corpus: ${'total'.padEnd(41)} ${String(corpus.files.length).padStart(5)} files ${String(corpus.lines).padStart(8)} lines (${(corpus.bytes / 1e6).toFixed(1)} MB) in ${path.relative(root, CACHE)}`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ca-bench-'));
  const build = path.join(root, '.cache', `bench-dist-${process.pid}`);
  try {
    // Measure a snapshot of the build: another `npm run build` in this working tree during the run (it starts
    // by deleting dist/) must not break or change the tool under measurement. The snapshot lives inside the
    // repository, so the bundles still resolve their external dependencies from node_modules.
    await cp(path.join(root, 'dist'), build, { recursive: true, filter: (source) => source !== path.join(root, 'dist', 'types') });
    return await measure(corpus, machine, tmp, build);
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
  }
}

async function measure(corpus, machine, tmp, build) {
  const listFile = path.join(tmp, 'files.json');
  await writeFile(listFile, JSON.stringify(corpus.files));
  const eslintConfig = await writeEslintConfig(tmp, root);
  // The tools are handed the package folders, as a user would type them; each run checks that its
  // output covers exactly the corpus files, so every side reads the same files.
  const folders = corpus.packages.map((pkg) => path.relative(corpus.dir, pkg.folder));
  const floorOptions = JSON.stringify(options.floorOptions);
  // The CLI tunes V8 for itself (heap growth, inlining budget), and those settings speed up a bare parse as well:
  // the floor runs with them, so that the ratio measures the analysis, not the runtime settings.
  const { SCAN_V8_FLAGS: v8Flags } = createRequire(import.meta.url)(path.join(build, 'api.js'));

  const tools = [
    {
      id: 'floor',
      label: 'floor: typescript-estree parse',
      args: [...v8Flags, path.join(root, 'benchmark/floor.mjs'), listFile, '--options', floorOptions],
      cwd: root,
      check: async (run) => {
        const out = lastJsonLine(run.stdout);
        if (out.files !== corpus.files.length || out.errors !== 0) throw new Error(`floor parsed ${out.files} files with ${out.errors} errors`);
        return { parseErrors: out.errors, inProcessMs: out.ms };
      },
    },
    {
      id: 'scan',
      label: 'concurrency-advisor scan',
      args: [path.join(build, 'cli.js'), 'scan', ...folders, '--format', 'json', '--output', path.join(tmp, 'scan.json'), '--quiet'],
      cwd: corpus.dir,
      check: async (run) => {
        if (run.code !== 0 && run.code !== 1) throw new Error(`scan exited with ${run.code}: ${run.stderr.slice(-2000)}`);
        const report = JSON.parse(await readFile(path.join(tmp, 'scan.json'), 'utf8'));
        assertSameFiles('scan', report.files.map((f) => path.resolve(corpus.dir, f.path)), corpus.files);
        const functions = report.files.reduce((sum, f) => sum + f.functions.length, 0);
        const diagnostics = report.files.reduce((sum, f) => sum + f.diagnostics.length, 0);
        await rm(path.join(tmp, 'scan.json'), { force: true });
        return { fileErrors: report.files.filter((f) => f.error || f.skipped).length, functions, diagnostics };
      },
    },
    {
      id: 'eslint',
      label: 'ESLint 9 + typescript-eslint',
      args: [path.join(root, 'node_modules/eslint/bin/eslint.js'), '-c', eslintConfig, '--format', 'json', '--output-file', path.join(tmp, 'eslint.json'), ...folders],
      cwd: corpus.dir,
      check: async (run) => {
        if (run.code !== 0 && run.code !== 1) throw new Error(`eslint exited with ${run.code}: ${run.stderr.slice(-2000)}`);
        const report = JSON.parse(await readFile(path.join(tmp, 'eslint.json'), 'utf8'));
        assertSameFiles('eslint', report.map((f) => f.filePath), corpus.files);
        const messages = report.flatMap((f) => f.messages);
        await rm(path.join(tmp, 'eslint.json'), { force: true });
        return {
          parseErrors: messages.filter((m) => m.fatal).length,
          problems: messages.filter((m) => m.ruleId && m.ruleId in ESLINT_RULES).length,
        };
      },
    },
    {
      id: 'edit',
      label: 'edit latency (in-process)',
      args: [path.join(root, 'benchmark/edit-latency.mjs'), listFile, '--edits', String(options.edits), '--options', floorOptions, '--api', path.join(build, 'api.js')],
      cwd: root,
      check: async (run) => {
        if (run.code !== 0) throw new Error(`edit-latency exited with ${run.code}: ${run.stderr.slice(-2000)}`);
        const out = lastJsonLine(run.stdout);
        if (out.editErrors > 0) throw new Error(`${out.editErrors} edited versions of ${out.file} did not analyze cleanly`);
        return out;
      },
    },
  ];

  const runs = Object.fromEntries(tools.map((tool) => [tool.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    // Alternate the order, so no tool always runs first (cold caches) or right after the heaviest one.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]);
    for (const tool of order) {
      if (tool.id === 'edit' && round >= options.editRounds) continue;
      // concurrency-advisor-disable-next-line await-in-loop-independent -- measurements must not overlap
      const run = await runProcess(tool.args, tool.cwd);
      // concurrency-advisor-disable-next-line await-in-loop-independent -- checks the run just measured
      const details = await tool.check(run);
      runs[tool.id].push({ round: round + 1, wallMs: round2(run.wallMs), cpuMs: run.cpuMs === null ? null : round2(run.cpuMs), peakRssMB: run.peakRssMB, exitCode: run.code, ...details });
      const extra = tool.id === 'edit'
        ? `  edit p50 ${fmtMs(percentile(details.editMs, 0.5))} p95 ${fmtMs(percentile(details.editMs, 0.95))}, parse ${fmtMs(percentile(details.parseMs, 0.5))}`
        : '';
      log(`round ${round + 1}/${options.rounds}  ${tool.label.padEnd(32)} ${fmtS(run.wallMs).padStart(8)} ${fmtMB(run.peakRssMB).padStart(8)}${extra}`);
    }
  }

  const summary = summarize(runs);
  const checks = targetChecks(summary);
  machine.loadAverageAtEnd = os.loadavg().map((n) => n.toFixed(2));

  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine,
    corpus: {
      files: corpus.files.length,
      lines: corpus.lines,
      bytes: corpus.bytes,
      packages: corpus.packages.map((p) => ({ name: p.name, version: p.version, pattern: p.pattern, files: p.files.length, lines: p.lines, bytes: p.bytes })),
    },
    settings: { rounds: options.rounds, editRounds: Math.min(options.editRounds, options.rounds), edits: options.edits, floorParseOptions: options.floorOptions, floorV8Flags: v8Flags, eslintRules: ESLINT_RULES },
    summary,
    targets: checks,
    pass: checks.every((c) => c.pass),
    runs,
  };
  process.stdout.write(formatTable(result));
  await mkdir(path.dirname(options.output), { recursive: true });
  await writeFile(options.output, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${options.output}`);

  return options.check && !result.pass ? 1 : 0;
}

function summarize(runs) {
  const wall = (id) => median(runs[id].map((r) => r.wallMs));
  const cpu = (id) => median(runs[id].map((r) => r.cpuMs ?? NaN));
  const peak = (id) => Math.max(...runs[id].map((r) => r.peakRssMB ?? NaN));
  const editSamples = runs.edit.flatMap((r) => r.editMs);
  const parseSamples = runs.edit.flatMap((r) => r.parseMs);
  const first = runs.edit[0];
  const perRound = (a, b) => runs[a].flatMap((ra) => {
    const rb = runs[b].find((r) => r.round === ra.round);
    return rb ? [round2(ra.wallMs / rb.wallMs)] : [];
  });
  return {
    floorMs: wall('floor'),
    scanMs: wall('scan'),
    eslintMs: wall('eslint'),
    floorCpuMs: cpu('floor'),
    scanCpuMs: cpu('scan'),
    eslintCpuMs: cpu('eslint'),
    scanOverFloorCpu: round2(cpu('scan') / cpu('floor')),
    scanOverEslintCpu: round2(cpu('scan') / cpu('eslint')),
    floorPeakRssMB: peak('floor'),
    scanPeakRssMB: peak('scan'),
    eslintPeakRssMB: peak('eslint'),
    scanOverFloor: round2(wall('scan') / wall('floor')),
    scanOverEslint: round2(wall('scan') / wall('eslint')),
    scanOverFloorPerRound: perRound('scan', 'floor'),
    scanOverEslintPerRound: perRound('scan', 'eslint'),
    edit: {
      file: path.relative(root, first.file),
      lines: first.lines,
      bytes: first.bytes,
      api: first.api,
      samples: editSamples.length,
      p50Ms: percentile(editSamples, 0.5),
      p95Ms: percentile(editSamples, 0.95),
      parseMedianMs: percentile(parseSamples, 0.5),
      p50OverParse: round2(percentile(editSamples, 0.5) / percentile(parseSamples, 0.5)),
      p50OverParsePerRound: runs.edit.map((r) => round2(percentile(r.editMs, 0.5) / percentile(r.parseMs, 0.5))),
      fullAnalysisInProcessMs: median(runs.edit.map((r) => r.fullAnalysisMs)),
      processPeakRssMB: peak('edit'),
    },
    scanDiagnostics: runs.scan[0].diagnostics,
    scanFunctions: runs.scan[0].functions,
    scanFileErrors: runs.scan[0].fileErrors,
    eslintProblems: runs.eslint[0].problems,
    eslintParseErrors: runs.eslint[0].parseErrors,
  };
}

function targetChecks(s) {
  return [
    { id: 'scanOverFloor', label: 'scan / floor (wall)', measured: s.scanOverFloor, target: TARGETS.scanOverFloor, unit: 'x' },
    { id: 'scanOverEslint', label: 'scan / ESLint (wall)', measured: s.scanOverEslint, target: TARGETS.scanOverEslint, unit: 'x' },
    { id: 'scanPeakRssMB', label: 'scan peak RSS', measured: s.scanPeakRssMB, target: TARGETS.scanPeakRssMB, unit: 'MB' },
    { id: 'editP50OverParse', label: 'edit p50 / parse of that file', measured: s.edit.p50OverParse, target: TARGETS.editP50OverParse, unit: 'x' },
  ].map((c) => ({ ...c, pass: Number.isFinite(c.measured) && c.measured <= c.target }));
}

/** The printed table, from the JSON result (also `--print <results.json>`). */
function formatTable({ summary: s, targets: checks, machine, corpus, settings }) {
  const out = [];
  const range = (values) => (values.length > 1 ? `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}` : '');
  out.push('');
  out.push(`Concurrency Advisor benchmark: ${corpus.files} files, ${corpus.lines} lines (${corpus.packages.map((p) => `${p.name}@${p.version}`).join(', ')})`);
  out.push(`machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGB} GB RAM, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`);
  out.push(`rounds: ${settings.rounds} (order alternating); wall and cpu are medians of whole processes; peak RSS is the largest of the rounds`);
  out.push('');
  const row = (name, ...cells) => out.push(`${name.padEnd(46)}${cells.map((c) => c.padStart(11)).join('')}`);
  row('measurement', 'wall', 'cpu', 'peak RSS');
  row('1 floor: typescript-estree parse, 1 thread', fmtS(s.floorMs), fmtS(s.floorCpuMs), fmtMB(s.floorPeakRssMB));
  if (settings.floorV8Flags?.length) out.push(`  run with the CLI's V8 flags: ${settings.floorV8Flags.join(' ')}`);
  row('2 concurrency-advisor scan --format json', fmtS(s.scanMs), fmtS(s.scanCpuMs), fmtMB(s.scanPeakRssMB));
  row('3 ESLint 9 + typescript-eslint, 3 rules', fmtS(s.eslintMs), fmtS(s.eslintCpuMs), fmtMB(s.eslintPeakRssMB));
  row('4 edit: re-analysis after a 1-line change, p50', fmtMs(s.edit.p50Ms));
  row('                                           p95', fmtMs(s.edit.p95Ms));
  row('  parse of that file alone, median', fmtMs(s.edit.parseMedianMs));
  out.push(`  edited file: ${s.edit.file} (${s.edit.lines} lines), ${s.edit.samples} edits via ${s.edit.api};`);
  out.push(`  whole corpus analyzed in-process first: ${fmtS(s.edit.fullAnalysisInProcessMs)}, that process peaked at ${fmtMB(s.edit.processPeakRssMB)}`);
  out.push('');
  out.push(`${'target'.padEnd(34)}${'measured'.padStart(10)}${'target'.padStart(12)}${'per round'.padStart(13)}  result`);
  for (const c of checks) {
    const measured = c.unit === 'x' ? `${c.measured.toFixed(2)} x` : `${Math.round(c.measured)} MB`;
    const target = c.unit === 'x' ? `<= ${c.target.toFixed(2)} x` : `<= ${c.target} MB`;
    const perRound = range({ scanOverFloor: s.scanOverFloorPerRound, scanOverEslint: s.scanOverEslintPerRound, editP50OverParse: s.edit.p50OverParsePerRound }[c.id] ?? []);
    out.push(`${c.label.padEnd(34)}${measured.padStart(10)}${target.padStart(12)}${perRound.padStart(13)}  ${c.pass ? 'PASS' : 'FAIL'}`);
  }
  out.push('');
  out.push(`cpu time (user + sys, information only): scan / floor ${fmt2(s.scanOverFloorCpu)} x, scan / ESLint ${fmt2(s.scanOverEslintCpu)} x`);
  out.push(`scan: ${s.scanFunctions} functions, ${s.scanDiagnostics} diagnostics, ${s.scanFileErrors} files with errors; ESLint: ${s.eslintProblems} problems from the 3 rules, ${s.eslintParseErrors} parse errors`);
  out.push('');
  return out.join('\n');
}

/** Spawns `node <args>` and measures wall time (spawn to exit) and peak RSS of that process. */
async function runProcess(args, cwd) {
  const useGnuTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `ca-bench-time-${process.pid}-${Date.now()}.txt`);
  const [command, commandArgs] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr = (stderr + chunk).slice(-20000); });
  let polledKB = 0;
  const poller = useGnuTime ? null : setInterval(() => { polledKB = Math.max(polledKB, readVmHWM(child.pid)); }, 20);
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  const { code, wallMs } = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve({ code: exitCode ?? signal, wallMs: performance.now() - started }));
  });
  clearTimeout(timer);
  if (poller) clearInterval(poller);
  await new Promise((resolve) => (child.stdout.readableEnded ? resolve() : child.stdout.on('close', resolve)));
  let peakKB = polledKB;
  let cpuMs = null;
  if (useGnuTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    await rm(timeFile, { force: true });
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (match) peakKB = Number(match[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
    // /usr/bin/time exits with the child's exit code; a child killed by a signal shows in its report.
    if (/Command terminated by signal/.test(report)) stderr += `\n${report}`;
  }
  return { code, wallMs, cpuMs, stdout, stderr, peakRssMB: peakKB ? Math.round((peakKB * 1024) / 1e6) : null };
}

function readVmHWM(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function assertSameFiles(tool, reported, expected) {
  const got = new Set(reported.map((p) => path.resolve(p)));
  const missing = expected.filter((p) => !got.has(path.resolve(p)));
  if (got.size !== expected.length || missing.length > 0) {
    throw new Error(`${tool} reported ${got.size} files for a corpus of ${expected.length}; missing e.g. ${missing.slice(0, 3).join(', ')}`);
  }
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    availableParallelism: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    cpuModel: (cpus[0]?.model ?? 'unknown').trim(),
    memoryGB: Math.round(os.totalmem() / 1e9),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((n) => n.toFixed(2)),
  };
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function lastJsonLine(stdout) {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

function parseArgs(argv) {
  const result = {
    rounds: 5,
    edits: 50,
    editRounds: Infinity,
    check: false,
    floorOptions: { ...ANALYZER_PARSE_OPTIONS },
    output: path.join(root, 'benchmark/results/latest.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    const positive = (text) => {
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1) usage(`${arg} needs a positive whole number`);
      return n;
    };
    if (arg === '--rounds') result.rounds = positive(value());
    else if (arg === '--edits') result.edits = positive(value());
    else if (arg === '--edit-rounds') result.editRounds = positive(value());
    else if (arg === '--check') result.check = true;
    else if (arg === '--floor-options') result.floorOptions = JSON.parse(value());
    else if (arg === '--output') result.output = path.resolve(value());
    else if (arg === '--print') result.print = path.resolve(value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  return result;
}

function usage(problem) {
  if (problem) process.stderr.write(`bench: ${problem}\n`);
  process.stderr.write('usage: node benchmark/run.mjs [--rounds 5] [--edits 50] [--edit-rounds n] [--check] [--floor-options <json>] [--output <file>]\n       node benchmark/run.mjs --print <results.json>   (the table of an earlier run)\n');
  process.exit(problem ? 2 : 0);
}

function fmt2(n) {
  return Number.isFinite(n) ? n.toFixed(2) : 'n/a';
}

function fmtS(ms) {
  if (ms === null || !Number.isFinite(ms)) return 'n/a';
  return `${(ms / 1000).toFixed(2)} s`;
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function fmtMB(mb) {
  return mb === null || mb === undefined || !Number.isFinite(mb) ? 'n/a' : `${mb} MB`;
}
