/** The `io` built-in's socket mode: a TCP round trip on 127.0.0.1 whose answer the server holds back for a while. */
import * as net from 'node:net';

/** Answers each connection's first chunk after `delayMs`, then closes it. Resolves with the listening server. */
export function startDelayedEchoServer(delayMs: number): Promise<net.Server> {
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.once('data', () => {
      const timer = setTimeout(() => socket.end('pong\n'), delayMs);
      socket.once('close', () => clearTimeout(timer));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export function serverPort(server: net.Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the loopback server has no TCP port');
  return address.port;
}

/** One request and its (delayed) answer; resolves with the number of bytes received. */
export function roundTrip(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let received = 0;
    const socket = net.connect({ port, host: '127.0.0.1' }, () => socket.write('ping\n'));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    socket.once('error', reject);
    socket.once('close', (hadError) => {
      if (!hadError) resolve(received);
    });
  });
}
