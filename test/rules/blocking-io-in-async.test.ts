import { runRuleTests } from './rule-tester';

runRuleTests('blocking-io-in-async', {
  valid: [
    {
      name: 'async function using fs/promises',
      code: `
        import { readFile } from 'node:fs/promises';
        export async function load(path: string) {
          return JSON.parse(await readFile(path, 'utf8'));
        }
      `,
    },
    {
      name: 'callback form of fs inside a request handler',
      code: `
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/hosts', (req, res) => {
          fs.readFile('/etc/hosts', (err, data) => res.send(data));
        });
      `,
    },
    {
      name: 'promise executor wrapping the callback API',
      code: `
        import fs from 'fs';
        export function read(path: string) {
          return new Promise((resolve, reject) => {
            fs.readFile(path, (err, data) => (err ? reject(err) : resolve(data)));
          });
        }
      `,
    },
    // n/no-sync false positives
    {
      name: "n/no-sync: Effect.runSync from 'effect' is not file I/O",
      code: `
        import { Effect } from 'effect';
        export async function compute() {
          return Effect.runSync(Effect.succeed(42));
        }
      `,
    },
    {
      name: 'n/no-sync: a method that merely ends in Sync on an unknown object',
      code: `
        export async function save(store: { commitSync(): void }) {
          store.commitSync();
        }
      `,
    },
    {
      name: 'n/no-sync: sync I/O at module top level runs once at start-up',
      code: `
        const fs = require('fs');
        const config = JSON.parse(fs.readFileSync('config.json', 'utf8'));
        if (!fs.existsSync('cache')) fs.mkdirSync('cache');
        module.exports = config;
      `,
    },
    {
      name: 'n/no-sync: sync I/O in a plain synchronous CLI script with a shebang',
      code: `
        #!/usr/bin/env node
        const fs = require('fs');
        function main(argv) {
          const text = fs.readFileSync(argv[2], 'utf8');
          fs.writeFileSync(argv[3], text.toUpperCase());
        }
        main(process.argv);
      `,
    },
    {
      name: 'CLI script detected by require.main === module',
      code: `
        const fs = require('fs');
        async function main() {
          fs.writeFileSync('out.txt', 'done');
        }
        if (require.main === module) main();
      `,
    },
    {
      name: 'sync I/O in a synchronous function that no event-loop context calls',
      code: `
        import { readFileSync } from 'fs';
        export function loadTemplate(name: string) {
          return readFileSync(name, 'utf8');
        }
        const template = loadTemplate('index.html');
      `,
    },
    {
      name: 'a local function named readFileSync is not fs',
      code: `
        function readFileSync(key: string) {
          return key.toUpperCase();
        }
        export async function handler(key: string) {
          return readFileSync(key);
        }
      `,
    },
    {
      name: 'sync crypto and JSON work is not I/O',
      code: `
        import { randomUUID } from 'crypto';
        export async function makeId(input: string) {
          return JSON.stringify({ id: randomUUID(), input });
        }
      `,
    },
    // Deliberate gap: a synchronous callback handed to an API the analyzer does not know (a job queue here) is not
    // known to run on the event loop, so its blocking calls are not reported.
    {
      name: 'gap: synchronous callback of an unknown API',
      code: `
        const fs = require('fs');
        queue.process((job) => fs.readFileSync(job.path));
      `,
    },
  ],
  invalid: [
    {
      name: 'sync read in middleware, which runs per request',
      code: `
        const fs = require('fs');
        function mount(app) {
          app.use((req, res, next) => { res.locals.banner = fs.readFileSync('banner.txt', 'utf8'); next(); });
        }
      `,
      errors: [{ line: 3, column: 53, messageIncludes: 'fs.readFileSync blocks the event loop in middleware' }],
    },
    {
      name: 'direct sync read in an async function',
      code: `
        import { readFileSync } from 'fs';
        async function load(path) {
          return readFileSync(path, 'utf8');
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: "fs.readFileSync blocks the event loop in async function 'load'" }],
    },
    {
      name: 'execSync in an async method',
      code: `
        import { execSync } from 'child_process';
        export class Git {
          async head() {
            return execSync('git rev-parse HEAD').toString().trim();
          }
        }
      `,
      errors: [{ line: 4, column: 12, messageIncludes: 'child_process.execSync' }],
    },
    {
      name: 'request handler',
      code: `
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/x', (req, res) => {
          res.send(fs.readFileSync('/etc/hosts'));
        });
      `,
      errors: [{ line: 5, column: 12, messageIncludes: 'request handler for GET /x' }],
    },
    {
      name: 'async request handler is named as a request handler',
      code: `
        import express from 'express';
        import fs from 'node:fs';
        const app = express();
        app.post('/upload', async (req, res) => {
          fs.writeFileSync('upload.bin', req.body);
          res.sendStatus(204);
        });
      `,
      errors: [{ line: 5, column: 3, messageIncludes: 'fs.writeFileSync blocks the event loop in request handler for POST /upload' }],
    },
    {
      name: 'http.createServer callback',
      code: `
        const http = require('http');
        const fs = require('fs');
        http.createServer((req, res) => {
          res.end(fs.readFileSync('index.html'));
        }).listen(8080);
      `,
      errors: [{ line: 4, column: 11, messageIncludes: 'server request callback' }],
    },
    {
      name: 'event handler',
      code: `
        const fs = require('fs');
        process.on('message', (message) => {
          fs.writeFileSync('/tmp/last-message', String(message));
        });
      `,
      errors: [{ line: 3, column: 3, messageIncludes: "handler for 'message' events" }],
    },
    {
      name: 'promise executor',
      code: `
        const fs = require('fs');
        function read(path) {
          return new Promise((resolve) => {
            resolve(fs.readFileSync(path));
          });
        }
      `,
      errors: [{ line: 4, column: 13, messageIncludes: 'promise executor' }],
    },
    {
      name: '.then callback',
      code: `
        import fs from 'fs';
        export function next(job: Promise<string>) {
          return job.then((path) => fs.statSync(path).size);
        }
      `,
      errors: [{ line: 3, column: 29, messageIncludes: '.then() callback' }],
    },
    {
      name: 'timer callback',
      code: `
        const fs = require('fs');
        setTimeout(() => {
          fs.appendFileSync('/tmp/heartbeat', Date.now() + '\\n');
        }, 1000);
      `,
      errors: [{ line: 3, column: 3, messageIncludes: 'setTimeout callback' }],
    },
    {
      name: 'inside an inline array callback of an async function',
      code: `
        import fs from 'fs';
        export async function sizes(paths: string[]) {
          return paths.map((p) => fs.statSync(p).size);
        }
      `,
      errors: [{ line: 3, column: 27 }],
    },
    {
      name: 'sync I/O reached through a helper function in the same file',
      code: `
        const fs = require('fs');
        function readConfig() {
          return JSON.parse(fs.readFileSync('config.json', 'utf8'));
        }
        async function main() {
          const config = readConfig();
          return config;
        }
      `,
      errors: [{ line: 6, column: 18, messageIncludes: 'readConfig() does blocking I/O' }],
    },
    {
      name: 'sync I/O two helpers deep, reported once per callee',
      code: `
        import { readdirSync } from 'fs';
        function list(dir: string) {
          return readdirSync(dir);
        }
        function count(dir: string) {
          return list(dir).length;
        }
        export async function report(dir: string) {
          const a = count(dir);
          const b = count(dir + '/sub');
          return a + b;
        }
      `,
      errors: [{ line: 9, column: 13, messageIncludes: 'fs.readdirSync' }],
    },
    // Alias forms
    {
      name: "alias: require('fs').readFileSync",
      code: `
        async function f() {
          return require('fs').readFileSync('x');
        }
      `,
      errors: [{ line: 2, column: 10, messageIncludes: 'fs.readFileSync' }],
    },
    {
      name: 'alias: destructured { readFileSync } from require',
      code: `
        const { readFileSync } = require('fs');
        async function f() {
          return readFileSync('x');
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'fs.readFileSync' }],
    },
    {
      name: "alias: import * as fs from 'node:fs'",
      code: `
        import * as fs from 'node:fs';
        async function f() {
          return fs.readFileSync('x');
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'fs.readFileSync' }],
    },
    {
      name: "alias: import fs from 'fs'",
      code: `
        import fs from 'fs';
        async function f() {
          return fs.readFileSync('x');
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'fs.readFileSync' }],
    },
    {
      name: 'alias: const f = fs.readFileSync; f()',
      code: `
        import fs from 'fs';
        const read = fs.readFileSync;
        async function f() {
          return read('x');
        }
      `,
      errors: [{ line: 4, column: 10, messageIncludes: 'fs.readFileSync' }],
    },
    {
      name: 'alias: renamed named import',
      code: `
        import { writeFileSync as write } from 'node:fs';
        export const save = async (text: string) => {
          write('out.txt', text);
        };
      `,
      errors: [{ line: 3, column: 3, messageIncludes: 'fs.writeFileSync' }],
    },
    {
      name: 'two blocking calls in one async function',
      code: `
        import fs from 'fs';
        export async function copy(from: string, to: string) {
          const data = fs.readFileSync(from);
          fs.writeFileSync(to, data);
        }
      `,
      errors: [
        { line: 3, column: 16, messageIncludes: 'fs.readFileSync' },
        { line: 4, column: 3, messageIncludes: 'fs.writeFileSync' },
      ],
    },
  ],
});
