import { runFixTable, runRefusalTable } from './harness';

const FOR_OF = 'Use for...of with await (one at a time)';
const ALL = 'Use await Promise.all(items.map(...)) (all at once)';

runFixTable('async-foreach', [
  {
    name: 'CommonJS: the callback body becomes the loop body',
    code: `
      async function notifyAll(subscribers, message) {
        subscribers.forEach(async (subscriber) => {
          await fetch(subscriber.url, { method: 'POST', body: message });
        });
      }
      module.exports = { notifyAll };
    `,
    fix: FOR_OF,
    output: `
      async function notifyAll(subscribers, message) {
        for (const subscriber of subscribers) {
          await fetch(subscriber.url, { method: 'POST', body: message });
        }
      }
      module.exports = { notifyAll };
    `,
    preferred: true,
    safe: false,
  },
  {
    name: 'an index parameter reads entries()',
    file: 'example.mjs',
    code: `
      export async function upload(files, put) {
        files.forEach(async (file, i) => {
          await put(\`part-\${i}\`, file);
        });
      }
    `,
    fix: FOR_OF,
    output: `
      export async function upload(files, put) {
        for (const [i, file] of files.entries()) {
          await put(\`part-\${i}\`, file);
        }
      }
    `,
  },
  {
    name: 'return ends one iteration: continue',
    code: `
      async function saveAll(rows, db) {
        rows.forEach(async (row) => {
          if (!row.dirty) return;
          await db.save(row);
        });
      }
      module.exports = { saveAll };
    `,
    fix: FOR_OF,
    output: `
      async function saveAll(rows, db) {
        for (const row of rows) {
          if (!row.dirty) continue;
          await db.save(row);
        }
      }
      module.exports = { saveAll };
    `,
  },
  {
    name: 'an expression body is awaited',
    code: `
      async function warm(keys, cache) {
        keys.forEach(async (key) => cache.load(key));
      }
      module.exports = { warm };
    `,
    fix: FOR_OF,
    output: `
      async function warm(keys, cache) {
        for (const key of keys) {
          await cache.load(key);
        }
      }
      module.exports = { warm };
    `,
  },
  {
    name: 'a parameter that the body reassigns makes the loop variable let',
    code: `
      async function log(lines, write) {
        lines.forEach(async (line) => {
          line = line.trim();
          await write(line);
        });
      }
      module.exports = { log };
    `,
    fix: FOR_OF,
    output: `
      async function log(lines, write) {
        for (let line of lines) {
          line = line.trim();
          await write(line);
        }
      }
      module.exports = { log };
    `,
  },
  {
    name: 'a synchronous enclosing function becomes async and its async caller awaits it',
    code: `
      function notify(users, mail) {
        users.forEach(async (user) => {
          await mail(user);
        });
      }

      async function nightly(users, mail) {
        notify(users, mail);
      }
      module.exports = { nightly };
    `,
    fix: FOR_OF,
    output: `
      async function notify(users, mail) {
        for (const user of users) {
          await mail(user);
        }
      }

      async function nightly(users, mail) {
        await notify(users, mail);
      }
      module.exports = { nightly };
    `,
    notes: ['line 8'],
  },
  {
    name: 'TypeScript: the parameter annotation is dropped',
    file: 'notify.ts',
    code: `
      export async function notify(users: string[], mail: (to: string) => Promise<void>): Promise<void> {
        users.forEach(async (user: string) => {
          await mail(user);
        });
      }
    `,
    fix: FOR_OF,
    output: `
      export async function notify(users: string[], mail: (to: string) => Promise<void>): Promise<void> {
        for (const user of users) {
          await mail(user);
        }
      }
    `,
    notes: ['annotation was dropped'],
  },
  {
    name: 'TypeScript: Promise.all over a known array',
    file: 'notify.ts',
    code: `
      export async function notify(users: string[], mail: (to: string) => Promise<void>): Promise<void> {
        users.forEach(async (user) => {
          await mail(user);
        });
      }
    `,
    fix: ALL,
    output: `
      export async function notify(users: string[], mail: (to: string) => Promise<void>): Promise<void> {
        await Promise.all(users.map(async (user) => {
          await mail(user);
        }));
      }
    `,
    preferred: false,
  },
  {
    name: 'ESM: at the top level of a module',
    file: 'example.mjs',
    code: `
      import { readdir, rm } from 'node:fs/promises';

      const names = await readdir('tmp');
      names.forEach(async (name) => {
        await rm(\`tmp/\${name}\`);
      });
    `,
    fix: ALL,
    output: `
      import { readdir, rm } from 'node:fs/promises';

      const names = await readdir('tmp');
      await Promise.all(names.map(async (name) => {
        await rm(\`tmp/\${name}\`);
      }));
    `,
  },
  {
    name: 'TypeScript: an async function passed by name',
    file: 'handle.ts',
    code: `
      async function handle(item: string) {
        await fetch(item);
      }
      export function handleAll(items: string[]) {
        items.forEach(handle);
      }
    `,
    fix: FOR_OF,
    output: `
      async function handle(item: string) {
        await fetch(item);
      }
      export async function handleAll(items: string[]) {
        for (const item of items) {
          await handle(item);
        }
      }
    `,
    notes: ['handleAll is exported'],
  },
  {
    name: 'a function passed by name that takes the index too',
    code: `
      const save = async (row, position) => {
        await fetch('/rows/' + position, { method: 'PUT', body: row });
      };
      async function saveAll(rows) {
        rows.forEach(save);
      }
      module.exports = { saveAll };
    `,
    fix: FOR_OF,
    output: `
      const save = async (row, position) => {
        await fetch('/rows/' + position, { method: 'PUT', body: row });
      };
      async function saveAll(rows) {
        for (const [index, row] of rows.entries()) {
          await save(row, index);
        }
      }
      module.exports = { saveAll };
    `,
  },
  {
    name: 'a function passed by name: Promise.all keeps the arguments map() passes',
    file: 'handle.ts',
    code: `
      async function handle(item: string) {
        await fetch(item);
      }
      export async function handleAll(items: string[]) {
        items.forEach(handle);
      }
    `,
    fix: ALL,
    output: `
      async function handle(item: string) {
        await fetch(item);
      }
      export async function handleAll(items: string[]) {
        await Promise.all(items.map(handle));
      }
    `,
  },
]);

