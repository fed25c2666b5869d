import { runRuleTests } from './rule-tester';

runRuleTests('async-foreach', {
  valid: [
    {
      name: 'for...of with await',
      code: `
        export async function saveAll(items: string[], save: (x: string) => Promise<void>) {
          for (const item of items) await save(item);
        }
      `,
    },
    {
      name: 'Promise.all over map with an async callback',
      code: `
        export async function saveAll(items: string[], save: (x: string) => Promise<void>) {
          await Promise.all(items.map(async (item) => save(item)));
        }
      `,
    },
    {
      name: 'synchronous forEach callback',
      code: `
        export function logAll(items: string[]) {
          items.forEach((item) => console.log(item));
        }
      `,
    },
    {
      name: 'synchronous callback that handles the promise it starts',
      code: `
        export function saveAll(items: string[], save: (x: string) => Promise<void>) {
          items.forEach((item) => {
            save(item).catch((error) => console.error(error));
          });
        }
      `,
    },
    {
      name: 'synchronous named function passed to forEach',
      code: `
        function print(item: string) {
          console.log(item);
        }
        export function printAll(items: string[]) {
          items.forEach(print);
        }
      `,
    },
    {
      name: 'async callback of some other method',
      code: `
        export function schedule(emitter: { on(e: string, cb: () => Promise<void>): void }, job: () => Promise<void>) {
          emitter.on('tick', async () => {
            await job();
          });
        }
      `,
    },
    {
      name: 'a built-in function passed to forEach',
      code: `
        export function logAll(items: string[]) {
          items.forEach(console.log);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'async arrow callback in an async function',
      code: `
        export async function saveAll(items: string[], save: (x: string) => Promise<void>) {
          items.forEach(async (item) => {
            await save(item);
          });
        }
      `,
      errors: [{ line: 2, column: 17, messageIncludes: 'Async callback passed to forEach' }],
    },
    {
      name: 'async function expression in a synchronous function',
      code: `
        export function saveAll(items: string[], save: (x: string) => Promise<void>) {
          items.forEach(async function (item) {
            await save(item);
          });
        }
      `,
      errors: [{ line: 2, column: 17 }],
    },
    {
      name: 'async callback that never awaits still returns an unhandled promise',
      code: `
        export function touchAll(items: string[], touch: (x: string) => Promise<void>) {
          items.forEach(async (item) => {
            touch(item);
          });
        }
      `,
      errors: [{ line: 2, column: 17 }],
    },
    {
      name: 'awaiting forEach itself awaits nothing',
      code: `
        export async function saveAll(items: string[], save: (x: string) => Promise<void>) {
          await items.forEach(async (item) => {
            await save(item);
          });
        }
      `,
      errors: [{ line: 2, column: 23 }],
    },
    {
      name: 'Map.prototype.forEach',
      code: `
        export function saveEntries(map: Map<string, string>, save: (k: string, v: string) => Promise<void>) {
          map.forEach(async (value, key) => {
            await save(key, value);
          });
        }
      `,
      errors: [{ line: 2, column: 15 }],
    },
    {
      name: 'at module top level',
      code: `
        const urls = ['https://a.example', 'https://b.example'];
        urls.forEach(async (url) => {
          console.log((await fetch(url)).status);
        });
      `,
      errors: [{ line: 2, column: 14 }],
    },
    {
      name: 'async function declared elsewhere and passed by name',
      code: `
        async function handle(item: string) {
          await fetch(item);
        }
        export function handleAll(items: string[]) {
          items.forEach(handle);
        }
      `,
      errors: [{ line: 5, column: 17, messageIncludes: "Async function 'handle' passed to forEach" }],
    },
    {
      name: 'async arrow assigned to a variable and passed to forEach',
      code: `
        const notify = async (user: string) => {
          await fetch('https://hooks.example/' + user);
        };
        export function notifyAll(users: string[]) {
          users.forEach(notify);
        }
      `,
      errors: [{ line: 5, column: 17, messageIncludes: "'notify'" }],
    },
    {
      name: 'async method passed as this.method',
      code: `
        export class Queue {
          async handle(url: string) {
            await fetch(url);
          }
          run(urls: string[]) {
            urls.forEach(this.handle);
          }
        }
      `,
      errors: [{ line: 6, column: 18, messageIncludes: "'handle'" }],
    },
  ],
});
