import { runFixTable, runRefusalTable } from './harness';

const READ = 'Use await readFile() instead of readFileSync()';

runFixTable('blocking-io-in-async', [
  {
    name: 'CommonJS: readFileSync in an async function gets a require of fs/promises in the file style',
    code: `
      const fs = require('fs');

      async function load(path) {
        const text = fs.readFileSync(path, 'utf8');
        return JSON.parse(text);
      }
      module.exports = { load };
    `,
    fix: READ,
    output: `
      const fs = require('fs');
      const { readFile } = require('fs/promises');

      async function load(path) {
        const text = await readFile(path, 'utf8');
        return JSON.parse(text);
      }
      module.exports = { load };
    `,
    safe: true,
    preferred: true,
  },
  {
    name: 'CommonJS: an existing destructured require of fs/promises is extended',
    code: `
      const fs = require('node:fs');
      const { writeFile } = require('node:fs/promises');

      async function copy(from, to) {
        await writeFile(to, fs.readFileSync(from));
      }
      module.exports = { copy };
    `,
    fix: READ,
    output: `
      const fs = require('node:fs');
      const { writeFile, readFile } = require('node:fs/promises');

      async function copy(from, to) {
        await writeFile(to, await readFile(from));
      }
      module.exports = { copy };
    `,
    safe: true,
  },
  {
    name: 'CommonJS: a module object of fs/promises already in scope is reused',
    code: `
      const fs = require('node:fs');
      const fsp = require('node:fs/promises');

      async function list(dir) {
        return fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
      }
      module.exports = { list, fsp };
    `,
    fix: 'Use await readdir() instead of readdirSync()',
    output: `
      const fs = require('node:fs');
      const fsp = require('node:fs/promises');

      async function list(dir) {
        return (await fsp.readdir(dir)).filter((name) => name.endsWith('.json'));
      }
      module.exports = { list, fsp };
    `,
  },
  {
    name: 'existsSync becomes access() that resolves to a boolean',
    code: `
      const fs = require('node:fs');

      async function ensure(dir) {
        if (!fs.existsSync(dir)) await makeIt(dir);
      }
      async function makeIt(dir) {
        return dir;
      }
      module.exports = { ensure };
    `,
    fix: 'Use await access() instead of existsSync()',
    output: `
      const fs = require('node:fs');
      const { access } = require('node:fs/promises');

      async function ensure(dir) {
        if (!(await access(dir).then(() => true, () => false))) await makeIt(dir);
      }
      async function makeIt(dir) {
        return dir;
      }
      module.exports = { ensure };
    `,
    safe: true,
  },
  {
    name: 'a name already used in the file is not shadowed: the import is aliased',
    code: `
      const fs = require('node:fs');

      function readFile(name) {
        return name.toUpperCase();
      }

      async function load(path) {
        return readFile(fs.readFileSync(path, 'utf8'));
      }
      module.exports = { load };
    `,
    fix: READ,
    output: `
      const fs = require('node:fs');
      const { readFile: readFileAsync } = require('node:fs/promises');

      function readFile(name) {
        return name.toUpperCase();
      }

      async function load(path) {
        return readFile(await readFileAsync(path, 'utf8'));
      }
      module.exports = { load };
    `,
  },
  {
    name: 'a request handler callback becomes async',
    code: `
      const fs = require('node:fs');
      const express = require('express');
      const app = express();
      app.get('/config', (req, res) => {
        res.send(fs.readFileSync('config.json', 'utf8'));
      });
    `,
    fix: READ,
    output: `
      const fs = require('node:fs');
      const express = require('express');
      const { readFile } = require('node:fs/promises');
      const app = express();
      app.get('/config', async (req, res) => {
        res.send(await readFile('config.json', 'utf8'));
      });
    `,
    safe: false,
    notes: ['now returns a promise'],
  },
  {
    name: 'a .then() callback becomes async',
    code: `
      const fs = require('node:fs');
      function save(download) {
        return download().then((body) => fs.writeFileSync('out.txt', body));
      }
      module.exports = { save };
    `,
    fix: 'Use await writeFile() instead of writeFileSync()',
    output: `
      const fs = require('node:fs');
      const { writeFile } = require('node:fs/promises');
      function save(download) {
        return download().then(async (body) => await writeFile('out.txt', body));
      }
      module.exports = { save };
    `,
    notes: ['the chain waits for it'],
  },
  {
    name: 'files without semicolons get none',
    code: `
      const fs = require('node:fs')

      async function clean(path) {
        fs.unlinkSync(path)
      }
      module.exports = { clean }
    `,
    fix: 'Use await unlink() instead of unlinkSync()',
    output: `
      const fs = require('node:fs')
      const { unlink } = require('node:fs/promises')

      async function clean(path) {
        await unlink(path)
      }
      module.exports = { clean }
    `,
  },
  {
    name: 'execSync whose output is used keeps its Buffer',
    code: `
      const { execSync } = require('node:child_process');

      async function version() {
        const out = execSync('node --version');
        return out.toString().trim();
      }
      module.exports = { version };
    `,
    fix: 'Use the promisified exec() instead of execSync()',
    output: `
      const { execSync, exec } = require('node:child_process');
      const { promisify } = require('node:util');
      const execAsync = promisify(exec);

      async function version() {
        const out = (await execAsync('node --version', { encoding: 'buffer' })).stdout;
        return out.toString().trim();
      }
      module.exports = { version };
    `,
    notes: ['stderr'],
  },
  {
    name: 'execSync with an encoding keeps it and reads stdout',
    code: `
      const cp = require('node:child_process');

      async function head(dir) {
        return cp.execSync('git rev-parse HEAD', { cwd: dir, encoding: 'utf8' }).trim();
      }
      module.exports = { head };
    `,
    fix: 'Use the promisified exec() instead of execSync()',
    output: `
      const cp = require('node:child_process');
      const { promisify } = require('node:util');
      const execAsync = promisify(cp.exec);

      async function head(dir) {
        return (await execAsync('git rev-parse HEAD', { cwd: dir, encoding: 'utf8' })).stdout.trim();
      }
      module.exports = { head };
    `,
  },
  {
    name: 'execFileSync as a statement',
    code: `
      const { execFileSync } = require('node:child_process');

      async function tag(name) {
        execFileSync('git', ['tag', name]);
      }
      module.exports = { tag };
    `,
    fix: 'Use the promisified execFile() instead of execFileSync()',
    output: `
      const { execFileSync, execFile } = require('node:child_process');
      const { promisify } = require('node:util');
      const execFileAsync = promisify(execFile);

      async function tag(name) {
        await execFileAsync('git', ['tag', name]);
      }
      module.exports = { tag };
    `,
  },
  {
    name: 'ESM: a new import goes after the imports, in the file quotes',
    file: 'example.mjs',
    code: `
      import fs from "node:fs";
      import path from "node:path";

      export async function load(dir) {
        return fs.readFileSync(path.join(dir, "a.json"), "utf8");
      }
    `,
    fix: READ,
    output: `
      import fs from "node:fs";
      import path from "node:path";
      import { readFile } from "node:fs/promises";

      export async function load(dir) {
        return await readFile(path.join(dir, "a.json"), "utf8");
      }
    `,
    safe: true,
  },
  {
    name: 'ESM: a namespace import of fs/promises is reused',
    file: 'example.mjs',
    code: `
      import { statSync } from 'fs';
      import * as fsp from 'fs/promises';

      export async function size(file) {
        await fsp.access(file);
        return statSync(file).size;
      }
    `,
    fix: 'Use await stat() instead of statSync()',
    output: `
      import { statSync } from 'fs';
      import * as fsp from 'fs/promises';

      export async function size(file) {
        await fsp.access(file);
        return (await fsp.stat(file)).size;
      }
    `,
  },
  {
    name: 'ESM: an existing named import of fs/promises is extended',
    file: 'example.mjs',
    code: `
      import { mkdirSync } from 'node:fs';
      import { writeFile } from 'node:fs/promises';

      export async function save(dir, text) {
        mkdirSync(dir, { recursive: true });
        await writeFile(dir + '/out.txt', text);
      }
    `,
    fix: 'Use await mkdir() instead of mkdirSync()',
    output: `
      import { mkdirSync } from 'node:fs';
      import { writeFile, mkdir } from 'node:fs/promises';

      export async function save(dir, text) {
        await mkdir(dir, { recursive: true });
        await writeFile(dir + '/out.txt', text);
      }
    `,
  },
  {
    name: 'TypeScript: an async method',
    file: 'store.ts',
    code: `
      import * as fs from 'node:fs';

      export class Store {
        constructor(private readonly file: string) {}

        async read(): Promise<string[]> {
          return fs.readFileSync(this.file, 'utf8').split('\\n');
        }
      }
    `,
    fix: READ,
    output: `
      import * as fs from 'node:fs';
      import { readFile } from 'node:fs/promises';

      export class Store {
        constructor(private readonly file: string) {}

        async read(): Promise<string[]> {
          return (await readFile(this.file, 'utf8')).split('\\n');
        }
      }
    `,
    safe: true,
  },
  {
    name: 'TypeScript: a file that requires and exports gets an import after its requires',
    file: 'tool.ts',
    code: `
      // Copies a file.
      const fs = require('fs');

      export async function copy(from: string, to: string): Promise<void> {
        fs.copyFileSync(from, to);
      }
    `,
    fix: 'Use await copyFile() instead of copyFileSync()',
    output: `
      // Copies a file.
      const fs = require('fs');
      import { copyFile } from 'fs/promises';

      export async function copy(from: string, to: string): Promise<void> {
        await copyFile(from, to);
      }
    `,
  },
  {
    name: 'a blocking helper of the same file becomes async and is awaited by its caller',
    code: `
      const fs = require('node:fs');

      function readSettings() {
        return JSON.parse(fs.readFileSync(__dirname + '/settings.json', 'utf8'));
      }

      async function handle(req, res) {
        const settings = readSettings();
        res.end(settings.name);
      }
      module.exports = { handle };
    `,
    fix: 'Make readSettings async and use non-blocking I/O inside it',
    output: `
      const fs = require('node:fs');
      const { readFile } = require('node:fs/promises');

      async function readSettings() {
        return JSON.parse(await readFile(__dirname + '/settings.json', 'utf8'));
      }

      async function handle(req, res) {
        const settings = await readSettings();
        res.end(settings.name);
      }
      module.exports = { handle };
    `,
    notes: ['line 8'],
  },
  {
    name: 'a sleep through Atomics.wait becomes a timer',
    file: 'example.mjs',
    code: `
      export async function pause(ms) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      }
    `,
    fix: 'Wait with await setTimeout() from timers/promises',
    output: `
      import { setTimeout } from 'node:timers/promises';

      export async function pause(ms) {
        await setTimeout(ms);
      }
    `,
  },
]);