runRefusalTable('async-foreach', [
  {
    name: 'a method passed unbound that uses this',
    file: 'queue.ts',
    code: `
      export class Queue {
        private base = 'https://x.example/';
        async handle(url: string) {
          await fetch(this.base + url);
        }
        async run(urls: string[]) {
          urls.forEach(this.handle);
        }
      }
    `,
    title: FOR_OF,
    reason: /passed unbound/,
  },
  {
    name: 'the value of forEach is used',
    code: `
      async function run(items, handle) {
        return items.forEach(async (item) => {
          await handle(item);
        });
      }
      module.exports = { run };
    `,
    title: FOR_OF,
    reason: /value of forEach\(\) is used/,
  },
  {
    name: 'a this argument',
    code: `
      async function run(items, handler) {
        items.forEach(async function (item) {
          await this.handle(item);
        }, handler);
      }
      module.exports = { run };
    `,
    title: FOR_OF,
    reason: /`this` argument/,
  },
  {
    name: 'a callback that returns a value',
    code: `
      async function run(items, handle) {
        items.forEach(async (item) => {
          if (!item) return false;
          await handle(item);
        });
      }
      module.exports = { run };
    `,
    title: FOR_OF,
    reason: /returns a value/,
  },
  {
    name: 'Promise.all needs an array',
    code: `
      async function run(items, handle) {
        items.forEach(async (item) => {
          await handle(item);
        });
      }
      module.exports = { run };
    `,
    title: ALL,
    reason: /not known to be an array/,
  },
  {
    name: 'a constructor cannot become async',
    code: `
      class Loader {
        constructor(urls) {
          urls.forEach(async (url) => {
            await fetch(url);
          });
        }
      }
      module.exports = { Loader };
    `,
    title: FOR_OF,
    reason: /constructor/,
  },
]);
