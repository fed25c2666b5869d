import type { CliEnvironment } from '../environment';
import { EXIT_USAGE_OR_INTERNAL_ERROR } from '../exit-code';

/** `bench`: placeholder until the benchmark runner lands; it will parse its own `args`. */
export async function runBenchCommand(args: readonly string[], env: CliEnvironment): Promise<number> {
  void args;
  env.stderr.write('concurrency-advisor bench: not implemented yet\n');
  return EXIT_USAGE_OR_INTERNAL_ERROR;
}
