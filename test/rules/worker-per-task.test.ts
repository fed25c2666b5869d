import { runRuleTests } from './rule-tester';

runRuleTests('worker-per-task', {
  valid: [
    {
      name: 'a pool of fixed size created once at module level',
      code: `
        const { Worker } = require('worker_threads');
        const workers = [];
        for (let i = 0; i < 4; i++) workers.push(new Worker('./worker.js'));
        module.exports = workers;
      `,
    },
    {
      name: 'a pool sized by the CPU count',
      code: `
        import { Worker } from 'node:worker_threads';
        import os from 'node:os';
        export const pool: Worker[] = [];
        for (let i = 0; i < os.cpus().length; i++) pool.push(new Worker('./worker.js'));
        for (let i = 0; i < os.availableParallelism(); i++) pool.push(new Worker('./worker.js'));
      `,
    },
    {
      name: 'a pool sized by a parameter',
      code: `
        import { Worker } from 'node:worker_threads';
        export function createPool(size: number) {
          const workers: Worker[] = [];
          for (let i = 0; i < size; i++) workers.push(new Worker('./worker.js'));
          return workers;
        }
      `,
    },
    {
      name: 'one worker at module level',
      code: `
        const { Worker } = require('worker_threads');
        const worker = new Worker('./worker.js');
        module.exports = (task) => worker.postMessage(task);
      `,
    },
    {
      name: 'piscina pool created once and used per request',
      code: `
        const Piscina = require('piscina');
        const express = require('express');
        const pool = new Piscina({ filename: __dirname + '/worker.js' });
        const app = express();
        app.post('/hash', async (req, res) => {
          res.send(await pool.run(req.body));
        });
      `,
    },
    {
      name: 'cluster.fork per CPU is how cluster works',
      code: `
        const cluster = require('cluster');
        const os = require('os');
        if (cluster.isPrimary) {
          for (const _ of os.cpus()) cluster.fork();
        }
      `,
    },
    {
      name: 'spawning other programs per file is not a JavaScript worker',
      code: `
        const { spawn } = require('child_process');
        function convertAll(files) {
          for (const f of files) spawn('convert', [f, f + '.png']);
        }
      `,
    },
    {
      name: 'restarting a crashed worker',
      code: `
        const { Worker } = require('worker_threads');
        function start() {
          const worker = new Worker('./worker.js');
          worker.on('exit', start);
        }
        start();
      `,
    },
  ],
  invalid: [
    {
      name: 'new Worker in a for...of loop',
      code: `
        const { Worker } = require('worker_threads');
        function runAll(items) {
          for (const item of items) {
            new Worker('./worker.js', { workerData: item });
          }
        }
      `,
      errors: [{ line: 4, column: 5, messageIncludes: 'new Worker is started inside for...of over items' }],
    },
    {
      name: 'new Worker per element in map',
      code: `
        const { Worker } = require('worker_threads');
        function runAll(items) {
          return items.map((item) => new Worker('./worker.js', { workerData: item }));
        }
      `,
      errors: [{ line: 3, column: 30, messageIncludes: 'inside map over items' }],
    },
    {
      name: 'new Worker in an indexed loop over a collection',
      code: `
        import { Worker } from 'node:worker_threads';
        export function runAll(items: unknown[]) {
          for (let i = 0; i < items.length; i++) new Worker('./worker.js', { workerData: items[i] });
        }
      `,
      errors: [{ line: 3, column: 42 }],
    },
    {
      name: 'new Worker inside a promise executor, once per loop iteration',
      code: `
        import { Worker } from 'node:worker_threads';
        export async function runEach(jobs: unknown[]) {
          for (const job of jobs) {
            await new Promise((resolve) => new Worker('./worker.js', { workerData: job }).once('exit', resolve));
          }
        }
      `,
      errors: [{ line: 4, column: 36, messageIncludes: 'inside for...of over jobs' }],
    },
    {
      name: 'new Worker in a request handler',
      code: `
        const { Worker } = require('worker_threads');
        const app = require('express')();
        app.post('/hash', (req, res) => {
          const worker = new Worker('./hash.js', { workerData: req.body });
          worker.on('message', (m) => res.send(m));
        });
      `,
      errors: [{ line: 4, column: 18, messageIncludes: 'new Worker is started for every request' }],
    },
    {
      name: 'new Worker in a helper called from an async request handler',
      code: `
        const { Worker } = require('worker_threads');
        const app = require('express')();
        function runTask(data) {
          return new Promise((resolve, reject) => {
            const worker = new Worker('./task.js', { workerData: data });
            worker.once('message', resolve);
            worker.once('error', reject);
          });
        }
        app.post('/task', async (req, res) => {
          res.send(await runTask(req.body));
        });
      `,
      errors: [{ line: 5, column: 20, messageIncludes: 'for every request (through runTask())' }],
    },
    {
      name: 'fork in a server request callback',
      code: `
        const { fork } = require('child_process');
        const http = require('http');
        http.createServer((req, res) => {
          const child = fork('./task.js');
          child.on('message', (m) => res.end(String(m)));
        }).listen(3000);
      `,
      errors: [{ line: 4, column: 17, messageIncludes: 'fork is started for every request' }],
    },
    {
      name: 'fork in a loop at module level',
      code: `
        const cp = require('child_process');
        const files = process.argv.slice(2);
        for (const file of files) cp.fork('./task.js', [file]);
      `,
      errors: [{ line: 3, column: 27, messageIncludes: 'fork is started inside for...of over files' }],
    },
    {
      name: "spawn('node') and spawn(process.execPath) in a loop",
      code: `
        const { spawn } = require('child_process');
        function runAll(files) {
          for (const f of files) spawn('node', ['task.js', f]);
          for (const f of files) spawn(process.execPath, ['task.js', f]);
        }
      `,
      errors: [
        { line: 3, column: 26, messageIncludes: 'spawn node' },
        { line: 4, column: 26, messageIncludes: 'spawn node' },
      ],
    },
  ],
});
