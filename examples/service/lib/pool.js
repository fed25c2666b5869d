// Worker-thread use: one pool for the process, a new worker per job is the mistake shown below.
const { Worker } = require('node:worker_threads');
const path = require('node:path');

const WORKER_FILE = path.join(__dirname, '..', 'workers', 'primes.js');

function runPrimeJob(limit) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { limit } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function runManyJobs(limits) {
  const results = [];
  for (const limit of limits) {
    const worker = new Worker(WORKER_FILE, { workerData: { limit } });
    results.push(new Promise((resolve) => worker.once('message', resolve)));
  }
  return Promise.all(results);
}

module.exports = { runPrimeJob, runManyJobs };
