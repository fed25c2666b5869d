import * as v8 from 'node:v8';

/**
 * While a scan runs, parse trees become garbage file after file and V8 lets the heap grow to several times what
 * is live: on the benchmark corpus the scan peaked at 530 MB RSS with about 60 MB live. A growing factor of 50%
 * keeps it at 240-330 MB; 20% kept it near 250 MB but ran 17 full collections instead of 11, 3-6% more wall and
 * CPU time in two sets of alternating runs. V8 reads the factor at each collection, so setting it at start-up takes
 * effect; it is not a limit, so a large workspace still gets the memory it needs.
 */
const HEAP_GROWTH = '--heap-growing-percent=50';

/**
 * A one-shot scan spends much of its time warming up: the optimizing compiler compiles the parser's and the
 * analyzer's hot functions, several times over when they deoptimize, and with V8's default inlining budget
 * (920 bytes of bytecode per function) single compilations of the analyzer took 50-270 ms. A budget of 200
 * cut the scan's CPU time by about 15% and its wall time by about 10% on the benchmark corpus (5 alternating
 * runs on 2 cores); the bare parse gains about 9% too, so the benchmark's floor runs with the same settings.
 * The compiler reads the budget at each compilation, so setting it at start-up takes effect.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=200';

/**
 * V8 moves the objects of an allocation site straight to the old generation once most of them survive a minor
 * collection. The analyzer's per-file records (functions, call sites, scopes) are alive whenever a minor collection
 * falls inside a file's analysis, so their sites were switched to the old generation; there, dead after the file,
 * they still point at its young parse tree, and since every node links to its parent, each minor collection copied
 * and promoted a whole dead tree. Without it, the scan's parsing spends about as long in GC as the bare parse.
 */
const NO_PRETENURING = '--no-allocation-site-pretenuring';

/** V8 settings of the `concurrency-advisor` CLI process. */
export const SCAN_V8_FLAGS: readonly string[] = [HEAP_GROWTH, INLINING_BUDGET, NO_PRETENURING];

/** For the CLI: a process of our own that runs one scan or one command and exits. */
export function tuneV8ForScans(): void {
  for (const flag of SCAN_V8_FLAGS) v8.setFlagsFromString(flag);
}

/**
 * For the language server: long-lived, so warm-up matters less than peak speed and the inlining budget stays
 * V8's; the heap growth factor and pretenuring apply as in a scan (its workspace analysis is a scan: without
 * pretenuring, the corpus analyzed in one process took 3.10-3.27 s against 3.21-3.59 s). Only for processes of our
 * own, never for a host we run inside.
 */
export function tuneV8ForLanguageServer(): void {
  for (const flag of [HEAP_GROWTH, NO_PRETENURING]) v8.setFlagsFromString(flag);
}
