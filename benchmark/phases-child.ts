// One process of `npm run bench:phases`: parses the listed files as the analyzer does, and with `analyze` also
// runs the per-file analysis after each parse, timing each phase and the garbage collection that falls in it.
// Run from source (tsx), with the CLI's V8 settings. Prints one JSON line.
//
//   node --import tsx benchmark/phases-child.ts <file-list.json> parse|analyze
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { ANALYZER_PARSE_OPTIONS, contentHash } from '../src/analyzer/analysis';
import { collectFile } from '../src/analyzer/collect';
import { parseSource } from '../src/analyzer/parse';
import { Resolver } from '../src/analyzer/resolve';
import { runFileRules } from '../src/analyzer/rules/run';
import { summarize, type FileSummary } from '../src/analyzer/summary';
import { tuneV8ForScans } from '../src/scan/v8-settings';

type Phase = 'parse' | 'collect' | 'summarize' | 'rules';

tuneV8ForScans();
const [listFile, mode] = process.argv.slice(2);
if (!listFile || (mode !== 'parse' && mode !== 'analyze')) {
  console.error('usage: node --import tsx benchmark/phases-child.ts <file-list.json> parse|analyze');
  process.exit(2);
}
const files: string[] = JSON.parse(readFileSync(listFile, 'utf8'));
const texts = files.map((file) => readFileSync(file, 'utf8'));

const gcSpans: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcSpans.push({ start: entry.startTime, duration: entry.duration });
});
observer.observe({ entryTypes: ['gc'] });

const phaseStarts: { at: number; phase: Phase }[] = [];
const ms: Record<Phase, number> = { parse: 0, collect: 0, summarize: 0, rules: 0 };
function timed<T>(phase: Phase, work: () => T): T {
  const start = performance.now();
  phaseStarts.push({ at: start, phase });
  const result = work();
  ms[phase] += performance.now() - start;
  return result;
}

const summaries: FileSummary[] = []; // kept, as a scan keeps them
const started = performance.now();
for (const [index, path] of files.entries()) {
  const text = texts[index];
  const parsed = timed('parse', () => parseSource(text, path, ANALYZER_PARSE_OPTIONS));
  if (mode === 'parse' || !parsed.ok) continue;
  const model = timed('collect', () => collectFile(path, text, parsed.program));
  const resolver = new Resolver();
  const summary = timed('summarize', () => summarize(model, resolver, contentHash(text)));
  summary.localFindings = timed('rules', () => runFileRules(model, resolver));
  summaries.push(summary);
}
const totalMs = performance.now() - started;

// GC entries arrive asynchronously; each is counted in the phase it started in.
setTimeout(() => {
  observer.disconnect();
  const gcMs: Record<Phase, number> = { parse: 0, collect: 0, summarize: 0, rules: 0 };
  let next = 0;
  for (const span of gcSpans.sort((a, b) => a.start - b.start)) {
    while (next + 1 < phaseStarts.length && phaseStarts[next + 1].at <= span.start) next++;
    if (phaseStarts[next] && phaseStarts[next].at <= span.start && span.start <= started + totalMs) gcMs[phaseStarts[next].phase] += span.duration;
  }
  const round = (values: Record<Phase, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v)]));
  process.stdout.write(`${JSON.stringify({ mode, files: files.length, summaries: summaries.length, totalMs: Math.round(totalMs), ms: round(ms), gcMs: round(gcMs) })}\n`);
}, 100);
