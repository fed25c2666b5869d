import { runRuleTests } from './rule-tester';

runRuleTests('sequential-awaits', {
  valid: [
    {
      name: 'already concurrent with Promise.all',
      code: `
        export async function page(id: string) {
          const [user, posts] = await Promise.all([getUser(id), getPosts(id)]);
          return { user, posts };
        }
        declare function getUser(id: string): Promise<object>;
        declare function getPosts(id: string): Promise<object[]>;
      `,
    },
    {
      name: 'a single await',
      code: `
        export async function one() {
          return await fetch('https://example.com');
        }
      `,
    },
    // False positives of Promise.all rewriters
    {
      name: 'Promise.all rewriters: a later call uses an earlier result',
      code: `
        export async function postsOf(id: string) {
          const user = await getUser(id);
          const posts = await getPosts(user.id);
          return posts;
        }
        declare function getUser(id: string): Promise<{ id: string }>;
        declare function getPosts(id: string): Promise<object[]>;
      `,
    },
    {
      name: 'Promise.all rewriters: a later call uses a destructured earlier result',
      code: `
        export async function postsOf() {
          const { id: userId } = await getUser();
          const [first] = await getPosts(userId);
          const comments = await getComments(first);
          return comments;
        }
        declare function getUser(): Promise<{ id: string }>;
        declare function getPosts(id: string): Promise<string[]>;
        declare function getComments(id: string): Promise<string[]>;
      `,
    },
    {
      name: 'Promise.all rewriters: calls on the same object',
      code: `
        export async function load(db: any) {
          const users = await db.users.find();
          const posts = await db.posts.find();
          return { users, posts };
        }
      `,
    },
    {
      name: 'Promise.all rewriters: calls on this',
      code: `
        export class Page {
          async open(browser: any) {
            const a = await this.goto('/login');
            const b = await this.click('#submit');
            return [a, b];
          }
          async goto(url: string) { return url; }
          async click(selector: string) { return selector; }
        }
      `,
    },
    {
      name: "Promise.all rewriters: query('BEGIN') ... commit()",
      code: `
        export async function transfer(client: any, from: string, to: string) {
          await client.query('BEGIN');
          await debit(from);
          await credit(to);
          await commit();
        }
        declare function debit(a: string): Promise<void>;
        declare function credit(a: string): Promise<void>;
        declare function commit(): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: everything between beginTransaction() and commitTransaction()',
      code: `
        export async function move(item: string) {
          await beginTransaction();
          await removeFromSource(item);
          await addToTarget(item);
          await commitTransaction();
        }
        declare function beginTransaction(): Promise<void>;
        declare function removeFromSource(item: string): Promise<void>;
        declare function addToTarget(item: string): Promise<void>;
        declare function commitTransaction(): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: calls on a transaction object',
      code: `
        export async function save(trx: any, user: object, order: object) {
          await trx.insert(user);
          await trx.insert(order);
        }
      `,
    },
    {
      name: 'Promise.all rewriters: flush and batch',
      code: `
        export async function shutdown(cache: any, logger: any, queue: any) {
          await cache.flush();
          await logger.flush();
          await batch(queue);
          await flush();
        }
        declare function batch(q: unknown): Promise<void>;
        declare function flush(): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: assert and validate calls',
      code: `
        export async function create(input: object, owner: string) {
          await assertCanCreate(owner);
          await validate(input);
          await insertRecord(input);
        }
        declare function assertCanCreate(owner: string): Promise<void>;
        declare function validate(input: object): Promise<void>;
        declare function insertRecord(input: object): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: a try around each await',
      code: `
        export async function bestEffort() {
          try {
            await notifySlack();
          } catch {}
          try {
            await notifyEmail();
          } catch {}
        }
        declare function notifySlack(): Promise<void>;
        declare function notifyEmail(): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: mkdir then write on the same path',
      code: `
        import { mkdir, writeFile } from 'node:fs/promises';
        export async function save(dir: string, text: string) {
          await mkdir(dir, { recursive: true });
          await writeFile(\`\${dir}/out.txt\`, text);
        }
      `,
    },
    {
      name: 'Promise.all rewriters: delete then create the same record',
      code: `
        export async function reset(id: string) {
          await removeUser(id);
          await createUser(id);
        }
        declare function removeUser(id: string): Promise<void>;
        declare function createUser(id: string): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: update then notify with the same object',
      code: `
        export async function onboard(user: object) {
          await updateProfile(user);
          await sendWelcome(user);
        }
        declare function updateProfile(u: object): Promise<void>;
        declare function sendWelcome(u: object): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: log in before fetching the profile',
      code: `
        export async function profile() {
          await login('me', 'secret');
          const me = await fetchProfile();
          return me;
        }
        declare function login(user: string, password: string): Promise<void>;
        declare function fetchProfile(): Promise<object>;
      `,
    },
    {
      name: 'Promise.all rewriters: start-up steps',
      code: `
        export async function main() {
          await initDatabase();
          await startServer();
        }
        declare function initDatabase(): Promise<void>;
        declare function startServer(): Promise<void>;
      `,
    },
    {
      name: 'Promise.all rewriters: a sleep between the calls',
      code: `
        export async function twice() {
          await ping();
          await new Promise((resolve) => setTimeout(resolve, 100));
          await pong();
        }
        declare function ping(): Promise<void>;
        declare function pong(): Promise<void>;
      `,
    },
    {
      name: 'test files run steps in order on purpose',
      fileName: '/project/src/user.test.ts',
      code: `
        export async function scenario() {
          const a = await getA();
          const b = await getB();
          return [a, b];
        }
        declare function getA(): Promise<number>;
        declare function getB(): Promise<number>;
      `,
    },
    {
      name: 'awaiting promises that were already started',
      code: `
        export async function both(p: Promise<number>, q: Promise<number>) {
          const a = await p;
          const b = await q;
          return a + b;
        }
      `,
    },
    // Deliberate gap: a statement between two awaits ends the run (its side effects may be what the second call needs).
    {
      name: 'gap: a statement between the awaits',
      code: `
        export async function logged() {
          const a = await getA();
          console.log(a);
          const b = await getB();
          return b;
        }
        declare function getA(): Promise<number>;
        declare function getB(): Promise<number>;
      `,
    },
    // Deliberate gap: top-level await in a module is start-up code.
    {
      name: 'gap: top-level awaits',
      code: `
        const a = await getA();
        const b = await getB();
        export { a, b };
        declare function getA(): Promise<number>;
        declare function getB(): Promise<number>;
      `,
    },
  ],
  invalid: [
    {
      name: 'two independent awaits',
      code: `
        export async function page() {
          const user = await getUser();
          const posts = await getPosts();
          return { user, posts };
        }
        declare function getUser(): Promise<object>;
        declare function getPosts(): Promise<object[]>;
      `,
      errors: [{ line: 2, column: 3, messageIncludes: '2 independent awaits run one after another: getUser, getPosts' }],
    },
    {
      name: 'three independent awaits on the same argument',
      code: `
        export async function dashboard(id: string) {
          const a = await fetchA(id);
          const b = await fetchB(id);
          const c = await fetchC(id);
          return [a, b, c];
        }
        declare function fetchA(id: string): Promise<number>;
        declare function fetchB(id: string): Promise<number>;
        declare function fetchC(id: string): Promise<number>;
      `,
      errors: [{ line: 2, column: 3, messageIncludes: '3 independent awaits run one after another: fetchA, fetchB, fetchC' }],
    },
    {
      name: 'expression statements',
      code: `
        export async function notifyAll() {
          await notifySlack();
          await notifyEmail();
        }
        declare function notifySlack(): Promise<void>;
        declare function notifyEmail(): Promise<void>;
      `,
      errors: [{ line: 2, column: 3 }],
    },
    {
      name: 'assignments to variables declared earlier',
      code: `
        export async function sum() {
          let a: number, b: number;
          a = await getA();
          b = await getB();
          return a + b;
        }
        declare function getA(): Promise<number>;
        declare function getB(): Promise<number>;
      `,
      errors: [{ line: 3, column: 3 }],
    },
    {
      name: 'writes to different records',
      code: `
        export async function saveBoth(user: object, order: object) {
          await saveUser(user);
          await saveOrder(order);
        }
        declare function saveUser(u: object): Promise<void>;
        declare function saveOrder(o: object): Promise<void>;
      `,
      errors: [{ line: 2, column: 3, messageIncludes: 'saveUser, saveOrder' }],
    },
    {
      name: 'inside a nested block and an async arrow function',
      code: `
        export const load = async (cond: boolean) => {
          if (cond) {
            const a = await getA();
            const b = await getB();
            return [a, b];
          }
          return [];
        };
        declare function getA(): Promise<number>;
        declare function getB(): Promise<number>;
      `,
      errors: [{ line: 3, column: 5 }],
    },
    {
      name: 'a dependent await splits two runs',
      code: `
        export async function report(id: string) {
          const a = await getA(id);
          const b = await getB(id);
          const c = await combine(a, b);
          const d = await renderHtml(c);
          const e = await renderPdf(c);
          return [d, e];
        }
        declare function getA(id: string): Promise<number>;
        declare function getB(id: string): Promise<number>;
        declare function combine(a: number, b: number): Promise<string>;
        declare function renderHtml(c: string): Promise<string>;
        declare function renderPdf(c: string): Promise<string>;
      `,
      errors: [
        { line: 2, column: 3, messageIncludes: 'getA, getB' },
        { line: 5, column: 3, messageIncludes: 'renderHtml, renderPdf' },
      ],
    },
    {
      name: 'a message that starts with Begin is not a transaction',
      code: `
        export async function importAll() {
          await notify('Begin import');
          const users = await fetchUsers();
          const orders = await fetchOrders();
          return { users, orders };
        }
        declare function notify(message: string): Promise<void>;
        declare function fetchUsers(): Promise<object[]>;
        declare function fetchOrders(): Promise<object[]>;
      `,
      errors: [{ line: 2, column: 3, messageIncludes: '3 independent awaits run one after another: notify, fetchUsers, fetchOrders' }],
    },
  ],
});
