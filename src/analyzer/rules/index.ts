import { asyncForeach } from './async-foreach';
import { awaitInLoopIndependent } from './await-in-loop-independent';
import { blockingIoInAsync } from './blocking-io-in-async';
import { cpuHeavyOnEventLoop } from './cpu-heavy-on-event-loop';
import { cpuInPromiseAll } from './cpu-in-promise-all';
import { mixedWorkload } from './mixed-workload';
import { sequentialAwaits } from './sequential-awaits';
import { syncSleep } from './sync-sleep';
import type { Rule, RuleMeta } from './types';
import { workerPerTask } from './worker-per-task';

/** Every rule, in the order findings are reported. */
export const rules: Rule[] = [
  blockingIoInAsync,
  cpuHeavyOnEventLoop,
  awaitInLoopIndependent,
  sequentialAwaits,
  asyncForeach,
  cpuInPromiseAll,
  mixedWorkload,
  syncSleep,
  workerPerTask,
];

export const ruleMetas: RuleMeta[] = rules.map((rule) => rule.meta);
