import type { RuleMeta } from '../analyzer/rules/types';

export function helpText(rules: readonly RuleMeta[]): string {
  const ruleList = rules.length > 0
    ? rules.map((rule) => `  ${rule.id.padEnd(28)} ${rule.defaultSeverity}`).join('\n')
    : '  (none registered yet)';
  return `Usage: concurrency-advisor <command> [options]

Classifies every JavaScript/TypeScript function as cpu, io, blocking-io, mixed or none
and reports where the event loop is blocked or I/O is needlessly sequential.

Commands:
  scan [paths...]              Analyze files and folders (default: .)
  bench                        Measure sequential vs async vs worker threads vs child processes
                               on a built-in workload or a function (see bench --help)

Scan options:
  -f, --format <format>        text (default), json or sarif
  -o, --output <file>          Write the report to a file instead of stdout
      --rule <id>=<severity>   Set a rule to error, warning, info or off (repeatable)
      --max-warnings <n>       Exit with 1 when there are more than n warnings (default: -1, no limit)
      --max-file-size <size>   Skip larger files, e.g. 500KB or 4MB (default: 2MB)
      --exclude <glob>         Leave out walked files matching the glob (repeatable), e.g. "test/**"
                               or "*.spec.ts" (no slash: any depth); named files are always analyzed
      --cache                  Keep per-file results in .concurrency-advisor-cache/ and reuse them
      --cache-location <dir>   Use another folder for --cache
      --no-color               Plain text report (also when NO_COLOR is set)
  -q, --quiet                  No progress display
  -h, --help                   Show this help
  -v, --version                Show the version

Folders are searched for .js .jsx .mjs .cjs .ts .tsx .mts .cts files, skipping node_modules,
.git and build output (dist, build, out, coverage, .next ...). Files named on the command
line are always analyzed.

Exit codes:
  0  no error diagnostics and no more warnings than --max-warnings
  1  error diagnostics, or more warnings than --max-warnings
  2  usage error or internal error

Rules (default severity):
${ruleList}
`;
}
