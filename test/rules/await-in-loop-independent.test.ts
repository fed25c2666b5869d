import { runRuleTests } from './rule-tester';

runRuleTests('await-in-loop-independent', {
  valid: [
    {
      name: 'Promise.all over the items',
      code: `
        export async function fetchAll(urls: string[]) {
          return Promise.all(urls.map(async (url) => (await fetch(url)).json()));
        }
      `,
    },
    // no-await-in-loop false positives
    {
      name: 'async generator that yields each result: the consumer pulls them in turn and may stop early',
      code: `
        export async function* pages(urls: string[]) {
          for (const url of urls) yield await fetch(url);
        }
      `,
    },
    {
      name: 'async generator that yields after the await',
      code: `
        export async function* lines(paths: string[], read: (p: string) => Promise<string>) {
          for (const path of paths) {
            const text = await read(path);
            yield text.length;
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: early exit on the awaited value (return)',
      code: `
        export async function firstActive(ids: string[], db: { find(id: string): Promise<{ active: boolean } | null> }) {
          for (const id of ids) {
            const user = await db.find(id);
            if (user?.active) return user;
          }
          return null;
        }
      `,
    },
    {
      name: 'no-await-in-loop: early exit on the awaited value (break)',
      code: `
        export async function findFree(ports: number[]) {
          let free;
          for (const port of ports) {
            free = await probe(port);
            if (free) break;
          }
          return free;
        }
        declare function probe(port: number): Promise<boolean>;
      `,
    },
    {
      name: 'no-await-in-loop: cursor pagination, cursor = await next(cursor)',
      code: `
        export async function drain(next: (cursor: number) => Promise<number>) {
          let cursor = 0;
          for (let i = 0; i < 100; i++) {
            cursor = await next(cursor);
          }
          return cursor;
        }
      `,
    },
    {
      name: 'no-await-in-loop: page cursor carried through a destructured result',
      code: `
        export async function listAll(api: { list(cursor?: string): Promise<{ items: string[]; cursor?: string }> }) {
          let cursor: string | undefined;
          const all: string[] = [];
          for (let page = 0; page < 50; page++) {
            const result = await api.list(cursor);
            all.push(...result.items);
            cursor = result.cursor;
          }
          return all;
        }
      `,
    },
    {
      name: 'no-await-in-loop: has-more flag in the loop test',
      code: `
        export async function crawl(get: (page: number) => Promise<{ items: string[]; hasMore: boolean }>) {
          let hasMore = true;
          const all: string[] = [];
          for (let page = 1; hasMore; page++) {
            const result = await get(page);
            all.push(...result.items);
            hasMore = result.hasMore;
          }
          return all;
        }
      `,
    },
    {
      name: 'no-await-in-loop: retry with return',
      code: `
        export async function fetchWithRetry(url: string) {
          for (let attempt = 0; attempt < 5; attempt++) {
            try {
              return await fetch(url);
            } catch {
              await sleep(100 * 2 ** attempt);
            }
          }
          throw new Error('gave up');
        }
        declare function sleep(ms: number): Promise<void>;
      `,
    },
    {
      name: 'no-await-in-loop: retry with break',
      code: `
        export async function send(url: string) {
          let response;
          for (let attempt = 0; attempt < 3; attempt++) {
            response = await fetch(url);
            if (response.ok) break;
          }
          return response;
        }
      `,
    },
    {
      name: 'no-await-in-loop: polling with sleep',
      code: `
        import { setTimeout as sleep } from 'node:timers/promises';
        export async function waitUntilDone(job: { status(): Promise<string> }, log: string[]) {
          for (let i = 0; i < 30; i++) {
            log.push(await job.status());
            await sleep(1000);
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: throttling with an inline new Promise(setTimeout)',
      code: `
        export async function crawl(urls: string[]) {
          for (const url of urls) {
            await fetch(url);
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: ordered writes with await stream.write',
      code: `
        export async function dump(stream: { write(row: string): Promise<void> }, rows: string[]) {
          for (const row of rows) {
            await stream.write(row);
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: for await over a stream',
      code: `
        export async function consume(stream: AsyncIterable<Buffer>, handle: (chunk: Buffer) => Promise<void>) {
          for await (const chunk of stream) {
            await handle(chunk);
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: each step feeds the next',
      code: `
        export async function pipeline(steps: { run(state: object): Promise<object> }[]) {
          let state = {};
          for (const step of steps) {
            state = await step.run(state);
          }
          return state;
        }
      `,
    },
    {
      name: 'no-await-in-loop: the previous result is an argument of the next call',
      code: `
        export async function chain(items: string[], save: (item: string, after: string | null) => Promise<{ id: string }>) {
          let lastId: string | null = null;
          for (const item of items) {
            const saved = await save(item, lastId);
            lastId = saved.id;
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: running a list of tasks in turn',
      code: `
        export async function runHooks(hooks: (() => Promise<void>)[]) {
          for (const hook of hooks) {
            await hook();
          }
          for (let i = 0; i < hooks.length; i++) {
            await hooks[i]();
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: migrations run in order',
      code: `
        export async function migrate(migrations: { up(): Promise<void> }[]) {
          for (const migration of migrations) {
            await migration.up();
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: inserts inside a transaction',
      code: `
        export async function insertAll(tx: { insert(row: object): Promise<void> }, rows: object[]) {
          for (const row of rows) {
            await tx.insert(row);
          }
        }
      `,
    },
    {
      name: 'no-await-in-loop: validation of each item in turn',
      code: `
        export async function checkAll(items: string[]) {
          for (const item of items) {
            await validate(item);
          }
        }
        declare function validate(item: string): Promise<void>;
      `,
    },
    {
      name: 'no-await-in-loop: labelled break out of an outer loop',
      code: `
        export async function anyBad(groups: string[][], isBad: (x: string) => Promise<boolean>) {
          outer: for (const group of groups) {
            for (const x of group) {
              if (await isBad(x)) break outer;
            }
          }
        }
      `,
    },
    {
      name: 'awaiting promises that were already started',
      code: `
        export async function logAll(promises: Promise<string>[]) {
          for (const promise of promises) {
            console.log(await promise);
          }
        }
      `,
    },
    // Deliberate gap: while and do...while loops are queue- or condition-driven; they are never reported.
    {
      name: 'gap: while loop draining a queue',
      code: `
        export async function drainQueue(queue: string[], handle: (x: string) => Promise<void>) {
          while (queue.length > 0) {
            await handle(queue.shift()!);
          }
        }
      `,
    },
    {
      name: 'gap: do...while pagination',
      code: `
        export async function all(next: (cursor?: string) => Promise<string | undefined>) {
          let cursor: string | undefined;
          do {
            cursor = await next(cursor);
          } while (cursor);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'async generator whose loop collects before it yields: the loop itself still waits in turn',
      code: `
        export async function* all(urls: string[]) {
          const out = [];
          for (const url of urls) {
            out.push(await fetch(url));
          }
          yield out;
        }
      `,
      errors: [{ line: 4, column: 14, messageIncludes: 'await in for...of over urls' }],
    },
    {
      name: 'fetch per URL in a for...of loop',
      code: `
        export async function fetchAll(urls: string[]) {
          const out = [];
          for (const url of urls) {
            const response = await fetch(url);
            out.push(await response.json());
          }
          return out;
        }
      `,
      errors: [{ line: 4, column: 22, messageIncludes: 'await in for...of over urls' }],
    },
    {
      name: 'indexed for loop',
      code: `
        export async function users(ids: string[], getUser: (id: string) => Promise<object>) {
          const result = [];
          for (let i = 0; i < ids.length; i++) {
            result.push(await getUser(ids[i]));
          }
          return result;
        }
      `,
      errors: [{ line: 4, column: 17, messageIncludes: 'for loop while i < ids.length' }],
    },
    {
      name: 'for...in over an object',
      code: `
        export async function saveAll(record: Record<string, string>, save: (k: string, v: string) => Promise<void>) {
          for (const key in record) {
            await save(key, record[key]);
          }
        }
      `,
      errors: [{ line: 3, column: 5, messageIncludes: 'for...in over record' }],
    },
    {
      name: 'a sum of independent results is not a dependency between calls',
      code: `
        export async function totalPrice(items: string[], price: (item: string) => Promise<number>) {
          let total = 0;
          for (const item of items) {
            total += await price(item);
          }
          return total;
        }
      `,
      errors: [{ line: 4, column: 14 }],
    },
    {
      name: 'continue is not an early exit',
      code: `
        export async function uploadAll(files: (string | null)[], upload: (f: string) => Promise<void>) {
          for (const file of files) {
            if (!file) continue;
            await upload(file);
          }
        }
      `,
      errors: [{ line: 4, column: 5 }],
    },
    {
      name: 'break inside a switch does not leave the loop',
      code: `
        export async function handleAll(items: { kind: string }[], a: (x: object) => Promise<void>, b: (x: object) => Promise<void>) {
          for (const item of items) {
            switch (item.kind) {
              case 'a':
                await a(item);
                break;
              default:
                await b(item);
            }
          }
        }
      `,
      errors: [{ line: 5, column: 9 }],
    },
    {
      name: 'a try around each await: Promise.allSettled keeps the per-item handling',
      code: `
        export async function uploadAll(files: string[], upload: (f: string) => Promise<void>) {
          for (const file of files) {
            try {
              await upload(file);
            } catch (error) {
              console.error(file, error);
            }
          }
        }
      `,
      errors: [{ line: 4, column: 7 }],
    },
    {
      name: 'inner loop of a nest is reported on its own',
      code: `
        export async function saveGroups(groups: { items: string[] }[], save: (x: string) => Promise<void>) {
          for (const group of groups) {
            for (const item of group.items) {
              await save(item);
            }
          }
        }
      `,
      errors: [{ line: 4, column: 7, messageIncludes: 'for...of over group.items' }],
    },
    {
      name: 'methods on the loop element that are not ordered by name',
      code: `
        export async function refresh(users: { reload(): Promise<void> }[]) {
          for (const user of users) {
            await user.reload();
          }
        }
      `,
      errors: [{ line: 3, column: 5 }],
    },
    {
      name: 'new Promise around independent callback I/O',
      code: `
        import fs from 'fs';
        export async function readAll(paths: string[]) {
          const out: Buffer[] = [];
          for (const path of paths) {
            out.push(await new Promise<Buffer>((resolve, reject) => fs.readFile(path, (err, data) => (err ? reject(err) : resolve(data)))));
          }
          return out;
        }
      `,
      errors: [{ line: 5, column: 14 }],
    },
  ],
});
