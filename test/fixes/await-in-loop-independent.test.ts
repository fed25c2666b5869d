import { runFixTable, runRefusalTable } from './harness';

const ALL = 'Run the iterations together with Promise.all';
const LIMITED = 'Run the iterations together, at most 8 at a time';

const COLLECT_SIZES = `
  import { readdir, stat } from 'node:fs/promises';
  import * as path from 'node:path';

  interface FileInfo {
    name: string;
    size: number;
  }

  export async function collectSizes(dir: string): Promise<FileInfo[]> {
    const names = await readdir(dir);
    const infos: FileInfo[] = [];
    for (const name of names) {
      const info = await stat(path.join(dir, name));
      infos.push({ name, size: info.size });
    }
    return infos;
  }
`;

runFixTable('await-in-loop-independent', [
  {
    name: 'TypeScript: an ordered push becomes the mapped result, keeping the annotation',
    file: 'sizes.ts',
    code: COLLECT_SIZES,
    fix: ALL,
    output: `
      import { readdir, stat } from 'node:fs/promises';
      import * as path from 'node:path';

      interface FileInfo {
        name: string;
        size: number;
      }

      export async function collectSizes(dir: string): Promise<FileInfo[]> {
        const names = await readdir(dir);
        const infos: FileInfo[] = await Promise.all(names.map(async (name) => {
          const info = await stat(path.join(dir, name));
          return { name, size: info.size };
        }));
        return infos;
      }
    `,
    preferred: true,
    safe: false,
  },
  {
    name: 'TypeScript: the limited variant fills the array by position',
    file: 'sizes.ts',
    code: COLLECT_SIZES,
    fix: LIMITED,
    output: `
      import { readdir, stat } from 'node:fs/promises';
      import * as path from 'node:path';

      interface FileInfo {
        name: string;
        size: number;
      }

      export async function collectSizes(dir: string): Promise<FileInfo[]> {
        const names = await readdir(dir);
        const infos: FileInfo[] = [];
        let next = 0;
        await Promise.all(Array.from({ length: Math.min(8, names.length) }, async () => {
          while (next < names.length) {
            const index = next++;
            const name = names[index];
            const info = await stat(path.join(dir, name));
            infos[index] = { name, size: info.size };
          }
        }));
        return infos;
      }
    `,
    preferred: false,
  },
  {
    name: 'CommonJS: an iterable not known to be an array goes through Array.from',
    code: `
      async function notifyAll(users, deliver) {
        for (const user of users) {
          await deliver(user.email);
          console.log('sent', user.id);
        }
      }
      module.exports = { notifyAll };
    `,
    fix: ALL,
    output: `
      async function notifyAll(users, deliver) {
        await Promise.all(Array.from(users, async (user) => {
          await deliver(user.email);
          console.log('sent', user.id);
        }));
      }
      module.exports = { notifyAll };
    `,
    notes: ['Array.from'],
  },
  {
    name: 'a destructured loop variable over Object.entries',
    file: 'example.mjs',
    code: `
      export async function probeAll(sites, probe) {
        for (const [name, url] of Object.entries(sites)) {
          await probe(name, url);
        }
      }
    `,
    fix: ALL,
    output: `
      export async function probeAll(sites, probe) {
        await Promise.all(Object.entries(sites).map(async ([name, url]) => {
          await probe(name, url);
        }));
      }
    `,
  },
  {
    name: 'a counting loop with a statement body',
    code: `
      async function pingAll(count, ping) {
        for (let i = 0; i < count; i++) await ping(i);
      }
      module.exports = { pingAll };
    `,
    fix: ALL,
    output: `
      async function pingAll(count, ping) {
        await Promise.all(Array.from({ length: count }, async (_, i) => {
          await ping(i);
        }));
      }
      module.exports = { pingAll };
    `,
  },
  {
    name: 'a counting loop, limited',
    code: `
      async function pingAll(count, ping) {
        for (let i = 0; i < count; i++) {
          await ping(i);
        }
      }
      module.exports = { pingAll };
    `,
    fix: LIMITED,
    output: `
      async function pingAll(count, ping) {
        let next = 0;
        await Promise.all(Array.from({ length: Math.min(8, count) }, async () => {
          while (next < count) {
            const i = next++;
            await ping(i);
          }
        }));
      }
      module.exports = { pingAll };
    `,
  },
  {
    name: 'a let array declared earlier, with unrelated statements in between',
    code: `
      async function fetchAll(urls) {
        let pages = [];
        const started = Date.now();
        for (const url of urls.filter(Boolean)) {
          const response = await fetch(url);
          pages.push(await response.text());
        }
        return { pages, started };
      }
      module.exports = { fetchAll };
    `,
    fix: ALL,
    output: `
      async function fetchAll(urls) {
        const started = Date.now();
        let pages = await Promise.all(Array.from(urls.filter(Boolean), async (url) => {
          const response = await fetch(url);
          return await response.text();
        }));
        return { pages, started };
      }
      module.exports = { fetchAll };
    `,
  },
  {
    name: 'limited over an iterable that is not an array',
    code: `
      async function drain(queue, handle) {
        for (const job of queue.values()) {
          await handle(job);
        }
      }
      module.exports = { drain };
    `,
    fix: LIMITED,
    output: `
      async function drain(queue, handle) {
        const list = Array.from(queue.values());
        let next = 0;
        await Promise.all(Array.from({ length: Math.min(8, list.length) }, async () => {
          while (next < list.length) {
            const job = list[next++];
            await handle(job);
          }
        }));
      }
      module.exports = { drain };
    `,
  },
]);

