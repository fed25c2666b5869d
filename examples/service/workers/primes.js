// Runs in a worker thread: blocking here does not stall the server.
const { parentPort, workerData } = require('node:worker_threads');

function countPrimes(limit) {
  const sieve = new Uint8Array(limit + 1);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (sieve[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) sieve[j] = 1;
  }
  return count;
}

parentPort.postMessage(countPrimes(workerData.limit));
