import type { FileRule } from './types';
import { firstStringArgument, isWorkerFile } from './context';

const SLEEP_COMMAND = /^\s*(sleep|timeout)(\s|$)/;
const SUGGESTION = "Wait without blocking: `await setTimeout(ms)` with `import { setTimeout } from 'node:timers/promises'`.";

export const syncSleep: FileRule = {
  meta: {
    id: 'sync-sleep',
    description: 'Waiting by blocking the thread: busy-wait loops on the clock, `Atomics.wait` on the main thread, `execSync(\'sleep ...\')`.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/sync-sleep.md',
  },
  scope: 'file',
  check({ file, solver, report }) {
    const inWorker = isWorkerFile(file);
    for (const fn of [file.moduleFn, ...file.functions]) {
      for (const loop of fn.loops) {
        if (loop.busyWait) report({ node: loop.node, message: `Busy-wait loop (${loop.description}) burns CPU and blocks the event loop while it waits.`, suggestion: SUGGESTION });
      }
      for (const site of fn.calls) {
        const target = solver.target(site);
        if (target.kind !== 'api') continue;
        if (target.info.effect === 'sleep' && !inWorker) {
          report({ node: site.node, message: `${target.name} blocks the main thread while it waits.`, suggestion: `${SUGGESTION} Atomics.wait belongs in worker threads; use Atomics.waitAsync on the main thread.` });
        } else if (target.info.effect === 'blocking-io' && /^child_process\.(execSync|spawnSync|execFileSync)$/.test(target.name)) {
          const command = firstStringArgument(site.node);
          if (command !== null && SLEEP_COMMAND.test(command)) {
            report({ node: site.node, message: `${target.name}('${command}') starts a process only to block the thread while it sleeps.`, suggestion: SUGGESTION });
          }
        }
      }
    }
  },
};