runRefusalTable('await-in-loop-independent', [
  {
    name: 'continue in the body',
    code: `
      async function run(items, handle) {
        for (const item of items) {
          if (!item) continue;
          await handle(item);
        }
      }
      module.exports = { run };
    `,
    title: ALL,
    reason: /continue/,
  },
  {
    name: 'a write to an outer variable',
    code: `
      async function total(files, size) {
        let sum = 0;
        for (const file of files) {
          sum += await size(file);
        }
        return sum;
      }
      module.exports = { total };
    `,
    title: ALL,
    reason: /writes to `sum`/,
  },
  {
    name: 'a conditional push cannot keep the order',
    code: `
      async function found(names, exists) {
        const result = [];
        for (const name of names) {
          if (await exists(name)) result.push(name);
        }
        return result;
      }
      module.exports = { found };
    `,
    title: ALL,
    reason: /not the last statement/,
  },
  {
    name: 'a push into an array that already holds values',
    code: `
      async function pages(first, urls) {
        const all = [first];
        for (const url of urls) {
          const response = await fetch(url);
          all.push(await response.json());
        }
        return all;
      }
      module.exports = { pages };
    `,
    title: LIMITED,
    reason: /not a fresh empty array/,
  },
  {
    name: 'a Map filled in loop order',
    code: `
      async function index(ids, load) {
        const byId = new Map();
        for (const id of ids) {
          const row = await load(id);
          byId.set(id, row);
        }
        return byId;
      }
      module.exports = { index };
    `,
    title: ALL,
    reason: /byId\.set\(\)/,
  },
  {
    name: 'a var loop variable',
    code: `
      async function run(items, handle) {
        for (var item of items) {
          await handle(item);
        }
        return item;
      }
      module.exports = { run };
    `,
    title: ALL,
    reason: /declared with var/,
  },
  {
    name: 'for...in visits inherited keys',
    code: `
      async function run(table, handle) {
        for (const key in table) {
          await handle(key);
        }
      }
      module.exports = { run };
    `,
    title: ALL,
    reason: /inherited keys/,
  },
  {
    name: 'a labeled loop',
    code: `
      async function run(items, handle) {
        outer: for (const item of items) {
          await handle(item);
        }
      }
      module.exports = { run };
    `,
    title: ALL,
    reason: /label/,
  },
]);
