/**
 * The benchmark host: a child process of the runner whose main thread plays the application's main thread.
 * It runs one strategy (main-thread rounds, or a pool it starts), measures each round and answers by request id.
 * Running user code here, not in the caller, is what lets the runner stop a hung function by killing processes.
 */
import type { Server } from 'node:net';
import { serializeError } from './errors';
import { startDelayedEchoServer, serverPort } from './loopback';
import { measureRound } from './measure';
import type { HostRequest, HostResponse, WorkloadSpec } from './protocol';
import { setUpStrategy, type PreparedStrategy } from './strategies';
import { calibrateSumLoop } from './workloads';

export interface HostChannel {
  send(message: HostResponse): void;
  onMessage(handler: (message: HostRequest) => void): void;
  exit(code: number): void;
}

export function runHost(channel: HostChannel): void {
  let strategy: PreparedStrategy | undefined;
  let server: Server | undefined;
  let tasks = 0;

  const stopEverything = () => {
    strategy?.stop();
    strategy = undefined;
    server?.close();
    server = undefined;
  };

  const handle = async (request: Exclude<HostRequest, { type: 'stop' }>): Promise<HostResponse> => {
    switch (request.type) {
      case 'calibrate':
        return { type: 'calibrated', id: request.id, iterations: calibrateSumLoop(request.targetMs) };
      case 'setup': {
        let workload: WorkloadSpec = request.workload;
        if ((workload.kind === 'io' || workload.kind === 'mixed') && workload.mode === 'socket') {
          server = await startDelayedEchoServer(workload.waitMs);
          workload = { ...workload, port: serverPort(server) };
        }
        tasks = request.tasks;
        strategy = await setUpStrategy(request.strategy, workload, request.poolSize);
        if (strategy.childPids.length > 0) channel.send({ type: 'children', pids: strategy.childPids });
        return { type: 'ready', id: request.id, startupMs: strategy.startupMs };
      }
      case 'round': {
        if (!strategy) throw new Error('no strategy is set up');
        return { type: 'round-done', id: request.id, sample: await measureRound(strategy.round(tasks)) };
      }
      case 'teardown': {
        const childKb = strategy?.childPeakRssKb() ?? 0;
        const ownKb = process.resourceUsage().maxRSS;
        stopEverything();
        return { type: 'torn-down', id: request.id, peakRssMb: (ownKb + childKb) / 1024 };
      }
    }
  };

  channel.onMessage((request) => {
    if (request.type === 'stop') {
      stopEverything();
      channel.exit(1);
      return;
    }
    handle(request).then(
      (response) => channel.send(response),
      (error: unknown) => channel.send({ type: 'failed', id: request.id, error: serializeError(error) }),
    );
  });
}
