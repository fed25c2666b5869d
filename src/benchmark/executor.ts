/** The task loop of a pool member (worker thread or child process): answers the host's requests by id. */
import { serializeError } from './errors';
import type { ExecutorRequest, ExecutorResponse, ProcessUsage } from './protocol';
import { TaskRuntime } from './task-runtime';

export interface ExecutorChannel {
  send(message: ExecutorResponse): void;
  onMessage(handler: (message: ExecutorRequest) => void): void;
}

export function processUsage(): ProcessUsage {
  const cpu = process.cpuUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS };
}

export function runExecutor(channel: ExecutorChannel): void {
  let runtime: TaskRuntime | undefined;

  const loaded = (): TaskRuntime => {
    if (!runtime) throw new Error('the workload is not loaded');
    return runtime;
  };

  const handle = async (request: ExecutorRequest): Promise<ExecutorResponse> => {
    switch (request.type) {
      case 'init':
        runtime = TaskRuntime.load(request.workload);
        return { type: 'ready', id: request.id };
      case 'prepare':
        loaded().prepare(request.count);
        return { type: 'prepared', id: request.id, usage: processUsage() };
      case 'run': {
        const values = await loaded().run(request.count, request.concurrent);
        return { type: 'done', id: request.id, value: request.count === 1 ? values[0] : values };
      }
      case 'usage':
        return { type: 'usage', id: request.id, usage: processUsage() };
    }
  };

  channel.onMessage((request) => {
    handle(request).then(
      (response) => sendResult(channel, response),
      (error: unknown) => channel.send({ type: 'failed', id: request.id, error: serializeError(error) }),
    );
  });
}

/** Results go back like a real pool's would; a result that cannot be cloned (e.g. a function) is replaced by its type. */
function sendResult(channel: ExecutorChannel, response: ExecutorResponse): void {
  try {
    channel.send(response);
  } catch (error) {
    if (response.type !== 'done') throw error;
    channel.send({ ...response, value: `[uncloneable ${typeof response.value}]` });
  }
}
