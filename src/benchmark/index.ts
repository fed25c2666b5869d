// The micro-benchmark engine (Node only): sequential vs async vs worker threads vs child processes, on built-in
// workloads or on a user's function. `runBenchmark` never runs user code in the caller's process.
export { runBenchmark, BenchmarkOptionsError, DEFAULTS as BENCHMARK_DEFAULTS } from './runner';
export { formatBenchmarkJson, formatBenchmarkMarkdown, formatBenchmarkText } from './report';
export { parseBenchmarkTags, type BenchmarkTags } from './target';
export {
  BUILTIN_WORKLOADS,
  STRATEGY_NAMES,
  type BenchmarkHooks,
  type BenchmarkOptions,
  type BenchmarkPhase,
  type BenchmarkProgress,
  type BenchmarkReport,
  type BenchmarkVerdict,
  type BuiltinWorkloadName,
  type IoMode,
  type StrategyName,
  type StrategyReport,
  type WallTimeStats,
  type WorkloadOptions,
} from './types';