runRefusalTable('blocking-io-in-async', [
  {
    name: 'statSync with throwIfNoEntry has no fs/promises equivalent',
    code: `
      const fs = require('node:fs');
      async function size(p) {
        return fs.statSync(p, { throwIfNoEntry: false })?.size ?? 0;
      }
      module.exports = { size };
    `,
    title: 'Use await stat() instead of statSync()',
    reason: /throwIfNoEntry/,
  },
  {
    name: 'openSync returns a descriptor, not a FileHandle',
    code: `
      const fs = require('node:fs');
      async function open(p) {
        return fs.openSync(p, 'r');
      }
      module.exports = { open };
    `,
    title: 'Use await open() instead of openSync()',
    reason: /no automatic rewrite for fs\.openSync/,
  },
  {
    name: 'inside a forEach callback the call cannot be awaited',
    code: `
      const fs = require('node:fs');
      async function clean(files) {
        files.forEach((file) => fs.unlinkSync(file));
      }
      module.exports = { clean };
    `,
    title: 'Use await unlink() instead of unlinkSync()',
    reason: /forEach\(\) callback/,
  },
  {
    name: 'a promise executor must stay synchronous',
    code: `
      const fs = require('node:fs');
      function load(p) {
        return new Promise((resolve) => resolve(fs.readFileSync(p, 'utf8')));
      }
      module.exports = { load };
    `,
    title: READ,
    reason: /promise executor/,
  },
  {
    name: 'exec has no stdio option',
    code: `
      const { execSync } = require('node:child_process');
      async function build() {
        execSync('make', { stdio: 'inherit' });
      }
      module.exports = { build };
    `,
    title: 'Use the promisified exec() instead of execSync()',
    reason: /no `stdio` option/,
  },
  {
    name: 'options that are not a literal cannot be checked',
    code: `
      const { execSync } = require('node:child_process');
      async function build(options) {
        return execSync('make', options);
      }
      module.exports = { build };
    `,
    title: 'Use the promisified exec() instead of execSync()',
    reason: /not an object literal/,
  },
  {
    name: 'a method guessed from its name only is not rewritten',
    code: `
      async function load(options, p) {
        return options.fs.readFileSync(p);
      }
      module.exports = { load };
    `,
    title: READ,
    reason: /only assumed/,
  },
  {
    name: 'a helper in another file is fixed there',
    code: `
      const { readConfig } = require('./config');
      async function handle(req, res) {
        res.end(readConfig().name);
      }
      module.exports = { handle };
    `,
    files: {
      'config.js': `
        const fs = require('node:fs');
        function readConfig() {
          return JSON.parse(fs.readFileSync('config.json', 'utf8'));
        }
        module.exports = { readConfig };
      `,
    },
    title: "Make readConfig async and use non-blocking I/O inside it",
    reason: /in config\.js: apply the fix there/,
  },
  {
    name: 'a helper whose value another caller uses synchronously stays synchronous',
    code: `
      const fs = require('node:fs');
      function readConfig() {
        return JSON.parse(fs.readFileSync('config.json', 'utf8'));
      }
      function port() {
        return readConfig().port;
      }
      async function handle(req, res) {
        res.end(readConfig().name);
      }
      module.exports = { handle, port };
    `,
    title: 'Make readConfig async and use non-blocking I/O inside it',
    reason: /line 6: port uses the value of readConfig\(\) synchronously/,
  },
  {
    name: 'an exported helper that returns a value',
    code: `
      const fs = require('node:fs');
      function readConfig() {
        return JSON.parse(fs.readFileSync('config.json', 'utf8'));
      }
      async function handle(req, res) {
        res.end(readConfig().name);
      }
      module.exports = { handle, readConfig };
    `,
    title: 'Make readConfig async and use non-blocking I/O inside it',
    reason: /returns a value and it is exported/,
  },
  {
    name: 'a parameter default cannot await',
    code: `
      const fs = require('node:fs');
      async function load(text = fs.readFileSync('default.txt', 'utf8')) {
        return text;
      }
      module.exports = { load };
    `,
    title: READ,
    reason: /parameter default/,
  },
  {
    // Found on the benchmark corpus (eslint/lib/cli.js: `new ESLint(...)` in an async function): the fixes looked
    // for a call expression only and answered that the diagnostic did not match the text.
    name: 'new X() whose constructor blocks: a constructor cannot become async',
    code: `
      const fs = require('node:fs');
      class Config {
        constructor(p) {
          this.text = fs.readFileSync(p, 'utf8');
        }
      }
      async function load(p) {
        return new Config(p);
      }
      module.exports = { load };
    `,
    title: 'Use non-blocking I/O when creating Config',
    reason: /constructor of Config, which cannot be async/,
  },
  {
    name: 'new X() whose constructor in another file blocks',
    code: `
      const { Config } = require('./config');
      async function load(p) {
        return new Config(p);
      }
      module.exports = { load };
    `,
    files: {
      'config.js': `
        const fs = require('node:fs');
        class Config {
          constructor(p) {
            this.text = fs.readFileSync(p, 'utf8');
          }
        }
        module.exports = { Config };
      `,
    },
    title: 'Use non-blocking I/O when creating Config',
    reason: /constructor of Config \(config\.js\), which cannot be async/,
  },
]);
