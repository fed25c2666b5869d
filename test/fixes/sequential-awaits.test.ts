import { runFixTable, runRefusalTable } from './harness';

runFixTable('sequential-awaits', [
  {
    name: 'two const declarations',
    code: `
      async function page(id) {
        const user = await loadUser(id);
        const posts = await loadPosts(id);
        return { user, posts };
      }
      module.exports = { page };
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      async function page(id) {
        const [user, posts] = await Promise.all([loadUser(id), loadPosts(id)]);
        return { user, posts };
      }
      module.exports = { page };
    `,
    preferred: true,
    safe: false,
  },
  {
    name: 'long calls go one per line',
    code: `
      async function dashboard() {
        const orders = await loadOrders('orders.json');
        const customers = await fetch('http://localhost:4000/customers').then((r) => r.json());
        const stock = await fetch('http://localhost:4001/stock').then((r) => r.json());
        return { orders, customers, stock };
      }
      module.exports = { dashboard };
    `,
    fix: 'Run the 3 awaits together with Promise.all',
    output: `
      async function dashboard() {
        const [orders, customers, stock] = await Promise.all([
          loadOrders('orders.json'),
          fetch('http://localhost:4000/customers').then((r) => r.json()),
          fetch('http://localhost:4001/stock').then((r) => r.json()),
        ]);
        return { orders, customers, stock };
      }
      module.exports = { dashboard };
    `,
  },
  {
    name: 'awaits without a binding',
    code: `
      async function warm(cache, index) {
        await cache.load();
        await index.build();
      }
      module.exports = { warm };
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      async function warm(cache, index) {
        await Promise.all([cache.load(), index.build()]);
      }
      module.exports = { warm };
    `,
  },
  {
    name: 'an await without a binding before a declaration leaves a hole',
    code: `
      async function open(cache, id) {
        await cache.warm();
        const user = await loadUser(id);
        return user;
      }
      module.exports = { open };
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      async function open(cache, id) {
        const [, user] = await Promise.all([cache.warm(), loadUser(id)]);
        return user;
      }
      module.exports = { open };
    `,
  },
  {
    name: 'destructuring patterns and let',
    code: `
      async function view(id) {
        let { data } = await getProfile(id);
        let [first] = await getEvents(id);
        data = data ?? {};
        return { data, first };
      }
      module.exports = { view };
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      async function view(id) {
        let [{ data }, [first]] = await Promise.all([getProfile(id), getEvents(id)]);
        data = data ?? {};
        return { data, first };
      }
      module.exports = { view };
    `,
  },
  {
    name: 'TypeScript: annotations become a tuple type',
    file: 'page.ts',
    code: `
      export async function page(id: string) {
        const user: User = await loadUser(id);
        await audit(id);
        const posts: Post[] = await loadPosts(id);
        return { user, posts };
      }
      interface User { name: string }
      interface Post { title: string }
      declare function loadUser(id: string): Promise<User>;
      declare function loadPosts(id: string): Promise<Post[]>;
      declare function audit(id: string): Promise<void>;
    `,
    fix: 'Run the 3 awaits together with Promise.all',
    output: `
      export async function page(id: string) {
        const [user, , posts]: [User, unknown, Post[]] = await Promise.all([
          loadUser(id),
          audit(id),
          loadPosts(id),
        ]);
        return { user, posts };
      }
      interface User { name: string }
      interface Post { title: string }
      declare function loadUser(id: string): Promise<User>;
      declare function loadPosts(id: string): Promise<Post[]>;
      declare function audit(id: string): Promise<void>;
    `,
  },
  {
    name: 'assignments to existing targets',
    code: `
      class Page {
        async init(api) {
          this.user = await api.users.current();
          this.menu = await loadMenu();
        }
      }
      module.exports = { Page };
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      class Page {
        async init(api) {
          [this.user, this.menu] = await Promise.all([api.users.current(), loadMenu()]);
        }
      }
      module.exports = { Page };
    `,
  },
  {
    name: 'without semicolons, a leading one guards the destructuring assignment',
    code: `
      let a, b
      async function init() {
        a = await loadA()
        b = await loadB()
      }
      module.exports = { init, get: () => [a, b] }
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      let a, b
      async function init() {
        ;[a, b] = await Promise.all([loadA(), loadB()])
      }
      module.exports = { init, get: () => [a, b] }
    `,
  },
  {
    name: 'comments between the statements move above',
    file: 'example.mjs',
    code: `
      export async function load(id) {
        const user = await loadUser(id); // the account
        // and what they wrote
        const posts = await loadPosts(id);
        return [user, posts];
      }
    `,
    fix: 'Run the 2 awaits together with Promise.all',
    output: `
      export async function load(id) {
        // the account
        // and what they wrote
        const [user, posts] = await Promise.all([loadUser(id), loadPosts(id)]);
        return [user, posts];
      }
    `,
  },
]);

runRefusalTable('sequential-awaits', [
  {
    name: 'TypeScript: only some declarations annotated',
    file: 'page.ts',
    code: `
      export async function page(id: string) {
        const user: { name: string } = await loadUser(id);
        const posts = await loadPosts(id);
        return { user, posts };
      }
      declare function loadUser(id: string): Promise<{ name: string }>;
      declare function loadPosts(id: string): Promise<string[]>;
    `,
    title: 'Run the 2 awaits together with Promise.all',
    reason: /only some of the declarations have type annotations/,
  },
  {
    name: 'const and let mixed',
    code: `
      async function page(id) {
        const user = await loadUser(id);
        let posts = await loadPosts(id);
        posts = posts.slice(1);
        return { user, posts };
      }
      module.exports = { page };
    `,
    title: 'Run the 2 awaits together with Promise.all',
    reason: /both const and let/,
  },
  {
    name: 'a declaration and an assignment',
    code: `
      let cache;
      async function page(id) {
        const user = await loadUser(id);
        cache = await loadPosts(id);
        return user;
      }
      module.exports = { page, cache };
    `,
    title: 'Run the 2 awaits together with Promise.all',
    reason: /mix declarations and assignments/,
  },
]);
