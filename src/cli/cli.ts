import { ruleMetas } from '../analyzer/rules';
import { parseCommandLine, UsageError } from './args';
import { runBenchCommand } from './commands/bench';
import { runScanCommand } from './commands/scan';
import type { CliEnvironment } from './environment';
import { EXIT_OK, EXIT_USAGE_OR_INTERNAL_ERROR } from './exit-code';
import { TOOL_VERSION } from './package-info';
import { helpText } from './usage';
import { errorMessage } from '../analyzer/errors';

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv, ruleMetas.map((rule) => rule.id));
    switch (commandLine.command) {
      case 'help':
        env.stdout.write(helpText(ruleMetas));
        return EXIT_OK;
      case 'version':
        env.stdout.write(`${TOOL_VERSION}\n`);
        return EXIT_OK;
      case 'scan':
        return await runScanCommand(commandLine.options, env);
      case 'bench':
        return await runBenchCommand(commandLine.args, env);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      env.stderr.write(`concurrency-advisor: ${error.message}\nRun "concurrency-advisor --help" for usage.\n`);
    } else {
      env.stderr.write(`concurrency-advisor: error: ${errorMessage(error)}\n`);
    }
    return EXIT_USAGE_OR_INTERNAL_ERROR;
  }
}
