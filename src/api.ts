// Public API of the package (dist/api.js, types in dist/types/api.d.ts).
export { analyze } from './analyzer/index';
export { Project, type AnalyzeOptions, type RuleSetting, type SourceHost } from './analyzer/project';
export { ruleMetas } from './analyzer/rules';
export type { RuleMeta } from './analyzer/rules/types';
export type {
  Classification,
  Diagnostic,
  Evidence,
  EvidenceKind,
  FileResult,
  FunctionResult,
  RelatedLocation,
  Severity,
} from './analyzer/types';
export { NodeSourceHost, scan, type ScanOptions, type ScanResult } from './scan';
/** V8 flags the CLI sets for itself; the benchmark runs its parse-only floor with the same. */
export { SCAN_V8_FLAGS } from './scan/v8-settings';
export {
  BENCHMARK_DEFAULTS,
  BUILTIN_WORKLOADS,
  BenchmarkOptionsError,
  STRATEGY_NAMES,
  formatBenchmarkJson,
  formatBenchmarkMarkdown,
  formatBenchmarkText,
  runBenchmark,
  type BenchmarkHooks,
  type BenchmarkOptions,
  type BenchmarkProgress,
  type BenchmarkReport,
  type BenchmarkVerdict,
  type StrategyName,
  type StrategyReport,
  type WorkloadOptions,
} from './benchmark/index';
