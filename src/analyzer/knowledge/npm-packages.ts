import type { ApiInfo, ModuleFamily, ModuleTable } from './types';
import { fsFunctionApi, streamClass, withPrefix } from './node-core';
import {
  asyncIo,
  blocking,
  computesBeforeResolving,
  cpuHeavy,
  creates,
  deferral,
  invokesFirst,
  listenerApi,
  none,
  parsesProgram,
  parsesText,
  parsesTextInScript,
  printsTree,
  readsContent,
  requestsContent,
  serialises,
  settingsStore,
  threadpool,
  timer,
  worker,
  walksStylesheet,
  walksTree,
  wrapsFirst,
} from './api-builders';
import { computeTables } from './npm-compute';
import { serviceTables } from './npm-services';

/**
 * Popular npm packages, keyed from the module object (a default import is the module object).
 * "" is calling (or `new`-ing) the module itself. Instance tables are named "package#Type".
 */

// ---------------------------------------------------------------- HTTP clients

/** Registers a function the client runs on each request or response later. */
const interceptor: ApiInfo = { effect: 'none', handlers: true };

/** redaxios, a small axios-compatible wrapper around fetch: the module and `create()` instances alike. */
const redaxiosApi: Record<string, ApiInfo> = {
  '': requestsContent,
  request: requestsContent,
  get: requestsContent,
  delete: requestsContent,
  post: requestsContent,
  put: requestsContent,
  patch: requestsContent,
  head: asyncIo,
  options: asyncIo,
  create: creates('redaxios#Instance'),
  all: none,
  spread: none,
  CancelToken: none,
};

/** undici's agents and fetch classes, which urllib re-exports. */
const undiciDispatchersAndClasses: Record<string, ApiInfo> = {
  Agent: creates('undici#Dispatcher'),
  ProxyAgent: creates('undici#Dispatcher'),
  getGlobalDispatcher: creates('undici#Dispatcher'),
  setGlobalDispatcher: none,
  MockAgent: none,
  Headers: none,
  Request: none,
  Response: none,
  FormData: none,
};

const httpClientTables: ModuleTable[] = [
  {
    module: 'axios',
    api: {
      '': requestsContent,
      request: requestsContent,
      get: requestsContent,
      delete: requestsContent,
      head: asyncIo,
      options: asyncIo,
      post: requestsContent,
      put: requestsContent,
      patch: requestsContent,
      postForm: requestsContent,
      putForm: requestsContent,
      patchForm: requestsContent,
      create: creates('axios#Instance'),
      isAxiosError: none,
      isCancel: none,
      all: none,
      spread: none,
      getUri: none,
      'interceptors.request.use': interceptor,
      'interceptors.response.use': interceptor,
      'interceptors.request.eject': none,
      'interceptors.response.eject': none,
    },
  },
  {
    module: 'axios#Instance',
    defaultEffect: 'async-io',
    api: {
      '': requestsContent,
      getUri: none,
      'interceptors.request.use': interceptor,
      'interceptors.response.use': interceptor,
      'interceptors.request.eject': none,
      'interceptors.response.eject': none,
    },
  },
  {
    module: 'got',
    defaultEffect: 'async-io',
    api: { '': requestsContent, extend: creates('got#Instance'), stream: asyncIo, paginate: asyncIo, 'paginate.all': asyncIo },
  },
  // got-scraping: got with browser-like headers; the same calls.
  { module: 'got-scraping', api: { gotScraping: requestsContent, 'gotScraping.stream': asyncIo, 'gotScraping.extend': creates('got#Instance'), getAgents: none } },
  {
    module: 'got#Instance',
    defaultEffect: 'async-io',
    api: { '': requestsContent, extend: creates('got#Instance') },
  },
  {
    module: 'node-fetch',
    api: { '': requestsContent, Headers: none, Request: none, Response: none, isRedirect: none },
  },
  { module: 'cross-fetch', api: { '': requestsContent, fetch: requestsContent, Headers: none, Request: none, Response: none } },
  { module: 'isomorphic-fetch', api: { '': requestsContent } },
  {
    module: 'undici',
    api: {
      request: requestsContent,
      fetch: requestsContent,
      stream: asyncIo,
      pipeline: asyncIo,
      connect: asyncIo,
      upgrade: asyncIo,
      WebSocket: asyncIo,
      Client: creates('undici#Dispatcher'),
      Pool: creates('undici#Dispatcher'),
      BalancedPool: creates('undici#Dispatcher'),
      ...undiciDispatchersAndClasses,
    },
  },
  {
    module: 'undici#Dispatcher',
    defaultEffect: 'async-io',
    api: { ...listenerApi, compose: creates('undici#Dispatcher') },
  },
  {
    module: 'superagent',
    defaultEffect: 'async-io',
    api: { '': asyncIo, agent: creates('superagent#Agent'), parse: none, serialize: none },
  },
  { module: 'superagent#Agent', defaultEffect: 'async-io', api: {} },
  // The GitHub Actions toolkit's HTTP client: every request method of an instance goes to the network.
  { module: '@actions/http-client', api: { HttpClient: creates('@actions/http-client#HttpClient'), isHttps: none, getProxyUrl: none } },
  { module: '@actions/http-client#HttpClient', defaultEffect: 'async-io', api: { getAgent: none, dispose: none } },
  {
    // Outputs, variables and state go to the runner's command files with fs.appendFileSync; the rest writes to stdout.
    module: '@actions/core',
    defaultEffect: 'none',
    api: {
      setOutput: blocking('collect the outputs and set them once at the end of the step'),
      exportVariable: blocking('collect the variables and export them once at the end of the step'),
      addPath: blocking('add the paths once at the end of the step'),
      saveState: blocking('save the state once at the end of the step'),
      getIDToken: asyncIo,
    },
  },
  { module: '@actions/io', api: { cp: threadpool, mv: threadpool, rmRF: threadpool, mkdirP: threadpool, which: threadpool, findInPath: threadpool } },
  { module: '@actions/exec', api: { exec: asyncIo, getExecOutput: asyncIo } },
  {
    module: 'request',
    defaultEffect: 'async-io',
    api: { '': asyncIo, defaults: creates('request#Instance'), jar: none, cookie: none },
  },
  {
    module: 'request#Instance',
    defaultEffect: 'async-io',
    api: { '': asyncIo, defaults: creates('request#Instance'), jar: none, cookie: none },
  },
  {
    module: 'ky',
    defaultEffect: 'async-io',
    api: { '': asyncIo, create: creates('ky#Instance'), extend: creates('ky#Instance') },
  },
  {
    module: 'ky#Instance',
    defaultEffect: 'async-io',
    api: { '': asyncIo, create: creates('ky#Instance'), extend: creates('ky#Instance') },
  },
  { module: 'needle', defaultEffect: 'async-io', api: { '': asyncIo, defaults: none } },
  // teeny-request: request's API over node-fetch (`teenyRequest(options, callback)`).
  { module: 'teeny-request', defaultEffect: 'async-io', api: { teenyRequest: asyncIo, 'teenyRequest.defaults': none } },
  {
    module: 'graphql-request',
    api: { request: asyncIo, rawRequest: asyncIo, GraphQLClient: creates('graphql-request#GraphQLClient'), gql: none },
  },
  {
    module: 'graphql-request#GraphQLClient',
    defaultEffect: 'async-io',
    api: { setHeader: none, setHeaders: none, setEndpoint: none },
  },
  // gaxios (Google APIs' client): `request(opts)` goes through the shared `instance`.
  {
    module: 'gaxios',
    api: {
      request: requestsContent,
      'instance.request': requestsContent,
      'instance.fetch': requestsContent,
      Gaxios: creates('gaxios#Gaxios'),
      'Gaxios.mergeHeaders': none,
      GaxiosError: none,
    },
  },
  {
    module: 'gaxios#Gaxios',
    defaultEffect: 'async-io',
    // Interceptors are kept in Sets: `interceptors.request.add({ resolved })`.
    api: {
      request: requestsContent,
      fetch: requestsContent,
      'interceptors.request.add': interceptor,
      'interceptors.response.add': interceptor,
      'interceptors.request.delete': none,
      'interceptors.response.delete': none,
      'interceptors.request.clear': none,
      'interceptors.response.clear': none,
    },
  },
  // ofetch: `ofetch` and `$fetch` are the same callable, with `raw`, `native` and `create` on it.
  {
    module: 'ofetch',
    aliases: ['ofetch/node'],
    api: {
      ofetch: requestsContent,
      'ofetch.raw': requestsContent,
      'ofetch.native': requestsContent,
      'ofetch.create': creates('ofetch#Fetch'),
      $fetch: requestsContent,
      '$fetch.raw': requestsContent,
      '$fetch.native': requestsContent,
      '$fetch.create': creates('ofetch#Fetch'),
      createFetch: creates('ofetch#Fetch'),
      fetch: requestsContent,
      createFetchError: none,
      FetchError: none,
      Headers: none,
      AbortController: none,
    },
  },
  {
    module: 'ofetch#Fetch',
    api: { '': requestsContent, raw: requestsContent, native: requestsContent, create: creates('ofetch#Fetch') },
  },
  {
    module: 'phin',
    api: { '': requestsContent, promisified: requestsContent, unpromisified: requestsContent, defaults: creates('phin#Phin') },
  },
  { module: 'phin#Phin', api: { '': requestsContent } },
  // centra: `centra(url).query(...).header(...).send()`; only `send` goes to the network.
  { module: 'centra', api: { '': creates('centra#Request') } },
  {
    module: 'centra#Request',
    api: {
      send: requestsContent,
      ...Object.fromEntries(
        ['query', 'path', 'body', 'header', 'timeout', 'option', 'stream', 'compress'].map((method) => [method, creates('centra#Request')]),
      ),
    },
  },
  // bent: `bent('json', 200)` only builds the request function; calling it makes the request.
  { module: 'bent', api: { '': creates('bent#Request') } },
  { module: 'bent#Request', api: { '': requestsContent } },
  // npm's fetch with an HTTP cache (cacache, async fs) in front.
  {
    module: 'make-fetch-happen',
    api: { '': requestsContent, defaults: creates('make-fetch-happen#Fetch'), FetchError: none, Headers: none, Request: none, Response: none },
  },
  { module: 'make-fetch-happen#Fetch', api: { '': requestsContent, defaults: creates('make-fetch-happen#Fetch') } },
  // npm-registry-fetch: make-fetch-happen with the registry's authentication; `json.stream` streams the parsed rows.
  {
    module: 'npm-registry-fetch',
    api: { '': requestsContent, json: requestsContent, 'json.stream': asyncIo, pickRegistry: none, getAuth: none },
  },
  {
    module: 'minipass-fetch',
    api: { '': requestsContent, isRedirect: none, Headers: none, Request: none, Response: none, FetchError: none, AbortError: none },
  },
  // simple-get: the callback gets the response stream; `concat` buffers the body (parsed with `json: true`).
  {
    module: 'simple-get',
    api: {
      '': asyncIo,
      get: asyncIo,
      post: asyncIo,
      put: asyncIo,
      patch: asyncIo,
      head: asyncIo,
      delete: asyncIo,
      concat: requestsContent,
    },
  },
  // urllib 4 is built on undici; its default export is an object holding `request` and `curl`.
  {
    module: 'urllib',
    api: {
      request: requestsContent,
      curl: requestsContent,
      fetch: requestsContent,
      'FetchFactory.fetch': requestsContent,
      HttpClient: creates('urllib#HttpClient'),
      HttpClient2: creates('urllib#HttpClient'),
      getDefaultHttpClient: creates('urllib#HttpClient'),
      // urllib re-exports undici's.
      ...undiciDispatchersAndClasses,
    },
  },
  {
    module: 'urllib#HttpClient',
    api: {
      ...listenerApi,
      request: requestsContent,
      curl: requestsContent,
      getDispatcher: creates('undici#Dispatcher'),
      setDispatcher: none,
      getDispatcherPoolStats: none,
    },
  },
  { module: 'redaxios', api: redaxiosApi },
  { module: 'redaxios#Instance', api: redaxiosApi },
  // node-fetch-native: Node's own fetch when it has one, node-fetch otherwise.
  {
    module: 'node-fetch-native',
    aliases: ['node-fetch-native/node', 'node-fetch-native/native'],
    api: {
      '': requestsContent,
      fetch: requestsContent,
      Blob: none,
      File: none,
      FormData: none,
      Headers: none,
      Request: none,
      Response: none,
      AbortController: none,
    },
  },
  {
    module: 'node-fetch-native/proxy',
    api: { fetch: requestsContent, createFetch: creates('node-fetch-native#Fetch'), createProxy: none },
  },
  { module: 'node-fetch-native#Fetch', api: { '': requestsContent } },
];

// ---------------------------------------------------------------- databases, queues, caches

const sqlDriverNone: Record<string, ApiInfo> = { ...listenerApi, escape: none, escapeId: none, format: none };

const databaseTables: ModuleTable[] = [
  {
    module: 'pg',
    api: {
      Client: creates('pg#Client'),
      Pool: creates('pg#Pool'),
      // The libpq bindings (pg-native) behind the same API.
      'native.Client': creates('pg#Client'),
      'native.Pool': creates('pg#Pool'),
      escapeLiteral: none,
      escapeIdentifier: none,
      'types.setTypeParser': none,
      'types.getTypeParser': none,
    },
  },
  {
    module: 'pg#Client',
    defaultEffect: 'async-io',
    api: { ...listenerApi, connect: asyncIo, query: asyncIo, end: asyncIo, escapeLiteral: none, escapeIdentifier: none },
  },
  {
    module: 'pg#Pool',
    defaultEffect: 'async-io',
    api: { ...listenerApi, connect: creates('pg#PoolClient', 'async-io'), query: asyncIo, end: asyncIo },
  },
  { module: 'pg#PoolClient', extends: 'pg#Client', api: { release: none } },
  // NeDB: an in-memory store whose operations go through a queue that persists to its file.
  { module: 'nedb', aliases: ['@seald-io/nedb'], api: { '': creates('nedb#Datastore') } },
  { module: 'nedb#Datastore', defaultEffect: 'async-io', api: { ...listenerApi, getAllData: none, ensureIndex: none } },
  {
    module: 'postgres',
    api: { '': creates('postgres#Sql') },
  },
  {
    module: 'postgres#Sql',
    defaultEffect: 'async-io',
    api: { '': asyncIo, json: none, array: none, unsafe: asyncIo, begin: asyncIo, end: asyncIo },
  },
  {
    module: 'mysql',
    api: {
      createConnection: creates('mysql#Connection'),
      createPool: creates('mysql#Pool'),
      createPoolCluster: creates('mysql#PoolCluster'),
      escape: none,
      escapeId: none,
      format: none,
      raw: none,
    },
  },
  { module: 'mysql#Connection', defaultEffect: 'async-io', api: sqlDriverNone },
  {
    module: 'mysql#Pool',
    defaultEffect: 'async-io',
    api: { ...sqlDriverNone, getConnection: creates('mysql#Connection', 'async-io') },
  },
  { module: 'mysql#PoolCluster', defaultEffect: 'async-io', api: { ...sqlDriverNone, of: creates('mysql#Pool') } },
  {
    module: 'mysql2',
    api: {
      createConnection: creates('mysql2#Connection'),
      createPool: creates('mysql2#Pool'),
      createPoolCluster: creates('mysql2#PoolCluster'),
      escape: none,
      escapeId: none,
      format: none,
      raw: none,
    },
  },
  {
    module: 'mysql2#Connection',
    defaultEffect: 'async-io',
    api: { ...sqlDriverNone, promise: creates('mysql2/promise#Connection') },
  },
  {
    module: 'mysql2#Pool',
    defaultEffect: 'async-io',
    api: {
      ...sqlDriverNone,
      getConnection: creates('mysql2#Connection', 'async-io'),
      promise: creates('mysql2/promise#Pool'),
    },
  },
  { module: 'mysql2#PoolCluster', defaultEffect: 'async-io', api: { ...sqlDriverNone, of: creates('mysql2#Pool') } },
  {
    module: 'mysql2/promise',
    api: {
      createConnection: creates('mysql2/promise#Connection', 'async-io'),
      createPool: creates('mysql2/promise#Pool'),
      createPoolCluster: creates('mysql2#PoolCluster'),
      escape: none,
      escapeId: none,
      format: none,
      raw: none,
    },
  },
  { module: 'mysql2/promise#Connection', defaultEffect: 'async-io', api: sqlDriverNone },
  {
    module: 'mysql2/promise#Pool',
    defaultEffect: 'async-io',
    api: { ...sqlDriverNone, getConnection: creates('mysql2/promise#PoolConnection', 'async-io') },
  },
  { module: 'mysql2/promise#PoolConnection', extends: 'mysql2/promise#Connection', api: { release: none } },
  {
    module: 'mongodb',
    api: {
      MongoClient: creates('mongodb#MongoClient'),
      'MongoClient.connect': creates('mongodb#MongoClient', 'async-io'),
      ObjectId: none,
      Binary: none,
      Decimal128: none,
      Long: none,
      Timestamp: none,
    },
  },
  {
    module: 'mongodb#MongoClient',
    defaultEffect: 'async-io',
    api: { ...listenerApi, connect: creates('mongodb#MongoClient', 'async-io'), db: creates('mongodb#Db'), startSession: none },
  },
  {
    module: 'mongodb#Db',
    defaultEffect: 'async-io',
    api: {
      collection: creates('mongodb#Collection'),
      listCollections: creates('mongodb#Cursor'),
      aggregate: creates('mongodb#Cursor'),
      watch: asyncIo,
    },
  },
  {
    module: 'mongodb#Collection',
    defaultEffect: 'async-io',
    api: {
      find: creates('mongodb#Cursor'),
      aggregate: creates('mongodb#Cursor'),
      listIndexes: creates('mongodb#Cursor'),
      initializeOrderedBulkOp: none,
      initializeUnorderedBulkOp: none,
    },
  },
  {
    module: 'mongodb#Cursor',
    defaultEffect: 'async-io',
    api: {
      sort: creates('mongodb#Cursor'),
      limit: creates('mongodb#Cursor'),
      skip: creates('mongodb#Cursor'),
      project: creates('mongodb#Cursor'),
      filter: creates('mongodb#Cursor'),
      batchSize: creates('mongodb#Cursor'),
      map: creates('mongodb#Cursor'),
      hint: creates('mongodb#Cursor'),
      collation: creates('mongodb#Cursor'),
      maxTimeMS: creates('mongodb#Cursor'),
      ...listenerApi,
    },
  },
  {
    module: 'mongoose',
    api: {
      connect: asyncIo,
      disconnect: asyncIo,
      createConnection: creates('mongoose#Connection', 'async-io'),
      model: creates('mongoose#Model'),
      Schema: none,
      set: none,
      plugin: none,
      isValidObjectId: none,
      'Types.ObjectId': none,
      'connection.close': asyncIo,
      'connection.on': none,
      'connection.once': none,
    },
  },
  {
    module: 'mongoose#Connection',
    defaultEffect: 'async-io',
    api: { ...listenerApi, model: creates('mongoose#Model'), asPromise: asyncIo, close: asyncIo },
  },
  { module: 'mongoose#Model', defaultEffect: 'async-io', api: { ...listenerApi, hydrate: none } },
  {
    module: 'ioredis',
    api: { '': creates('ioredis#Redis'), Redis: creates('ioredis#Redis'), Cluster: creates('ioredis#Redis') },
  },
  {
    module: 'ioredis#Redis',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      pipeline: creates('ioredis#Pipeline'),
      multi: creates('ioredis#Pipeline'),
      duplicate: creates('ioredis#Redis'),
      defineCommand: none,
      disconnect: none,
    },
  },
  { module: 'ioredis#Pipeline', defaultEffect: 'none', api: { exec: asyncIo } },
  {
    module: 'redis',
    api: {
      createClient: creates('redis#Client'),
      createCluster: creates('redis#Client'),
      commandOptions: none,
    },
  },
  {
    module: 'redis#Client',
    defaultEffect: 'async-io',
    // `await createClient(url).connect()` resolves to the client (node-redis 4).
    api: { ...listenerApi, connect: creates('redis#Client', 'async-io'), multi: creates('redis#Multi'), duplicate: creates('redis#Client') },
  },
  { module: 'redis#Multi', defaultEffect: 'none', api: { exec: asyncIo, execAsPipeline: asyncIo, execAsync: asyncIo } },
  {
    module: '@prisma/client',
    api: { PrismaClient: creates('@prisma/client#PrismaClient'), 'Prisma.sql': none, 'Prisma.join': none },
  },
  {
    module: '@prisma/client#PrismaClient',
    defaultEffect: 'async-io',
    api: { $on: none, $use: none, $extends: creates('@prisma/client#PrismaClient') },
  },
  {
    module: 'sequelize',
    api: {
      '': creates('sequelize#Sequelize'),
      Sequelize: creates('sequelize#Sequelize'),
      DataTypes: none,
      Model: none,
      literal: none,
      fn: none,
      col: none,
      where: none,
    },
  },
  {
    module: 'sequelize#Sequelize',
    defaultEffect: 'async-io',
    api: { define: creates('sequelize#Model'), model: creates('sequelize#Model'), literal: none, fn: none, col: none },
  },
  {
    module: 'sequelize#Model',
    defaultEffect: 'async-io',
    api: { init: none, build: none, belongsTo: none, hasMany: none, hasOne: none, belongsToMany: none, addHook: none },
  },
  {
    module: 'knex',
    api: { '': creates('knex#Knex'), knex: creates('knex#Knex') },
  },
  {
    module: 'knex#Knex',
    defaultEffect: 'async-io',
    api: { '': creates('knex#QueryBuilder'), queryBuilder: creates('knex#QueryBuilder'), ref: none, fn: none },
  },
  {
    module: 'knex#QueryBuilder',
    defaultEffect: 'async-io',
    api: { toSQL: none, toString: none, toQuery: none },
  },
  {
    module: 'typeorm',
    api: {
      DataSource: creates('typeorm#DataSource'),
      createConnection: creates('typeorm#DataSource', 'async-io'),
      getConnection: creates('typeorm#DataSource'),
      getRepository: creates('typeorm#Repository'),
      getManager: creates('typeorm#Repository'),
      Entity: none,
      Column: none,
      PrimaryGeneratedColumn: none,
    },
  },
  {
    module: 'typeorm#DataSource',
    defaultEffect: 'async-io',
    api: {
      getRepository: creates('typeorm#Repository'),
      getTreeRepository: creates('typeorm#Repository'),
      createQueryBuilder: creates('typeorm#QueryBuilder'),
      createQueryRunner: none,
    },
  },
  {
    module: 'typeorm#Repository',
    defaultEffect: 'async-io',
    api: { create: none, merge: none, createQueryBuilder: creates('typeorm#QueryBuilder'), getId: none, hasId: none },
  },
  {
    module: 'typeorm#QueryBuilder',
    defaultEffect: 'async-io',
    api: {
      ...Object.fromEntries(
        [
          'select', 'addSelect', 'from', 'where', 'andWhere', 'orWhere', 'leftJoin', 'leftJoinAndSelect', 'innerJoin',
          'innerJoinAndSelect', 'orderBy', 'addOrderBy', 'groupBy', 'having', 'skip', 'take', 'limit', 'offset',
          'setParameter', 'setParameters', 'insert', 'update', 'delete', 'into', 'values', 'set', 'returning',
        ].map((method) => [method, creates('typeorm#QueryBuilder')]),
      ),
      getSql: none,
      getQuery: none,
    },
  },
  {
    // `const pgp = require('pg-promise')(options); const db = pgp(connection)`: every query method returns a promise.
    module: 'pg-promise',
    api: { '': creates('pg-promise#Main') },
  },
  {
    module: 'pg-promise#Main',
    defaultEffect: 'none',
    api: { '': creates('pg-promise#Database'), end: none },
  },
  {
    module: 'pg-promise#Database',
    defaultEffect: 'async-io',
    api: { $config: none, $cn: none, $dc: none, $pool: none },
  },
  {
    module: 'better-sqlite3',
    api: {
      '': {
        effect: 'blocking-io',
        alternative: 'open once at start-up, or use the database from a worker thread',
        returns: 'better-sqlite3#Database',
      },
    },
  },
  {
    module: 'better-sqlite3#Database',
    api: {
      prepare: creates('better-sqlite3#Statement'),
      exec: blocking('run the queries in a worker thread (e.g. piscina)'),
      pragma: blocking('run the queries in a worker thread (e.g. piscina)'),
      close: blocking('close once at shutdown'),
      loadExtension: blocking('load extensions once at start-up'),
      serialize: blocking('run the queries in a worker thread (e.g. piscina)'),
      backup: asyncIo,
      transaction: none,
      function: none,
      aggregate: none,
      table: none,
      unsafeMode: none,
      defaultSafeIntegers: none,
    },
  },
  {
    module: 'better-sqlite3#Statement',
    api: {
      run: blocking('run the queries in a worker thread (e.g. piscina)'),
      get: blocking('run the queries in a worker thread (e.g. piscina)'),
      all: blocking('run the queries in a worker thread (e.g. piscina)'),
      iterate: blocking('run the queries in a worker thread (e.g. piscina)'),
      pluck: creates('better-sqlite3#Statement'),
      expand: creates('better-sqlite3#Statement'),
      raw: creates('better-sqlite3#Statement'),
      bind: creates('better-sqlite3#Statement'),
      safeIntegers: creates('better-sqlite3#Statement'),
      columns: none,
    },
  },
  {
    module: 'sqlite3',
    api: {
      Database: creates('sqlite3#Database', 'async-io'),
      'cached.Database': creates('sqlite3#Database', 'async-io'),
      verbose: creates('sqlite3#Module'),
    },
  },
  { module: 'sqlite3#Module', extends: 'sqlite3', api: {} },
  {
    module: 'sqlite3#Database',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      prepare: creates('sqlite3#Statement', 'async-io'),
      serialize: none,
      parallelize: none,
      configure: none,
    },
  },
  { module: 'sqlite3#Statement', defaultEffect: 'async-io', api: {} },
  {
    module: 'amqplib',
    api: { connect: creates('amqplib#Connection', 'async-io') },
  },
  {
    module: 'amqplib#Connection',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      createChannel: creates('amqplib#Channel', 'async-io'),
      createConfirmChannel: creates('amqplib#Channel', 'async-io'),
    },
  },
  { module: 'amqplib#Channel', defaultEffect: 'async-io', api: listenerApi },
  { module: 'amqplib/callback_api', api: { connect: asyncIo } },
  {
    module: 'kafkajs',
    api: { Kafka: creates('kafkajs#Kafka'), logLevel: none },
  },
  {
    module: 'kafkajs#Kafka',
    api: {
      producer: creates('kafkajs#Client'),
      consumer: creates('kafkajs#Client'),
      admin: creates('kafkajs#Client'),
      logger: none,
    },
  },
  {
    module: 'kafkajs#Client',
    defaultEffect: 'async-io',
    api: { ...listenerApi, pause: none, resume: none, paused: none, logger: none },
  },
  {
    module: 'bullmq',
    api: {
      Queue: creates('bullmq#Client'),
      Worker: creates('bullmq#Client', 'async-io'),
      QueueEvents: creates('bullmq#Client', 'async-io'),
      FlowProducer: creates('bullmq#Client'),
    },
  },
  { module: 'bullmq#Client', defaultEffect: 'async-io', api: listenerApi },
  { module: 'bull', api: { '': creates('bull#Queue') } },
  { module: 'bull#Queue', defaultEffect: 'async-io', api: listenerApi },
];

// ---------------------------------------------------------------- cloud, messaging, RPC

/** AWS SDK v3 clients all derive from the Smithy client: `send` is the only network call. */
const awsTables: ModuleTable[] = [
  {
    module: '@smithy/smithy-client#Client',
    api: { send: asyncIo, destroy: none, 'middlewareStack.add': none, 'middlewareStack.use': none },
  },
  { module: '@aws-sdk#AggregatedClient', extends: '@smithy/smithy-client#Client', defaultEffect: 'async-io', api: {} },
  {
    module: '@aws-sdk/client-s3',
    api: {
      S3Client: creates('@smithy/smithy-client#Client'),
      S3: creates('@aws-sdk#AggregatedClient'),
      paginateListObjectsV2: asyncIo,
      paginateListBuckets: asyncIo,
      waitUntilObjectExists: asyncIo,
      waitUntilBucketExists: asyncIo,
    },
  },
  {
    module: '@aws-sdk/client-dynamodb',
    api: {
      DynamoDBClient: creates('@smithy/smithy-client#Client'),
      DynamoDB: creates('@aws-sdk#AggregatedClient'),
      paginateScan: asyncIo,
      paginateQuery: asyncIo,
    },
  },
  {
    module: '@aws-sdk/client-sqs',
    api: { SQSClient: creates('@smithy/smithy-client#Client'), SQS: creates('@aws-sdk#AggregatedClient') },
  },
  {
    module: '@aws-sdk/client-sns',
    api: { SNSClient: creates('@smithy/smithy-client#Client'), SNS: creates('@aws-sdk#AggregatedClient') },
  },
  {
    module: '@aws-sdk/client-lambda',
    api: { LambdaClient: creates('@smithy/smithy-client#Client'), Lambda: creates('@aws-sdk#AggregatedClient') },
  },
  {
    module: '@aws-sdk/client-secrets-manager',
    api: {
      SecretsManagerClient: creates('@smithy/smithy-client#Client'),
      SecretsManager: creates('@aws-sdk#AggregatedClient'),
    },
  },
  {
    module: '@aws-sdk/lib-dynamodb',
    api: {
      'DynamoDBDocumentClient.from': creates('@smithy/smithy-client#Client'),
      'DynamoDBDocument.from': creates('@aws-sdk#AggregatedClient'),
      DynamoDBDocumentClient: creates('@smithy/smithy-client#Client'),
      paginateScan: asyncIo,
      paginateQuery: asyncIo,
    },
  },
  {
    module: 'aws-sdk',
    api: {
      S3: creates('aws-sdk#Service'),
      DynamoDB: creates('aws-sdk#Service'),
      'DynamoDB.DocumentClient': creates('aws-sdk#Service'),
      SQS: creates('aws-sdk#Service'),
      SNS: creates('aws-sdk#Service'),
      Lambda: creates('aws-sdk#Service'),
      SES: creates('aws-sdk#Service'),
      SecretsManager: creates('aws-sdk#Service'),
      'config.update': none,
      Credentials: none,
    },
  },
  { module: 'aws-sdk#Service', defaultEffect: 'async-io', api: { getSignedUrl: none } },
];

/** Every AWS SDK v3 service client package: `new XClient(config).send(new YCommand(input))`. */
export const moduleFamilies: ModuleFamily[] = [
  {
    prefixes: ['@aws-sdk/client-', '@aws-sdk/nested-clients/'],
    members: [
      { name: /^[A-Z]\w*Client$/, info: creates('@smithy/smithy-client#Client') },
      { name: /^[A-Z]\w*(?:Command|Exception)$/, info: none },
      { name: /^(?:paginate|waitUntil|waitFor)[A-Z]/, info: asyncIo },
      // The aggregated client (`new SSM(config).getParameter(input)`): one method per operation.
      { name: /^[A-Z][A-Za-z0-9]*$/, info: creates('@aws-sdk#AggregatedClient') },
    ],
  },
];

/** FTP, SFTP and SSH clients: every method talks to the server, apart from listeners. */
const remoteShellTables: ModuleTable[] = [
  // An mDNS socket: queries and responses go out as multicast datagrams.
  { module: 'multicast-dns', api: { '': creates('multicast-dns#MulticastDNS') } },
  { module: 'multicast-dns#MulticastDNS', api: { ...listenerApi, send: asyncIo, query: asyncIo, respond: asyncIo, destroy: asyncIo, update: none } },
  { module: 'ssh2', api: { Client: creates('ssh2#Client') } },
  { module: 'ssh2#Client', defaultEffect: 'async-io', api: { ...listenerApi, setNoDelay: none } },
  { module: 'node-ssh', api: { NodeSSH: creates('node-ssh#NodeSSH') } },
  // Shipit's SSH layer: commands and copies run `ssh`, `scp` or `rsync` as async child processes, on every server of a pool.
  { module: 'ssh-pool', api: { Connection: creates('ssh-pool#Connection'), ConnectionPool: creates('ssh-pool#ConnectionPool'), exec: asyncIo, isRsyncSupported: asyncIo } },
  { module: 'ssh-pool#Connection', defaultEffect: 'async-io', api: { buildSSHCommand: none, log: none, aggregate: none } },
  { module: 'ssh-pool#ConnectionPool', defaultEffect: 'async-io', api: {} },
  { module: 'node-ssh#NodeSSH', defaultEffect: 'async-io', api: { ...listenerApi, isConnected: none, dispose: none } },
  { module: 'ssh2-sftp-client', api: { '': creates('ssh2-sftp-client#Client') } },
  { module: 'ssh2-sftp-client#Client', defaultEffect: 'async-io', api: { ...listenerApi, removeListener: none } },
  { module: 'ftp', api: { '': creates('ftp#Client') } },
  { module: 'ftp#Client', defaultEffect: 'async-io', api: { ...listenerApi, destroy: none } },
  { module: 'promise-ftp', api: { '': creates('promise-ftp#Client') } },
  { module: 'promise-ftp#Client', defaultEffect: 'async-io', api: { ...listenerApi, getConnectionStatus: none, destroy: none } },
  { module: 'basic-ftp', api: { Client: creates('basic-ftp#Client') } },
  { module: 'basic-ftp#Client', defaultEffect: 'async-io', api: { close: none, trackProgress: none, closed: none } },
  { module: 'imap', api: { '': creates('imap#Connection'), parseHeader: none } },
  { module: 'imap#Connection', defaultEffect: 'async-io', api: { ...listenerApi, destroy: none, serverSupports: none } },
  // emailjs-tcp-socket: `TCPSocket.open(host, port)` connects and hands back the socket.
  { module: 'emailjs-tcp-socket', api: { open: creates('emailjs-tcp-socket#Socket', 'async-io') } },
  { module: 'emailjs-tcp-socket#Socket', defaultEffect: 'async-io', api: { suspend: none, resume: none } },
];

const messagingTables: ModuleTable[] = [
  {
    module: 'ws',
    api: {
      '': creates('ws#WebSocket', 'async-io'),
      WebSocket: creates('ws#WebSocket', 'async-io'),
      WebSocketServer: creates('ws#WebSocketServer', 'async-io'),
      Server: creates('ws#WebSocketServer', 'async-io'),
      createWebSocketStream: none,
    },
  },
  {
    module: 'ws#WebSocket',
    defaultEffect: 'async-io',
    api: { ...listenerApi, addEventListener: none, removeEventListener: none },
  },
  {
    module: 'ws#WebSocketServer',
    defaultEffect: 'async-io',
    api: { ...listenerApi, address: none, shouldHandle: none },
  },
  {
    module: 'socket.io',
    api: { '': creates('socket.io#Server', 'async-io'), Server: creates('socket.io#Server', 'async-io') },
  },
  {
    module: 'socket.io#Server',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      use: none,
      of: creates('socket.io#Server'),
      to: creates('socket.io#Server'),
      in: creates('socket.io#Server'),
      except: creates('socket.io#Server'),
    },
  },
  {
    module: 'socket.io-client',
    api: { '': creates('socket.io-client#Socket', 'async-io'), io: creates('socket.io-client#Socket', 'async-io') },
  },
  { module: 'socket.io-client#Socket', defaultEffect: 'async-io', api: listenerApi },
  // WebSocket clients and servers other than ws: each instance's sends, pings and closes go out over the network.
  { module: 'isomorphic-ws', api: { '': creates('ws#WebSocket', 'async-io'), WebSocket: creates('ws#WebSocket', 'async-io') } },
  {
    module: 'faye-websocket',
    api: {
      '': creates('faye-websocket#WebSocket'),
      Client: creates('faye-websocket#WebSocket', 'async-io'),
      EventSource: creates('faye-websocket#WebSocket'),
      isWebSocket: none,
    },
  },
  { module: 'faye-websocket#WebSocket', defaultEffect: 'async-io', api: { ...listenerApi, addEventListener: none, removeEventListener: none, getState: none } },
  { module: 'reconnecting-websocket', api: { '': creates('reconnecting-websocket#WebSocket', 'async-io') } },
  { module: 'reconnecting-websocket#WebSocket', defaultEffect: 'async-io', api: { addEventListener: none, removeEventListener: none, dispatchEvent: none } },
  { module: 'sockjs-client', api: { '': creates('sockjs-client#SockJS', 'async-io') } },
  { module: 'sockjs-client#SockJS', defaultEffect: 'async-io', api: { ...listenerApi, addEventListener: none, removeEventListener: none, dispatchEvent: none } },
  {
    module: 'websocket',
    api: {
      client: creates('websocket#client'),
      w3cwebsocket: creates('ws#WebSocket', 'async-io'),
      server: creates('websocket#server'),
    },
  },
  { module: 'websocket#client', api: { ...listenerApi, connect: asyncIo, abort: none } },
  { module: 'websocket#server', defaultEffect: 'async-io', api: { ...listenerApi, mount: none, unmount: none } },
  {
    module: 'nodemailer',
    api: {
      createTransport: creates('nodemailer#Transporter'),
      createTestAccount: asyncIo,
      getTestMessageUrl: none,
    },
  },
  {
    module: 'nodemailer#Transporter',
    api: { ...listenerApi, sendMail: asyncIo, verify: asyncIo, close: none, use: none },
  },
  {
    module: '@grpc/grpc-js',
    api: {
      Server: creates('@grpc/grpc-js#Server'),
      Client: creates('@grpc/grpc-js#Client'),
      loadPackageDefinition: none,
      makeClientConstructor: none,
      'credentials.createInsecure': none,
      'credentials.createSsl': none,
      'ServerCredentials.createInsecure': none,
      'ServerCredentials.createSsl': none,
      Metadata: none,
    },
  },
  {
    module: '@grpc/grpc-js#Server',
    api: { bindAsync: asyncIo, tryShutdown: asyncIo, forceShutdown: none, addService: none, start: none },
  },
  { module: '@grpc/grpc-js#Client', defaultEffect: 'async-io', api: { close: none, getChannel: none } },
  {
    module: '@grpc/proto-loader',
    api: { load: threadpool, loadSync: blocking('@grpc/proto-loader.load') },
  },
  {
    // Loading .proto files reads them from disk; parsing and encoding are in memory.
    module: 'protobufjs',
    api: { load: threadpool, loadSync: blocking('protobufjs.load'), Root: creates('protobufjs#Root'), 'Root.fromJSON': none, parse: none },
  },
  { module: 'protobufjs#Root', api: { load: threadpool, loadSync: blocking('Root.load'), resolveAll: none, lookup: none, lookupType: none, lookupService: none, lookupEnum: none } },
  {
    module: 'puppeteer',
    api: { launch: creates('puppeteer#Browser', 'async-io'), connect: creates('puppeteer#Browser', 'async-io') },
  },
  {
    module: 'puppeteer#Browser',
    defaultEffect: 'async-io',
    api: { ...listenerApi, newPage: creates('puppeteer#Page', 'async-io') },
  },
  { module: 'puppeteer#Page', defaultEffect: 'async-io', api: listenerApi },
];

// ---------------------------------------------------------------- fs helpers and processes

const fsExtraOwnApi: Record<string, ApiInfo> = {
  copySync: blocking('fs-extra.copy'),
  moveSync: blocking('fs-extra.move'),
  removeSync: blocking('fs-extra.remove'),
  emptyDirSync: blocking('fs-extra.emptyDir'),
  emptydirSync: blocking('fs-extra.emptyDir'),
  ensureDirSync: blocking('fs-extra.ensureDir'),
  ensureFileSync: blocking('fs-extra.ensureFile'),
  createFileSync: blocking('fs-extra.ensureFile'),
  ensureLinkSync: blocking('fs-extra.ensureLink'),
  createLinkSync: blocking('fs-extra.ensureLink'),
  ensureSymlinkSync: blocking('fs-extra.ensureSymlink'),
  createSymlinkSync: blocking('fs-extra.ensureSymlink'),
  mkdirsSync: blocking('fs-extra.mkdirs'),
  mkdirpSync: blocking('fs-extra.mkdirp'),
  outputFileSync: blocking('fs-extra.outputFile'),
  outputJsonSync: blocking('fs-extra.outputJson'),
  outputJSONSync: blocking('fs-extra.outputJson'),
  readJsonSync: blocking('fs-extra.readJson'),
  readJSONSync: blocking('fs-extra.readJson'),
  writeJsonSync: blocking('fs-extra.writeJson'),
  writeJSONSync: blocking('fs-extra.writeJson'),
  pathExistsSync: blocking('fs-extra.pathExists'),
  copy: threadpool,
  move: threadpool,
  remove: threadpool,
  emptyDir: threadpool,
  emptydir: threadpool,
  ensureDir: threadpool,
  ensureFile: threadpool,
  createFile: threadpool,
  ensureLink: threadpool,
  createLink: threadpool,
  ensureSymlink: threadpool,
  createSymlink: threadpool,
  mkdirs: threadpool,
  mkdirp: threadpool,
  outputFile: threadpool,
  outputJson: threadpool,
  outputJSON: threadpool,
  readJson: readsContent,
  readJSON: readsContent,
  writeJson: threadpool,
  writeJSON: threadpool,
  pathExists: threadpool,
};

/** A Bluebird promise made of a value, or a step chained on one: it waits on nothing. */
const bluebirdChain = creates('bluebird#Promise');
const bluebirdDelay = creates('bluebird#Promise', 'async-io');
const bluebirdRunsNow: ApiInfo = { ...invokesFirst, returns: 'bluebird#Promise' };

const fsHelperTables: ModuleTable[] = [
  { module: 'fs-extra', extends: 'fs', api: fsExtraOwnApi },
  { module: 'graceful-fs', extends: 'fs', api: {} },
  { module: 'original-fs', extends: 'fs', api: {} },
  { module: 'mz/fs', extends: 'fs', api: {} },
  // fs with promises for callbacks (deprecated for fs/promises, still in compiled CLIs).
  { module: 'fs-promise', extends: 'fs', api: {} },
  // hexo-fs: graceful-fs with Bluebird promises, and directory helpers of its own.
  {
    module: 'hexo-fs',
    extends: 'fs',
    api: {
      exists: threadpool,
      mkdirs: threadpool,
      copyDir: threadpool,
      listDir: threadpool,
      emptyDir: threadpool,
      ensurePath: threadpool,
      ensureWriteStream: threadpool,
      mkdirsSync: blocking('hexo-fs.mkdirs'),
      listDirSync: blocking('hexo-fs.listDir'),
      emptyDirSync: blocking('hexo-fs.emptyDir'),
      ensurePathSync: blocking('hexo-fs.ensurePath'),
      ensureWriteStreamSync: blocking('hexo-fs.ensureWriteStream'),
      escapeEOL: none,
      escapeBOM: none,
      escapeFileContent: none,
    },
  },
  // hexo-util: a promise-returning spawn, and text helpers for the site generator.
  {
    module: 'hexo-util',
    api: {
      spawn: asyncIo,
      highlight: cpuHeavy('highlight at build time or cache the output'),
      prismHighlight: cpuHeavy('highlight at build time or cache the output'),
      tocObj: parsesText,
      stripHTML: parsesText,
      escapeHTML: none,
      unescapeHTML: none,
      escapeRegExp: none,
      slugize: none,
      url_for: none,
      full_url_for: none,
      relative_url: none,
      encodeURL: none,
      decodeURL: none,
      isExternalLink: none,
      htmlTag: none,
      Pattern: none,
      Permalink: none,
      Cache: none,
      Color: none,
    },
  },
  // Grunt's file API, handed to every plugin as `grunt`: each helper reads, writes or globs synchronously.
  {
    module: 'grunt',
    api: {
      'file.read': blocking('fs.promises.readFile'),
      'file.readJSON': blocking('fs.promises.readFile'),
      'file.readYAML': blocking('fs.promises.readFile'),
      'file.write': blocking('fs.promises.writeFile'),
      'file.copy': blocking('fs.promises.copyFile'),
      'file.delete': blocking('fs.promises.rm'),
      'file.mkdir': blocking('fs.promises.mkdir'),
      'file.recurse': blocking('fs.promises.readdir'),
      'file.expand': blocking('fast-glob'),
      'file.expandMapping': blocking('fast-glob'),
      'file.exists': blocking('fs.promises.access'),
      'file.isDir': blocking('fs.promises.stat'),
      'file.isFile': blocking('fs.promises.stat'),
      'file.isLink': blocking('fs.promises.lstat'),
    },
  },
  { module: 'grunt#Grunt', extends: 'grunt', api: {} },
  // Synchronous file helpers, every one a blocking call (`fs.isDir(dir)`, `fs.remove(p)`).
  {
    module: 'fs-sync',
    api: {
      copy: blocking('fs.promises.cp'),
      expand: blocking('fast-glob'),
      exists: blocking('fs.promises.access'),
      isLink: blocking('fs.promises.lstat'),
      isDir: blocking('fs.promises.stat'),
      isFile: blocking('fs.promises.stat'),
      mkdir: blocking('fs.promises.mkdir'),
      read: blocking('fs.promises.readFile'),
      readJSON: blocking('fs.promises.readFile'),
      remove: blocking('fs.promises.rm'),
      write: blocking('fs.promises.writeFile'),
      doesPathContain: none,
      isPathAbsolute: none,
    },
  },
  // `fs.attempt.unlinkSync(p)`, `fs.retry.readFile(options)(p)`: fs's functions, retried or with errors ignored.
  { module: 'stubborn-fs', api: { ...withPrefix('attempt', fsFunctionApi), ...withPrefix('retry', fsFunctionApi) } },
  {
    module: 'glob',
    api: {
      '': asyncIo,
      glob: asyncIo,
      sync: blocking('glob (async)'),
      globSync: blocking('glob (async)'),
      'glob.sync': blocking('glob (async)'),
      globStream: asyncIo,
      globStreamSync: blocking('globStream'),
      globIterate: asyncIo,
      globIterateSync: blocking('globIterate'),
      // glob 7 and before: `new Glob(pattern, options, cb)` starts walking at once and calls back with the matches.
      Glob: { ...creates('glob#Glob'), when: 'no-callback', withCallback: 'async-io' },
      GlobSync: blocking('glob (async)'),
      hasMagic: none,
      escape: none,
      unescape: none,
    },
  },
  {
    module: 'glob#Glob',
    api: {
      walk: asyncIo,
      walkSync: blocking('Glob.walk'),
      stream: asyncIo,
      streamSync: blocking('Glob.stream'),
      iterate: asyncIo,
      iterateSync: blocking('Glob.iterate'),
      ...listenerApi,
    },
  },
  {
    module: 'fast-glob',
    api: {
      '': asyncIo,
      async: asyncIo,
      glob: asyncIo,
      stream: asyncIo,
      globStream: asyncIo,
      sync: blocking('fast-glob (async)'),
      globSync: blocking('fast-glob (async)'),
      escapePath: none,
      isDynamicPattern: none,
      generateTasks: none,
      convertPathToPattern: none,
    },
  },
  {
    // Q's node-style adapters call the function they are given, with a callback, right away.
    module: 'q',
    api: { nfcall: invokesFirst, nfapply: invokesFirst, fcall: invokesFirst },
  },
  // A repository's .git/config read and parsed: with a callback or a promise on the thread pool, `sync` blocking.
  {
    module: 'parse-git-config',
    api: { '': threadpool, promise: threadpool, sync: blocking('parse-git-config (async)'), expandKeys: none, resolveConfigPath: none },
  },
  { module: 'remote-origin-url', api: { '': threadpool, promise: threadpool, sync: blocking('remote-origin-url (async)') } },
  { module: 'git-repo-name', api: { '': threadpool, sync: blocking('git-repo-name (async)') } },
  // `tryCatch(fn, ...args)`: calls the function now and hands back [error, result]; try-to-catch awaits it.
  { module: 'try-catch', api: { '': invokesFirst } },
  { module: 'try-to-catch', api: { '': invokesFirst } },
  // `promisifyCall(this, this._request, ...args)`: calls the function it is given now, with a callback when none is passed.
  { module: 'promisify-call', api: { '': { effect: 'none', invokes: 1 } } },
  {
    module: 'tinyglobby',
    api: {
      glob: asyncIo,
      globSync: blocking('tinyglobby glob (async)'),
      escapePath: none,
      isDynamicPattern: none,
      convertPathToPattern: none,
    },
  },
  // The file-system layers fast-glob and chokidar's friends are built on.
  { module: '@nodelib/fs.stat', api: { stat: threadpool, statSync: blocking('@nodelib/fs.stat stat'), Settings: none } },
  { module: '@nodelib/fs.scandir', api: { scandir: threadpool, scandirSync: blocking('@nodelib/fs.scandir scandir'), Settings: none } },
  {
    module: '@nodelib/fs.walk',
    api: { walk: threadpool, walkStream: asyncIo, walkSync: blocking('@nodelib/fs.walk walk or walkStream'), Settings: none },
  },
  // Directory walkers: the async forms return an emitter or stream fed by fs calls as the walk goes.
  { module: 'walk', api: { walk: asyncIo, walkSync: blocking('walk.walk') } },
  { module: 'walkdir', api: { '': asyncIo, walk: asyncIo, find: asyncIo, async: asyncIo, sync: blocking('walkdir (async)') } },
  { module: 'klaw', api: { '': asyncIo } },
  // `new FSIterator(root, options)` only sets up the walk; `forEach` and `next` read the directories.
  { module: 'fs-iterator', api: { '': { effect: 'none', returns: 'fs-iterator#Iterator' } } },
  { module: 'fs-iterator#Iterator', api: { forEach: threadpool, next: threadpool, destroy: none, end: none, isDone: none, push: none } },
  { module: 'klaw-sync', api: { '': blocking('klaw') } },
  { module: 'readdirp', api: { '': asyncIo, promise: asyncIo, readdirpPromise: asyncIo } },
  { module: 'recursive-readdir', api: { '': asyncIo } },
  { module: 'chokidar', api: { watch: asyncIo } },
  {
    module: 'globby',
    api: {
      '': asyncIo,
      globby: asyncIo,
      globbyStream: asyncIo,
      stream: asyncIo,
      globbySync: blocking('globby (async)'),
      sync: blocking('globby (async)'),
      isGitIgnored: asyncIo,
      isGitIgnoredSync: blocking('isGitIgnored'),
      generateGlobTasks: asyncIo,
      generateGlobTasksSync: blocking('generateGlobTasks'),
      gitignore: asyncIo,
      'gitignore.sync': blocking('gitignore (async)'),
      isDynamicPattern: none,
    },
  },
  {
    module: 'rimraf',
    api: {
      '': asyncIo,
      rimraf: asyncIo,
      sync: blocking('rimraf (async)'),
      rimrafSync: blocking('rimraf (async)'),
      native: asyncIo,
      nativeSync: blocking('rimraf.native'),
      manual: asyncIo,
      manualSync: blocking('rimraf.manual'),
      posix: asyncIo,
      posixSync: blocking('rimraf.posix'),
      windows: asyncIo,
      windowsSync: blocking('rimraf.windows'),
      moveRemove: asyncIo,
      moveRemoveSync: blocking('rimraf.moveRemove'),
    },
  },
  {
    module: 'mkdirp',
    api: {
      '': asyncIo,
      mkdirp: asyncIo,
      sync: blocking('mkdirp (async)'),
      mkdirpSync: blocking('mkdirp (async)'),
      native: asyncIo,
      nativeSync: blocking('mkdirp.native'),
      manual: asyncIo,
      manualSync: blocking('mkdirp.manual'),
    },
  },
  {
    module: 'make-dir',
    api: {
      '': asyncIo,
      makeDirectory: asyncIo,
      sync: blocking('make-dir (async)'),
      makeDirectorySync: blocking('makeDirectory'),
    },
  },
  {
    module: 'del',
    api: {
      '': asyncIo,
      deleteAsync: asyncIo,
      deleteSync: blocking('deleteAsync'),
      sync: blocking('del (async)'),
    },
  },
  // Finding files: each checks paths with fs.stat/access (the callback or promise form on the thread pool).
  {
    module: 'isexe',
    api: { '': threadpool, isexe: threadpool, sync: blocking('isexe (async)'), isexeSync: blocking('isexe (async)') },
  },
  // Finding a free port: each probe opens a socket and waits for it.
  { module: 'get-port', api: { '': asyncIo } },
  { module: 'detect-port', api: { '': asyncIo, detectPort: asyncIo } },
  { module: 'portfinder', api: { getPort: asyncIo, getPortPromise: asyncIo, getPorts: asyncIo, getPortsPromise: asyncIo } },
  { module: 'portscanner', api: { findAPortNotInUse: asyncIo, findAPortInUse: asyncIo, checkPortStatus: asyncIo } },
  { module: 'tcp-port-used', api: { check: asyncIo, waitUntilFree: asyncIo, waitUntilUsed: asyncIo, waitForStatus: asyncIo } },
  {
    module: 'which',
    api: { '': threadpool, sync: blocking('which (async)') },
  },
  {
    // Bluebird promises of a value: their chains (`Bluebird.resolve(commits).each(...).then(...)`) wait on nothing.
    module: 'bluebird',
    defaultEffect: 'none',
    api: {
      resolve: bluebirdChain,
      reject: bluebirdChain,
      delay: bluebirdDelay,
      // `BPromise.fromCallback((cb) => client.geocode(value, cb))`: runs the function now, handing it a callback.
      fromCallback: bluebirdRunsNow,
      fromNode: bluebirdRunsNow,
      try: bluebirdRunsNow,
      attempt: bluebirdRunsNow,
    },
  },
  {
    module: 'bluebird#Promise',
    defaultEffect: 'none',
    api: {
      ...Object.fromEntries(['bind', 'each', 'mapSeries', 'map', 'filter', 'reduce', 'tap', 'then', 'catch', 'finally', 'spread', 'all', 'props', 'return', 'thenReturn', 'get'].map((method) => [method, bluebirdChain])),
      delay: bluebirdDelay,
    },
  },
  {
    // Streams that call the factory they are given on their first read or write, not when constructed.
    module: 'lazystream',
    api: { Readable: streamClass, Writable: streamClass },
  },
  {
    // Node's module resolution done in JavaScript: `resolve(id, opts, cb)` stats files; `resolve.sync` blocks on them.
    module: 'resolve',
    api: { '': threadpool, sync: blocking('resolve (async)'), isCore: none },
  },
  { module: 'resolve/sync', api: { '': blocking('resolve (async)') } },
  // webpack's resolver: `create.sync(options)` makes a function that stats candidates synchronously on each call.
  {
    module: 'enhanced-resolve',
    api: {
      '': threadpool,
      sync: blocking('the asynchronous resolver, or resolve once at start-up'),
      create: creates('enhanced-resolve#Resolve'),
      'create.sync': creates('enhanced-resolve#ResolveSync'),
      ResolverFactory: none,
      'ResolverFactory.createResolver': creates('enhanced-resolve#Resolver'),
      CachedInputFileSystem: none,
    },
  },
  { module: 'enhanced-resolve#Resolve', api: { '': threadpool } },
  { module: 'enhanced-resolve#ResolveSync', api: { '': blocking('the asynchronous resolver, or resolve once at start-up') } },
  { module: 'enhanced-resolve#Resolver', api: { resolve: threadpool, resolveSync: blocking('resolve (async)') } },
  { module: 'resolve/async', api: { '': threadpool } },
  // unjs's module resolution: probes candidate files and package.json exports synchronously.
  {
    module: 'exsolve',
    api: { resolveModulePath: blocking('import.meta.resolve, or resolve once at start-up'), resolveModuleURL: blocking('import.meta.resolve, or resolve once at start-up'), createResolver: none },
  },
  // Reads the start of a file (or takes a buffer) to tell text from binary: `isBinaryFileSync` and v3's `.sync` block.
  {
    module: 'isbinaryfile',
    api: { '': threadpool, isBinaryFile: threadpool, isBinaryFileSync: blocking('isBinaryFile (async)'), sync: blocking('isBinaryFile (async)') },
  },
  {
    module: 'path-exists',
    api: { '': threadpool, pathExists: threadpool, sync: blocking('path-exists (async)'), pathExistsSync: blocking('pathExists') },
  },
  {
    module: 'path-type',
    api: {
      isFile: threadpool, isDirectory: threadpool, isSymlink: threadpool,
      isFileSync: blocking('isFile'), isDirectorySync: blocking('isDirectory'), isSymlinkSync: blocking('isSymlink'),
    },
  },
  {
    module: 'locate-path',
    api: { '': threadpool, locatePath: threadpool, sync: blocking('locate-path (async)'), locatePathSync: blocking('locatePath') },
  },
  {
    module: 'find-up',
    api: {
      '': threadpool,
      findUp: threadpool,
      findUpMultiple: threadpool,
      sync: blocking('find-up (async)'),
      findUpSync: blocking('findUp'),
      findUpMultipleSync: blocking('findUpMultiple'),
      exists: threadpool,
      'sync.exists': blocking('findUp.exists'),
      stop: none,
      findUpStop: none,
    },
  },
  {
    module: 'find-up-simple',
    api: { findUp: threadpool, findUpSync: blocking('findUp') },
  },
  {
    module: 'pkg-up',
    api: { '': threadpool, pkgUp: threadpool, sync: blocking('pkg-up (async)'), pkgUpSync: blocking('pkgUp') },
  },
  {
    module: 'package-up',
    api: { packageUp: threadpool, packageUpSync: blocking('packageUp') },
  },
  {
    module: 'pkg-dir',
    api: { '': threadpool, packageDirectory: threadpool, sync: blocking('pkg-dir (async)'), packageDirectorySync: blocking('packageDirectory') },
  },
  // Files with a twist: JSON content, atomic writes, lock files, temporary files.
  {
    module: 'jsonfile',
    api: {
      readFile: readsContent,
      writeFile: threadpool,
      readFileSync: blocking('jsonfile.readFile'),
      writeFileSync: blocking('jsonfile.writeFile'),
    },
  },
  {
    module: 'load-json-file',
    api: { '': readsContent, loadJsonFile: readsContent, sync: blocking('load-json-file (async)'), loadJsonFileSync: blocking('loadJsonFile') },
  },
  {
    module: 'write-json-file',
    api: { '': threadpool, writeJsonFile: threadpool, sync: blocking('write-json-file (async)'), writeJsonFileSync: blocking('writeJsonFile') },
  },
  // package.json readers: find the file, read it, normalise the fields.
  {
    module: 'read-pkg',
    api: { '': readsContent, readPackage: readsContent, sync: blocking('read-pkg (async)'), readPackageSync: blocking('readPackage'), parsePackage: none },
  },
  {
    module: 'read-pkg-up',
    api: { '': readsContent, readPackageUp: readsContent, readPackageUpAsync: readsContent, sync: blocking('read-pkg-up (async)'), readPackageUpSync: blocking('readPackageUp') },
  },
  {
    module: 'read-package-up',
    api: { readPackageUp: readsContent, readPackageUpSync: blocking('readPackageUp') },
  },
  // Hashing files and data: hasha 5 and earlier as methods of the function, 6 as named exports.
  {
    module: 'hasha',
    api: {
      '': cpuHeavy('hasha.async (worker thread)'),
      async: worker,
      fromFile: threadpool,
      fromFileSync: blocking('hasha.fromFile'),
      fromStream: asyncIo,
      stream: none,
      hash: worker,
      hashSync: cpuHeavy('hash (worker thread)'),
      hashFile: threadpool,
      hashFileSync: blocking('hashFile'),
    },
  },
  {
    module: 'md5-file',
    api: { '': threadpool, sync: blocking('md5-file (async)') },
  },
  {
    module: 'write-file-atomic',
    api: { '': threadpool, sync: blocking('write-file-atomic (async)') },
  },
  // lowdb's writer: `new Writer(file).write(data)` writes a temporary file and renames it, asynchronously.
  { module: 'steno', api: { Writer: creates('steno#Writer') } },
  { module: 'steno#Writer', api: { write: threadpool } },
  {
    module: 'proper-lockfile',
    api: {
      lock: threadpool,
      unlock: threadpool,
      check: threadpool,
      lockSync: blocking('proper-lockfile.lock'),
      unlockSync: blocking('proper-lockfile.unlock'),
      checkSync: blocking('proper-lockfile.check'),
    },
  },
  {
    module: 'tmp',
    api: {
      file: threadpool,
      dir: threadpool,
      tmpName: threadpool,
      fileSync: blocking('tmp.file'),
      dirSync: blocking('tmp.dir'),
      tmpNameSync: blocking('tmp.tmpName'),
      setGracefulCleanup: none,
    },
  },
  {
    module: 'execa',
    // The result holds the command's output (`stdout`): content, as a response body is.
    api: {
      '': requestsContent,
      execa: requestsContent,
      execaSync: blocking('execa'),
      sync: blocking('execa'),
      command: requestsContent,
      commandSync: blocking('execa.command'),
      execaCommand: requestsContent,
      execaCommandSync: blocking('execaCommand'),
      $: requestsContent,
      '$.sync': blocking('$ (async)'),
      '$.s': blocking('$ (async)'),
      node: worker,
      execaNode: worker,
    },
  },
  // tinyexec: `x(cmd, args)` resolves to the output; `xSync` (1.3) waits for the process.
  {
    module: 'tinyexec',
    api: { '': requestsContent, x: requestsContent, exec: requestsContent, xSync: blocking('tinyexec.x'), execSync: blocking('tinyexec.exec'), NonZeroExitError: none },
  },
  {
    module: 'cross-spawn',
    aliases: ['cross-spawn-async'],
    api: { '': asyncIo, spawn: asyncIo, sync: blocking('cross-spawn (async)') },
  },
  // A git command's output as a stream (`gitSpawnedStream(repo, args, limit)`).
  { module: 'git-spawned-stream', api: { '': asyncIo } },
  // Child processes as promises of their output.
  { module: 'cross-spawn-promise', aliases: ['@expo/spawn-async'], api: { '': requestsContent } },
  {
    module: 'child-process-promise',
    aliases: ['promisify-child-process'],
    api: { exec: requestsContent, execFile: requestsContent, spawn: asyncIo, fork: asyncIo },
  },
  // `syncExec(cmd)`: a command run to completion before it returns, as execSync does (sync-exec, exec-sync).
  { module: 'sync-exec', aliases: ['exec-sync'], api: { '': blocking('child_process.exec') } },
  {
    module: 'shelljs',
    defaultEffect: 'blocking-io',
    api: {
      exec: {
        effect: 'blocking-io',
        when: 'no-callback',
        withCallback: 'async-io',
        alternative: 'shell.exec with a callback, child_process.exec or execa',
      },
      cat: blocking('fs/promises.readFile'),
      cp: blocking('fs/promises.cp'),
      mv: blocking('fs/promises.rename'),
      rm: blocking('fs/promises.rm'),
      mkdir: blocking('fs/promises.mkdir'),
      ls: blocking('fs/promises.readdir'),
      find: blocking('fs/promises.readdir (recursive)'),
      test: blocking('fs/promises.stat'),
      touch: blocking('fs/promises.utimes'),
      chmod: blocking('fs/promises.chmod'),
      ln: blocking('fs/promises.symlink'),
      grep: blocking('read with fs/promises and search in memory'),
      sed: blocking('read and write with fs/promises'),
      head: blocking('fs/promises.readFile'),
      tail: blocking('fs/promises.readFile'),
      sort: blocking('fs/promises.readFile'),
      uniq: blocking('fs/promises.readFile'),
      which: blocking('run the lookup once at start-up'),
      echo: none,
      pwd: none,
      cd: none,
      config: none,
      set: none,
      error: none,
      env: none,
      ShellString: none,
    },
  },
  {
    module: 'deasync',
    api: {
      '': blocking('await the async function instead'),
      sleep: { effect: 'sleep', alternative: 'timers/promises.setTimeout' },
      loopWhile: blocking('await a promise instead'),
      runLoopOnce: blocking('await a promise instead'),
    },
  },
  {
    module: 'sleep',
    api: {
      sleep: { effect: 'sleep', alternative: 'timers/promises.setTimeout' },
      msleep: { effect: 'sleep', alternative: 'timers/promises.setTimeout' },
      usleep: { effect: 'sleep', alternative: 'timers/promises.setTimeout' },
    },
  },
  { module: 'sync-request', api: { '': blocking('fetch or undici.request') } },
  { module: 'sync-fetch', api: { '': blocking('fetch') } },
  { module: 'sync-rpc', api: { '': blocking('call the async function directly with await') } },
  { module: 'synckit', api: { createSyncFn: blocking('call the async function directly with await'), runAsWorker: none } },
  { module: 'dotenv', api: { config: blocking('load the environment once at start-up'), parse: none } },
  // Settings stores that read their JSON file when made and read or write it on every access.
  { module: 'configstore', api: { '': { ...settingsStore, returns: 'configstore#Configstore' } } },
  { module: 'configstore#Configstore', defaultEffect: 'blocking-io', api: {} },
  { module: 'conf', api: { '': { ...settingsStore, returns: 'conf#Conf' } } },
  { module: 'conf#Conf', defaultEffect: 'blocking-io', api: {} },
];

// ---------------------------------------------------------------- CPU-heavy packages

/** The hash functions emn178's packages export by name (`const { sha256 } = require('js-sha256')`). */
const EMN178_HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'keccak224', 'keccak256', 'keccak384', 'keccak512', 'shake128', 'shake256'];
const jsCryptoAlternative = 'node:crypto (native; pbkdf2/scrypt on the thread pool)';
/** A hash computed in JavaScript over its first argument: a pass over it, nothing for a short key. */
const hashesInScript: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'hash in a worker thread, or with node:crypto' };
/** Key derivation in JavaScript: many rounds of a hash or of Salsa20 over the whole block, on the calling thread. */
const derivesPbkdf2InScript = cpuHeavy('crypto.pbkdf2 (thread pool)');
const derivesScryptInScript = cpuHeavy('crypto.scrypt (thread pool)');
const derivesArgon2InScript = cpuHeavy('argon2 (native, thread pool)');
const nobleComputes = cpuHeavy('node:crypto sign/verify (native), or a worker thread');
/** The operations every @noble curve object has (`secp256k1.sign(msg, key)`, `ed25519.getPublicKey(key)`). */
const NOBLE_CURVE_METHODS = ['sign', 'verify', 'getPublicKey', 'getSharedSecret'];
/** Members that only read or make a key or point without a scalar multiplication. */
const NOBLE_CHEAP_MEMBERS = ['ProjectivePoint.fromHex', 'Point.fromHex', 'utils.randomPrivateKey'];
const NOBLE_CURVES = ['secp256k1', 'schnorr', 'ed25519', 'ed448', 'x25519', 'x448', 'p256', 'p384', 'p521', 'bls12_381'];
const nobleCurveApi: Record<string, ApiInfo> = Object.fromEntries(
  NOBLE_CURVES.flatMap((curve) => [
    ...NOBLE_CURVE_METHODS.map((method): [string, ApiInfo] => [`${curve}.${method}`, nobleComputes]),
    ...NOBLE_CHEAP_MEMBERS.map((member): [string, ApiInfo] => [`${curve}.${member}`, none]),
  ]),
);
const NOBLE_CURVE_MODULES = ['@noble/curves/secp256k1', '@noble/curves/ed25519', '@noble/curves/ed448', '@noble/curves/p256', '@noble/curves/p384', '@noble/curves/p521', '@noble/curves/nist', '@noble/curves/bls12-381'];
/** @noble/hashes: a hash is a pass over its input; key derivation (pbkdf2, scrypt, argon2) is many. */
const nobleHashApi: Record<string, ApiInfo> = {
  ...Object.fromEntries(
    ['sha1', 'md5', 'ripemd160', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'keccak_224', 'keccak_256', 'keccak_384', 'keccak_512', 'shake128', 'shake256', 'blake2b', 'blake2s', 'blake3', 'hmac'].map((name) => [name, hashesInScript]),
  ),
  pbkdf2: derivesPbkdf2InScript,
  pbkdf2Async: derivesPbkdf2InScript,
  scrypt: derivesScryptInScript,
  scryptAsync: derivesScryptInScript,
  argon2id: derivesArgon2InScript,
  argon2i: derivesArgon2InScript,
  argon2d: derivesArgon2InScript,
};
const NOBLE_HASH_MODULES = ['@noble/hashes/sha1', '@noble/hashes/sha2', '@noble/hashes/sha256', '@noble/hashes/sha512', '@noble/hashes/sha3', '@noble/hashes/ripemd160', '@noble/hashes/legacy', '@noble/hashes/blake2', '@noble/hashes/blake2b', '@noble/hashes/blake2s', '@noble/hashes/blake3', '@noble/hashes/hmac', '@noble/hashes/pbkdf2', '@noble/hashes/scrypt', '@noble/hashes/argon2'];

const cryptoJsApi: Record<string, ApiInfo> = Object.fromEntries(
  [
    'MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3', 'RIPEMD160',
    'HmacMD5', 'HmacSHA1', 'HmacSHA224', 'HmacSHA256', 'HmacSHA384', 'HmacSHA512', 'HmacSHA3', 'HmacRIPEMD160',
    'PBKDF2', 'EvpKDF',
    'AES.encrypt', 'AES.decrypt', 'DES.encrypt', 'DES.decrypt', 'TripleDES.encrypt', 'TripleDES.decrypt',
    'Rabbit.encrypt', 'Rabbit.decrypt', 'RC4.encrypt', 'RC4.decrypt',
  ].map((name) => [name, cpuHeavy(jsCryptoAlternative)]),
);

const deepClone: ApiInfo = { ...cpuHeavy('avoid the deep copy (copy only what changes) or move the work to a worker'), weight: 1 };
/** One linear pass over a collection: heavy only for large inputs. */
const linearPass: ApiInfo = { effect: 'cpu-heavy', weight: 1 };
/** `merge(target, ...sources)`: a pass over the sources, which are often defaults and settings. */
const mergesSources: ApiInfo = { ...linearPass, sizeArgumentsFrom: 1 };

/** lodash functions whose result lists no more elements than their argument. */
const keepsElements: ApiInfo = { effect: 'none', keepsElements: true };

/** `_.each(list, fn)`: calls fn for each element before it returns (async's `each` starts a task per element instead). */
const eachElementNow: ApiInfo = { effect: 'none', invokes: 1 };

const lodashApi: Record<string, ApiInfo> = {
  each: eachElementNow,
  forEach: eachElementNow,
  castArray: keepsElements,
  toArray: keepsElements,
  compact: keepsElements,
  uniq: keepsElements,
  without: keepsElements,
  filter: keepsElements,
  reject: keepsElements,
  map: keepsElements,
  take: keepsElements,
  drop: keepsElements,
  values: keepsElements,
  cloneDeep: deepClone,
  cloneDeepWith: deepClone,
  isEqual: linearPass,
  isEqualWith: linearPass,
  merge: mergesSources,
  mergeWith: mergesSources,
  sortBy: linearPass,
  orderBy: linearPass,
  groupBy: linearPass,
  uniqBy: linearPass,
  uniqWith: linearPass,
  unionWith: linearPass,
  intersectionWith: linearPass,
  differenceWith: linearPass,
  xorWith: linearPass,
  get: none,
  set: none,
  has: none,
  pick: none,
  omit: none,
  debounce: wrapsFirst,
  throttle: wrapsFirst,
  isEmpty: none,
  isNil: none,
  isString: none,
  isObject: none,
  isPlainObject: none,
  isFunction: none,
  noop: none,
  identity: none,
  once: wrapsFirst,
  memoize: wrapsFirst,
  partial: wrapsFirst,
  partialRight: wrapsFirst,
  capitalize: none,
  camelCase: none,
  kebabCase: none,
  snakeCase: none,
};

// Given the whole input, `parse(text, cb)` and `stringify(records, cb)` write it to the stream in one go on a later
// tick: the whole pass runs at once. Given only options (`parse({ columns: true })`), they make a stream to pipe through.
const csvParseWhole: ApiInfo = { ...parsesText, alternative: 'pipe the input through a parse() stream', note: 'parses the whole text at once, on a later tick, even with a callback' };
const csvStringifyWhole: ApiInfo = { ...serialises, alternative: 'write the records to a stringify() stream', note: 'serialises all the records at once, on a later tick, even with a callback' };

/** A stream whose handlers parse each chunk as data flows, not during the call. */
const parsedEachChunk: ApiInfo = { effect: 'none', handlers: true };

/** One document parsed in one pass, as JSON.parse parses one (a response, a feed). */
const xml2jsParses = (note: string): ApiInfo => ({ effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'parse in a worker thread', note });

const cpuPackageTables: ModuleTable[] = [
  {
    module: 'bcrypt',
    api: {
      hashSync: cpuHeavy('bcrypt.hash (thread pool)'),
      compareSync: cpuHeavy('bcrypt.compare (thread pool)'),
      genSaltSync: { effect: 'none', note: 'only draws random bytes; the cost is in hashSync' },
      hash: threadpool,
      compare: threadpool,
      genSalt: threadpool,
      getRounds: none,
    },
  },
  {
    module: 'bcryptjs',
    api: {
      hashSync: cpuHeavy('bcryptjs.hash (yields between rounds) or native bcrypt.hash (thread pool)'),
      compareSync: cpuHeavy('bcryptjs.compare (yields between rounds) or native bcrypt.compare (thread pool)'),
      genSaltSync: { effect: 'none', note: 'only draws random bytes; the cost is in hashSync' },
      hash: { effect: 'none', note: 'runs in chunks on the main thread, yielding between rounds' },
      compare: { effect: 'none', note: 'runs in chunks on the main thread, yielding between rounds' },
      genSalt: none,
      getRounds: none,
    },
  },
  { module: 'argon2', api: { hash: threadpool, verify: threadpool, needsRehash: none } },
  // Apache's htpasswd hashes in JavaScript: MD5 iterated a thousand times, DES crypt.
  { module: 'apache-md5', aliases: ['apache-crypt'], api: { '': cpuHeavy('a worker thread') } },
  {
    module: '@node-rs/argon2',
    api: {
      hash: threadpool,
      verify: threadpool,
      hashSync: cpuHeavy('@node-rs/argon2.hash (thread pool)'),
      verifySync: cpuHeavy('@node-rs/argon2.verify (thread pool)'),
    },
  },
  {
    module: '@node-rs/bcrypt',
    api: {
      hash: threadpool,
      compare: threadpool,
      verify: threadpool,
      hashSync: cpuHeavy('@node-rs/bcrypt.hash (thread pool)'),
      compareSync: cpuHeavy('@node-rs/bcrypt.compare (thread pool)'),
      verifySync: cpuHeavy('@node-rs/bcrypt.verify (thread pool)'),
      genSaltSync: none,
    },
  },
  {
    module: 'crypto-js',
    api: { ...cryptoJsApi, 'enc.Hex.parse': none, 'enc.Utf8.parse': none, 'lib.WordArray.random': none },
  },
  { module: 'crypto-js/sha256', aliases: ['crypto-js/sha1', 'crypto-js/sha512', 'crypto-js/md5', 'crypto-js/sha3'], api: { '': cpuHeavy(jsCryptoAlternative) } },
  { module: 'crypto-js/hmac-sha256', aliases: ['crypto-js/hmac-sha1', 'crypto-js/hmac-sha512', 'crypto-js/hmac-md5'], api: { '': cpuHeavy(jsCryptoAlternative) } },
  { module: 'crypto-js/pbkdf2', api: { '': derivesPbkdf2InScript } },
  // MD5 in JavaScript over a whole string or buffer.
  { module: 'md5', aliases: ['blueimp-md5'], api: { '': cpuHeavy(jsCryptoAlternative) } },
  // emn178's hashes in JavaScript (`sha1(text)`, `md5.hex(buf)`, `sha256.arrayBuffer(buf)`): every output format hashes
  // the whole input; only `create` (an empty hasher) is cheap.
  {
    module: 'js-md5',
    aliases: ['js-sha1', 'js-sha256', 'js-sha512', 'js-sha3'],
    defaultEffect: 'cpu-heavy',
    api: { '': cpuHeavy(jsCryptoAlternative), create: none, ...Object.fromEntries(EMN178_HASHES.map((name) => [`${name}.create`, none])) },
  },
  // Non-cryptographic hashes computed in JavaScript over the whole key or value.
  { module: 'imurmurhash', aliases: ['hash-sum', 'string-hash'], api: { '': hashesInScript } },
  // An MD5 digest of the whole buffer or string, on the calling thread.
  { module: 'rev-hash', api: { '': hashesInScript } },
  { module: 'murmurhash', api: { '': hashesInScript, v2: hashesInScript, v3: hashesInScript } },
  { module: 'murmurhash-js', api: { '': hashesInScript, murmur2: hashesInScript, murmur3: hashesInScript } },
  { module: 'xxhashjs', api: { h32: hashesInScript, h64: hashesInScript } },
  { module: 'object-hash', api: { '': hashesInScript, sha1: hashesInScript, MD5: hashesInScript, keys: hashesInScript, keysMD5: hashesInScript } },
  { module: 'spark-md5', api: { hash: cpuHeavy(jsCryptoAlternative), hashBinary: cpuHeavy(jsCryptoAlternative) } },
  // scrypt in JavaScript: N x r rounds of Salsa20 over the whole block, on the calling thread (its async forms only
  // yield between steps).
  { module: 'scryptsy', api: { '': derivesScryptInScript, async: derivesScryptInScript } },
  { module: 'scrypt-js', api: { scrypt: derivesScryptInScript, syncScrypt: derivesScryptInScript } },
  // @noble's elliptic curves and hashes, in JavaScript: a signature or key derivation is a scalar multiplication.
  ...NOBLE_CURVE_MODULES.map((module): ModuleTable => ({ module, aliases: [`${module}.js`], defaultEffect: 'none', api: nobleCurveApi })),
  { module: '@noble/secp256k1', aliases: ['@noble/ed25519'], api: Object.fromEntries(NOBLE_CURVE_METHODS.flatMap((name) => [[name, nobleComputes], [`${name}Async`, nobleComputes]])) },
  ...NOBLE_HASH_MODULES.map((module): ModuleTable => ({ module, aliases: [`${module}.js`], defaultEffect: 'none', api: nobleHashApi })),
  { module: 'crypto-js/aes', api: { encrypt: cpuHeavy(jsCryptoAlternative), decrypt: cpuHeavy(jsCryptoAlternative) } },
  // JSON.parse with prototype-poisoning checks, and JSON supersets: a parse of the whole text.
  { module: '@hapi/bourne', aliases: ['bourne'], api: { parse: parsesText, safeParse: parsesText, scan: parsesText } },
  { module: 'secure-json-parse', api: { '': parsesText, parse: parsesText, safeParse: parsesText, scan: parsesText } },
  // BitTorrent metadata: bencode, a format as plain as JSON; parse-torrent also hashes the info dictionary for a file.
  { module: 'bencode', api: { decode: parsesText, encode: serialises, encodingLength: serialises } },
  {
    module: 'parse-torrent',
    api: {
      '': { ...parsesText, note: 'a magnet URI is split by magnet-uri; a .torrent file is bdecoded and its info hashed' },
      toMagnetURI: none,
      toTorrentFile: serialises,
      remote: asyncIo,
    },
  },
  { module: 'magnet-uri', aliases: ['magnet-link'], api: { '': none, decode: none, encode: none } },
  { module: 'json5', api: { parse: parsesTextInScript, stringify: cpuHeavy('serialise in a worker thread') } },
  // Pug's scanner for JavaScript fragments: walks the source a character at a time to the closing bracket or the end.
  { module: 'character-parser', api: { '': parsesTextInScript, parse: parsesTextInScript, parseUntil: parsesTextInScript, parseMax: parsesTextInScript, parseChar: none, isPunctuator: none, isKeyword: none } },
  { module: 'jju', api: { parse: parsesTextInScript, stringify: cpuHeavy('serialise in a worker thread'), update: parsesTextInScript, tokenize: parsesTextInScript, analyze: parsesTextInScript } },
  { module: 'json-parse-even-better-errors', aliases: ['parse-json', 'json-parse-better-errors'], api: { '': parsesText } },
  // Microsoft's JSONC scanner and parser, written in JavaScript as JSON5's is: heavier than the built-in JSON.parse.
  { module: 'jsonc-parser', api: { parse: parsesTextInScript, parseTree: parsesTextInScript, visit: parsesTextInScript } },
  { module: 'strip-json-comments', api: { '': { ...parsesText, alternative: 'strip and parse in a worker thread' } } },
  // Comment and whitespace removal over a whole source text.
  { module: 'js-cleanup', api: { '': { ...parsesText, alternative: 'clean up in a worker thread' } } },
  { module: 'strip-comments', api: { '': parsesText, block: parsesText, line: parsesText, first: parsesText } },
  { module: 'ini', api: { parse: parsesText, decode: parsesText, stringify: serialises, encode: serialises, safe: none, unsafe: none } },
  { module: '@iarna/toml', aliases: ['smol-toml', 'toml'], api: { parse: parsesTextInScript, stringify: serialises } },
  // Deterministic or cycle-safe JSON.stringify: a pass over the whole value.
  { module: 'fast-json-stable-stringify', aliases: ['json-stable-stringify', 'json-stable-stringify-without-jsonify', 'fast-stable-stringify', 'canonicalize', 'safe-stable-stringify', 'json-stringify-safe', 'fast-safe-stringify'], api: { '': serialises } },
  {
    module: 'js-yaml',
    api: {
      load: parsesTextInScript,
      loadAll: parsesTextInScript,
      safeLoad: parsesTextInScript,
      safeLoadAll: parsesTextInScript,
      dump: cpuHeavy('serialise in a worker thread'),
      safeDump: cpuHeavy('serialise in a worker thread'),
    },
  },
  {
    module: 'yaml',
    api: {
      parse: parsesTextInScript,
      parseDocument: parsesTextInScript,
      parseAllDocuments: parsesTextInScript,
      stringify: cpuHeavy('serialise in a worker thread'),
    },
  },
  {
    module: 'sharp',
    api: { '': creates('sharp#Sharp'), cache: none, concurrency: none, simd: none },
  },
  {
    module: 'sharp#Sharp',
    api: {
      toBuffer: threadpool,
      toFile: threadpool,
      metadata: threadpool,
      stats: threadpool,
      pipe: asyncIo,
      ...listenerApi,
      ...Object.fromEntries(
        [
          'resize', 'rotate', 'flip', 'flop', 'affine', 'extract', 'extend', 'trim', 'flatten', 'unflatten',
          'grayscale', 'greyscale', 'blur', 'sharpen', 'median', 'threshold', 'linear', 'gamma', 'negate',
          'normalise', 'normalize', 'modulate', 'tint', 'recomb', 'composite', 'removeAlpha', 'ensureAlpha',
          'toColourspace', 'toColorspace', 'pipelineColourspace', 'withMetadata', 'keepMetadata', 'timeout',
          'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'heif', 'raw', 'toFormat', 'clone',
        ].map((method) => [method, creates('sharp#Sharp')]),
      ),
    },
  },
  // fluent-ffmpeg: the command is built in memory; running it spawns ffmpeg (ffprobe) and reports by events.
  {
    module: 'fluent-ffmpeg',
    api: {
      '': creates('fluent-ffmpeg#Command'),
      ffprobe: asyncIo,
      setFfmpegPath: none,
      setFfprobePath: none,
      setFlvtoolPath: none,
      getAvailableFormats: asyncIo,
      getAvailableCodecs: asyncIo,
      getAvailableEncoders: asyncIo,
      getAvailableFilters: asyncIo,
      availableFormats: asyncIo,
      availableCodecs: asyncIo,
      availableEncoders: asyncIo,
      availableFilters: asyncIo,
    },
  },
  {
    module: 'fluent-ffmpeg#Command',
    api: {
      ...listenerApi,
      ...Object.fromEntries(
        [
          'run', 'exec', 'execute', 'save', 'saveToFile', 'pipe', 'stream', 'writeToStream', 'mergeToFile', 'concat',
          'concatenate', 'screenshots', 'screenshot', 'takeScreenshots', 'thumbnails', 'thumbnail', 'ffprobe',
          'getAvailableFormats', 'getAvailableCodecs', 'getAvailableEncoders', 'getAvailableFilters',
        ].map((method) => [method, asyncIo]),
      ),
      kill: none,
      renice: none,
      ...Object.fromEntries(
        [
          'input', 'addInput', 'mergeAdd', 'inputOptions', 'inputOption', 'addInputOptions', 'addInputOption', 'inputFormat',
          'fromFormat', 'inputFPS', 'fpsInput', 'nativeFramerate', 'native', 'seekInput', 'setStartTime', 'loop',
          'output', 'addOutput', 'outputOptions', 'outputOption', 'addOutputOptions', 'addOutputOption', 'addOptions',
          'addOption', 'options', 'format', 'toFormat', 'outputFormat', 'duration', 'setDuration', 'withDuration', 'seek',
          'videoCodec', 'withVideoCodec', 'audioCodec', 'withAudioCodec', 'videoBitrate', 'withVideoBitrate',
          'audioBitrate', 'withAudioBitrate', 'audioChannels', 'audioFrequency', 'audioQuality', 'noAudio', 'noVideo',
          'withNoAudio', 'withNoVideo', 'videoFilters', 'videoFilter', 'audioFilters', 'audioFilter', 'complexFilter',
          'filterGraph', 'fps', 'withFps', 'outputFps', 'frames', 'takeFrames', 'size', 'withSize', 'setSize',
          'aspect', 'withAspect', 'setAspect', 'aspectRatio', 'autopad', 'keepDAR', 'keepPixelAspect', 'map',
          'preset', 'usingPreset', 'flvmeta', 'updateFlvMetadata',
        ].map((method) => [method, creates('fluent-ffmpeg#Command')]),
      ),
    },
  },
  {
    module: 'jimp',
    api: {
      read: {
        effect: 'cpu-heavy',
        returns: 'jimp#Jimp',
        alternative: 'sharp (libvips on the thread pool) or a worker thread',
        note: 'decodes the image in JavaScript on the main thread although it returns a promise',
      },
      'Jimp.read': {
        effect: 'cpu-heavy',
        returns: 'jimp#Jimp',
        alternative: 'sharp (libvips on the thread pool) or a worker thread',
        note: 'decodes the image in JavaScript on the main thread although it returns a promise',
      },
      '': creates('jimp#Jimp'),
      Jimp: creates('jimp#Jimp'),
    },
  },
  {
    module: 'jimp#Jimp',
    defaultEffect: 'cpu-heavy',
    api: { getWidth: none, getHeight: none, getMIME: none, getExtension: none, hasAlpha: none, getPixelColor: none, setPixelColor: none },
  },
  {
    module: 'pako',
    api: {
      deflate: cpuHeavy('zlib.deflate (thread pool)'),
      inflate: cpuHeavy('zlib.inflate (thread pool)'),
      deflateRaw: cpuHeavy('zlib.deflateRaw (thread pool)'),
      inflateRaw: cpuHeavy('zlib.inflateRaw (thread pool)'),
      gzip: cpuHeavy('zlib.gzip (thread pool)'),
      ungzip: cpuHeavy('zlib.gunzip (thread pool)'),
      Deflate: creates('pako#Stream'),
      Inflate: creates('pako#Stream'),
    },
  },
  { module: 'pako#Stream', api: { push: cpuHeavy('zlib streams (thread pool)') } },
  {
    module: 'fflate',
    api: {
      gzipSync: cpuHeavy('fflate.gzip (worker)'),
      gunzipSync: cpuHeavy('fflate.gunzip (worker)'),
      deflateSync: cpuHeavy('fflate.deflate (worker)'),
      inflateSync: cpuHeavy('fflate.inflate (worker)'),
      zlibSync: cpuHeavy('fflate.zlib (worker)'),
      unzlibSync: cpuHeavy('fflate.unzlib (worker)'),
      zipSync: cpuHeavy('fflate.zip (worker)'),
      unzipSync: cpuHeavy('fflate.unzip (worker)'),
      compressSync: cpuHeavy('fflate.compress (worker)'),
      decompressSync: cpuHeavy('fflate.decompress (worker)'),
      gzip: worker,
      gunzip: worker,
      deflate: worker,
      inflate: worker,
      zlib: worker,
      unzlib: worker,
      zip: worker,
      unzip: worker,
      compress: worker,
      decompress: worker,
      strToU8: none,
      strFromU8: none,
    },
  },
  {
    module: 'xlsx',
    api: {
      read: cpuHeavy('parse in a worker thread'),
      readFile: blocking('fs/promises.readFile, then XLSX.read in a worker thread'),
      write: cpuHeavy('write in a worker thread'),
      writeFile: blocking('XLSX.write, then fs/promises.writeFile'),
      writeFileAsync: asyncIo,
      'utils.sheet_to_json': cpuHeavy('convert in a worker thread'),
      'utils.sheet_to_csv': cpuHeavy('convert in a worker thread'),
      'utils.sheet_to_html': cpuHeavy('convert in a worker thread'),
      'utils.json_to_sheet': cpuHeavy('convert in a worker thread'),
      'utils.aoa_to_sheet': cpuHeavy('convert in a worker thread'),
      'utils.book_new': none,
      'utils.book_append_sheet': none,
      'utils.encode_cell': none,
      'utils.decode_range': none,
    },
  },
  {
    module: 'marked',
    api: {
      '': cpuHeavy('render in a worker thread or cache the output'),
      parse: cpuHeavy('render in a worker thread or cache the output'),
      parseInline: cpuHeavy('render in a worker thread or cache the output'),
      lexer: cpuHeavy('render in a worker thread or cache the output'),
      marked: cpuHeavy('render in a worker thread or cache the output'),
      'marked.parse': cpuHeavy('render in a worker thread or cache the output'),
      use: none,
      setOptions: none,
      'marked.use': none,
      Marked: creates('marked#Marked'),
    },
  },
  {
    module: 'marked#Marked',
    api: {
      parse: cpuHeavy('render in a worker thread or cache the output'),
      parseInline: cpuHeavy('render in a worker thread or cache the output'),
      lexer: cpuHeavy('render in a worker thread or cache the output'),
      use: creates('marked#Marked'),
      setOptions: creates('marked#Marked'),
    },
  },
  { module: 'markdown-it', api: { '': creates('markdown-it#MarkdownIt') } },
  {
    module: 'markdown-it#MarkdownIt',
    api: {
      render: cpuHeavy('render in a worker thread or cache the output'),
      renderInline: cpuHeavy('render in a worker thread or cache the output'),
      parse: cpuHeavy('render in a worker thread or cache the output'),
      parseInline: cpuHeavy('render in a worker thread or cache the output'),
      use: creates('markdown-it#MarkdownIt'),
      set: creates('markdown-it#MarkdownIt'),
      enable: creates('markdown-it#MarkdownIt'),
      disable: creates('markdown-it#MarkdownIt'),
    },
  },
  {
    module: 'papaparse',
    api: {
      parse: cpuHeavy('Papa.parse with { worker: true }, or stream with step/chunk'),
      unparse: cpuHeavy('serialise in a worker thread or stream rows'),
    },
  },
  { module: 'csv-parse/sync', api: { parse: cpuHeavy('csv-parse (stream API)') } },
  { module: 'csv-stringify/sync', api: { stringify: cpuHeavy('csv-stringify (stream API)') } },
  { module: 'csv-parse', api: { parse: csvParseWhole, Parser: none, CsvError: none } },
  { module: 'csv-stringify', api: { stringify: csvStringifyWhole, Stringifier: none, CsvError: none } },
  // The csv umbrella package re-exports csv-parse, csv-stringify, stream-transform and csv-generate.
  { module: 'csv', api: { parse: csvParseWhole, stringify: csvStringifyWhole, transform: { effect: 'none', handlers: true }, generate: { effect: 'none', returns: 'stream#Stream' } } },
  { module: 'csv/sync', api: { parse: cpuHeavy('csv-parse (stream API)'), stringify: cpuHeavy('csv-stringify (stream API)') } },
  // `JSONStream.parse('rows.*')`: a stream that parses what is written to it, chunk by chunk.
  { module: 'JSONStream', api: { parse: { effect: 'none', returns: 'stream#Stream' }, stringify: { effect: 'none', returns: 'stream#Stream' }, stringifyObject: { effect: 'none', returns: 'stream#Stream' } } },
  { module: 'cheerio', api: { load: parsesTextInScript } },
  { module: 'jsdom', api: { JSDOM: parsesTextInScript } },
  {
    module: 'xml2js',
    api: {
      parseString: xml2jsParses('parses synchronously although it takes a callback'),
      parseStringPromise: xml2jsParses('parses synchronously although it returns a promise'),
      Parser: creates('xml2js#Parser'),
      Builder: creates('xml2js#Builder'),
    },
  },
  {
    module: 'xml2js#Parser',
    api: {
      parseString: xml2jsParses('parses synchronously although it takes a callback'),
      parseStringPromise: xml2jsParses('parses synchronously although it returns a promise'),
    },
  },
  { module: 'xml2js#Builder', api: { buildObject: cpuHeavy('serialise in a worker thread') } },
  {
    module: 'sax',
    api: { parser: creates('sax#SAXParser'), SAXParser: creates('sax#SAXParser'), createStream: creates('sax#SAXStream'), SAXStream: creates('sax#SAXStream') },
  },
  // Each chunk written is parsed synchronously; a stream only hands over the chunks as they arrive.
  { module: 'sax#SAXParser', api: { write: cpuHeavy('parse in a worker thread'), close: none, end: none, resume: none, flush: none } },
  { module: 'sax#SAXStream', api: { write: cpuHeavy('parse in a worker thread'), end: none } },
  {
    module: 'fast-xml-parser',
    api: {
      XMLParser: creates('fast-xml-parser#XMLParser'),
      XMLBuilder: creates('fast-xml-parser#XMLBuilder'),
      XMLValidator: none,
      'XMLValidator.validate': cpuHeavy(),
      // Version 3: functions, and `j2xParser` for the way back.
      parse: parsesTextInScript,
      validate: cpuHeavy(),
      getTraversalObj: parsesTextInScript,
      convertToJson: cpuHeavy(),
      j2xParser: creates('fast-xml-parser#XMLBuilder'),
    },
  },
  { module: 'fast-xml-parser#XMLParser', api: { parse: parsesTextInScript, addEntity: none } },
  // Commit messages: `new CommitParser(options).parse(message)` (6), `parser.sync(message, options)` before; the
  // default export (before 6) and `parseCommitsStream` make a stream that parses each commit as it flows.
  {
    module: 'conventional-commits-parser',
    api: { '': parsedEachChunk, sync: parsesText, CommitParser: creates('conventional-commits-parser#CommitParser'), parseCommits: none, parseCommitsStream: parsedEachChunk },
  },
  { module: 'conventional-commits-parser#CommitParser', api: { parse: parsesText } },
  // Changelog presets (8) build their options in code: `createPreset()` returns them.
  { module: 'conventional-changelog-angular', aliases: ['conventional-changelog-conventionalcommits'], api: { '': none } },
  { module: 'fast-xml-parser#XMLBuilder', api: { build: cpuHeavy('serialise in a worker thread'), parse: cpuHeavy('serialise in a worker thread') } },
  { module: 'lodash', aliases: ['lodash-es', 'lodash/fp', 'underscore'], api: lodashApi },
  { module: 'lodash/forEach', aliases: ['lodash.foreach', 'lodash-es/forEach', 'lodash/each', 'lodash-es/each'], api: { '': eachElementNow } },
  { module: 'lodash/cloneDeep', aliases: ['lodash.clonedeep', 'lodash-es/cloneDeep'], api: { '': deepClone } },
  { module: 'lodash/isEqual', aliases: ['lodash.isequal', 'lodash-es/isEqual'], api: { '': linearPass } },
  { module: 'lodash/merge', aliases: ['lodash.merge', 'lodash-es/merge'], api: { '': mergesSources } },
  // deepmerge(target, source) copies both, deeply; merging options written out with the caller's is cheap.
  { module: 'deepmerge', api: { '': mergesSources, all: linearPass } },
  { module: 'lodash/sortBy', aliases: ['lodash.sortby', 'lodash-es/sortBy'], api: { '': linearPass } },
  { module: 'lodash/orderBy', aliases: ['lodash.orderby', 'lodash-es/orderBy'], api: { '': linearPass } },
  { module: 'lodash/groupBy', aliases: ['lodash.groupby', 'lodash-es/groupBy'], api: { '': linearPass } },
  { module: 'lodash/uniqBy', aliases: ['lodash.uniqby', 'lodash-es/uniqBy'], api: { '': linearPass } },
  {
    module: 'lodash/once',
    aliases: ['lodash.once', 'lodash-es/once', 'once', 'onetime', 'thunky', 'dezalgo', 'memoizee', 'mem', 'memoize-one', 'lodash.memoize', 'lodash/memoize', 'lodash.debounce', 'lodash/debounce', 'debounce', 'lodash.throttle', 'lodash/throttle', 'throttleit'],
    api: { '': wrapsFirst },
  },
  // Memoizers named for their package's export: the function returned calls the one handed in on a cache miss.
  { module: 'micro-memoize', aliases: ['fast-memoize', 'moize', 'p-memoize', 'nano-memoize'], api: { '': wrapsFirst, memoize: wrapsFirst } },
  // Partial application: the function returned calls the first argument with the arguments bound.
  { module: 'ap', api: { partial: wrapsFirst, partialRight: wrapsFirst } },
  { module: 'lodash/partial', aliases: ['lodash.partial', 'lodash-es/partial', 'lodash/partialRight', 'lodash.partialright'], api: { '': wrapsFirst } },
  { module: 'fast-deep-equal', aliases: ['fast-deep-equal/es6', 'deep-equal', 'deep-eql'], api: { '': linearPass } },
  { module: 'clone-deep', aliases: ['clone', 'deepcopy', 'just-clone'], api: { '': deepClone } },
  { module: 'klona', aliases: ['klona/full', 'klona/json', 'klona/lite'], api: { klona: deepClone } },
  { module: 'rfdc', api: { '': creates('rfdc#Clone') } },
  { module: 'rfdc#Clone', api: { '': deepClone } },
];

// ---------------------------------------------------------------- template engines

/** Rendering a template over its data, on the calling thread. */
const rendersTemplate = cpuHeavy('render in a worker thread or cache the output');
/** Calling a compiled template: a pass over the template and its data. */
const compiledTemplate: ApiInfo = { effect: 'cpu-heavy', weight: 1, alternative: 'render in a worker thread or cache the output' };
const compilesTemplate = (instanceType: string): ApiInfo => ({
  effect: 'cpu-heavy',
  alternative: 'compile each template once, at start-up',
  returns: instanceType,
});

const handlebarsApi: Record<string, ApiInfo> = {
  // The parse and code generation wait for the template's first call (compiled once, then kept).
  compile: { effect: 'none', returns: 'handlebars#Template', note: 'compiles lazily, on the template\'s first call' },
  template: creates('handlebars#Template'),
  precompile: cpuHeavy('precompile templates at build time'),
  parse: parsesText,
  parseWithoutProcessing: parsesText,
  create: creates('handlebars#Handlebars'),
  noConflict: creates('handlebars#Handlebars'),
  registerHelper: none,
  unregisterHelper: none,
  registerPartial: none,
  unregisterPartial: none,
  registerDecorator: none,
  unregisterDecorator: none,
  SafeString: none,
  escapeExpression: none,
  'Utils.escapeExpression': none,
  log: none,
};

/** ejs reads template files with `ejs.fileLoader`, which is fs.readFileSync. */
const ejsReadsFile: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'read the template with fs/promises.readFile and render it with ejs.render, or set cache: true',
  note: 'reads the template and its includes with fs.readFileSync, even with a callback or as a promise',
};

/** pug's file forms read the template (and its includes) with fs.readFileSync, callback or not. */
const pugReadsFile: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'pug.compileFile once at start-up (or cache: true), then call the template',
  note: 'reads the template with fs.readFileSync, even with a callback',
};

/** nunjucks' FileSystemLoader reads templates with fs.readFileSync (then caches them unless noCache or watch). */
const nunjucksLoadsTemplate: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'keep the template cache on and load the templates once at start-up, or precompile them',
  note: 'loads the template with fs.readFileSync, even with a callback',
};

const nunjucksEnvironmentApi: Record<string, ApiInfo> = {
  render: nunjucksLoadsTemplate,
  getTemplate: { ...nunjucksLoadsTemplate, returns: 'nunjucks#Template' },
  renderString: rendersTemplate,
  addFilter: none,
  addGlobal: none,
  addExtension: none,
  addTest: none,
  getFilter: none,
  getGlobal: none,
  getExtension: none,
  hasExtension: none,
  removeExtension: none,
  express: none,
  invalidateCache: none,
};

const templateTables: ModuleTable[] = [
  { module: 'handlebars', api: handlebarsApi },
  { module: 'handlebars#Handlebars', extends: 'handlebars', api: {} },
  { module: 'handlebars#Template', api: { '': { ...compiledTemplate, note: 'the first call also compiles the template' } } },
  {
    module: 'ejs',
    api: {
      render: { ...rendersTemplate, note: 'compiles the template on every call unless cache and filename are set' },
      compile: compilesTemplate('ejs#Template'),
      renderFile: ejsReadsFile,
      __express: ejsReadsFile,
      clearCache: none,
      escapeXML: none,
      resolveInclude: none,
    },
  },
  { module: 'ejs#Template', api: { '': compiledTemplate } },
  // hogan.js (Twitter's mustache): `compile` scans and builds a template; its `render` is a pass over it and the data.
  { module: 'hogan.js', api: { compile: compilesTemplate('hogan.js#Template'), scan: parsesText, parse: none, generate: compilesTemplate('hogan.js#Template'), Template: creates('hogan.js#Template') } },
  { module: 'hogan.js#Template', api: { render: compiledTemplate, r: compiledTemplate } },
  {
    // Parsed templates are cached by their text, so `parse` and `render` parse a template once.
    module: 'mustache',
    api: {
      render: rendersTemplate,
      parse: { ...parsesText, alternative: 'parse each template once, at start-up' },
      Writer: creates('mustache#Writer'),
      clearCache: none,
      escape: none,
    },
  },
  {
    module: 'mustache#Writer',
    api: { render: rendersTemplate, parse: { ...parsesText, alternative: 'parse each template once, at start-up' }, clearCache: none },
  },
  {
    module: 'pug',
    api: {
      compile: { ...compilesTemplate('pug#Template'), note: 'reads includes and extends with fs.readFileSync' },
      compileClient: cpuHeavy('precompile templates at build time'),
      compileClientWithDependenciesTracked: cpuHeavy('precompile templates at build time'),
      render: { ...rendersTemplate, note: 'compiles and renders synchronously, even with a callback' },
      compileFile: { ...pugReadsFile, returns: 'pug#Template' },
      compileFileClient: blocking('precompile templates at build time'),
      renderFile: pugReadsFile,
      __express: pugReadsFile,
    },
  },
  { module: 'pug#Template', api: { '': compiledTemplate } },
  {
    module: 'nunjucks',
    api: {
      ...nunjucksEnvironmentApi,
      configure: creates('nunjucks#Environment'),
      Environment: creates('nunjucks#Environment'),
      // `new Template(src)` compiles on its first render, unless asked to compile eagerly.
      compile: creates('nunjucks#Template'),
      Template: creates('nunjucks#Template'),
      precompile: blocking('precompile templates at build time'),
      precompileString: cpuHeavy('precompile templates at build time'),
      FileSystemLoader: none,
      reset: none,
      installJinjaCompat: none,
    },
  },
  { module: 'nunjucks#Environment', api: { ...listenerApi, ...nunjucksEnvironmentApi } },
  { module: 'nunjucks#Template', api: { render: rendersTemplate, compile: cpuHeavy('compile each template once, at start-up') } },
  // jsx-string renders a tree of `h(...)` elements to markup by walking it.
  { module: 'jsx-string', api: { '': rendersTemplate, default: rendersTemplate, h: none } },
];

// ---------------------------------------------------------------- compilers, bundlers, minifiers, formatters

const atBuildTime = 'run it at build time or in a worker thread';

const babelTransform: ApiInfo = {
  effect: 'cpu-heavy',
  alternative: atBuildTime,
  note: 'transforms on the calling thread; Babel config files are read synchronously too',
};
const babelAsyncTransform = computesBeforeResolving(
  atBuildTime,
  'transforms on the calling thread although it returns a promise (config lookup still uses existsSync/statSync)',
);
const babelLoadsConfig = blocking('babel.loadOptionsAsync');
const babelLoadsConfigAsync: ApiInfo = { effect: 'threadpool', note: 'reads config files asynchronously but still probes them with existsSync/statSync' };

/** sass (Dart Sass compiled to JavaScript) reads every file with fs.readFileSync and compiles on the calling thread. */
const sassAlternative = 'sass-embedded compileAsync (a separate compiler process), or compile at build time';
const sassReadsFiles: ApiInfo = { effect: 'blocking-io', alternative: sassAlternative, note: 'reads the stylesheet and its imports with fs.readFileSync' };
const sassApi: Record<string, ApiInfo> = {
  compile: sassReadsFiles,
  compileAsync: { ...sassReadsFiles, note: 'still reads files with fs.readFileSync and compiles on the calling thread, although it returns a promise' },
  compileString: cpuHeavy(sassAlternative),
  compileStringAsync: computesBeforeResolving(sassAlternative, 'compiles on the calling thread although it returns a promise'),
};

const lessCompiles = computesBeforeResolving(atBuildTime, 'parses and generates CSS on the calling thread; only @import files are read asynchronously');

const typescriptReadsFiles = (alternative: string): ApiInfo => ({
  effect: 'blocking-io',
  alternative,
  note: 'reads files through ts.sys (fs.readFileSync, fs.statSync)',
});

const prettierFormats = computesBeforeResolving('format in a worker thread', 'formats on the calling thread although it returns a promise');

/** The esbuild service runs as a child process: the async API sends it messages and waits for its answer. */
const esbuildWaits: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'the async form (esbuild.build / esbuild.transform)',
  note: 'blocks with Atomics.wait until the esbuild service answers',
};

const codeToolTables: ModuleTable[] = [
  {
    module: 'terser',
    api: {
      minify: computesBeforeResolving(atBuildTime, 'minifies on the calling thread although it returns a promise'),
      minify_sync: cpuHeavy(atBuildTime),
    },
  },
  { module: 'uglify-js', api: { minify: cpuHeavy(atBuildTime), parse: parsesProgram } },
  // Evaluates an expression's source by parsing it with Babel first (pug's compile-time attributes).
  { module: 'constantinople', api: { '': parsesProgram, isConstant: parsesProgram, toConstant: parsesProgram } },
  {
    module: '@babel/core',
    api: {
      transformSync: babelTransform,
      transform: { ...babelTransform, note: 'transforms synchronously, with or without a callback' },
      transformAsync: babelAsyncTransform,
      transformFileSync: blocking('fs/promises.readFile, then transform at build time or in a worker thread'),
      transformFile: { ...babelAsyncTransform, note: 'reads the file asynchronously, then transforms it on the calling thread' },
      transformFileAsync: { ...babelAsyncTransform, note: 'reads the file asynchronously, then transforms it on the calling thread' },
      transformFromAstSync: babelTransform,
      transformFromAst: babelTransform,
      transformFromAstAsync: babelAsyncTransform,
      parseSync: parsesProgram,
      parse: parsesProgram,
      parseAsync: { ...parsesProgram, note: 'parses on the calling thread although it returns a promise' },
      loadOptions: babelLoadsConfig,
      loadOptionsSync: babelLoadsConfig,
      loadPartialConfig: blocking('babel.loadPartialConfigAsync'),
      loadPartialConfigSync: blocking('babel.loadPartialConfigAsync'),
      loadOptionsAsync: babelLoadsConfigAsync,
      loadPartialConfigAsync: babelLoadsConfigAsync,
    },
  },
  { module: '@babel/parser', api: { parse: parsesProgram, parseExpression: parsesText } },
  {
    module: 'acorn',
    // acorn-node and acorn-loose parse as acorn does (plugins preset, or tolerant of errors).
    aliases: ['acorn-node', 'acorn-loose'],
    api: {
      parse: parsesProgram,
      parseExpressionAt: parsesText,
      // The tokenizer reads a token per call.
      tokenizer: none,
      getLineInfo: none,
      'Parser.parse': parsesProgram,
      'Parser.parseExpressionAt': parsesText,
      'Parser.tokenizer': none,
      'Parser.extend': creates('acorn#ParserClass'),
    },
  },
  {
    module: 'acorn#ParserClass',
    api: { parse: parsesProgram, parseExpressionAt: parsesText, tokenizer: none, extend: creates('acorn#ParserClass') },
  },
  { module: 'esprima', api: { parse: parsesProgram, parseScript: parsesProgram, parseModule: parsesProgram, tokenize: parsesText } },
  // Regular expressions read as syntax trees, walked and rewritten (safe-regex, regex linters, transpilers).
  {
    module: 'regexp-tree',
    api: { parse: parsesText, traverse: walksTree, transform: parsesText, generate: walksTree, optimize: parsesText, compatTranspile: parsesText, toRegExp: parsesText },
  },
  { module: 'regjsparser', api: { parse: parsesText } },
  { module: '@eslint-community/regexpp', aliases: ['regexpp'], api: { parseRegExpLiteral: parsesText, validateRegExpLiteral: parsesText, visitRegExpAST: walksTree } },
  // CoffeeScript compiles whole programs in JavaScript; `run` compiles, then runs the result.
  { module: 'coffeescript', aliases: ['coffee-script', 'coffeescript/register'], api: { compile: parsesProgram, tokens: parsesProgram, nodes: parsesProgram, run: parsesProgram, eval: parsesProgram, helpers: none } },
  // `new Walker().walk(source, visit)`: parses the source with Babel, then visits every node of the tree.
  { module: 'node-source-walk', api: { '': creates('node-source-walk#Walker') } },
  {
    module: 'node-source-walk#Walker',
    api: {
      walk: parsesProgram,
      parse: parsesProgram,
      traverse: walksTree,
      moonwalk: none,
      stopWalking: none,
    },
  },
  // Walkers of a whole syntax tree, and printers of one back to code: a step per node.
  { module: 'estree-walker', api: { walk: walksTree, asyncWalk: walksTree } },
  {
    module: 'acorn-walk',
    aliases: ['acorn-node/walk'],
    api: {
      ...Object.fromEntries(['simple', 'ancestor', 'full', 'fullAncestor', 'recursive', 'findNodeAt', 'findNodeAround', 'findNodeAfter'].map((name) => [name, walksTree])),
      make: none,
    },
  },
  { module: 'estraverse', api: { traverse: walksTree, replace: walksTree, attachComments: walksTree } },
  { module: '@babel/traverse', api: { '': walksTree } },
  { module: 'ast-types', api: { visit: walksTree } },
  { module: 'recast', api: { parse: parsesProgram, print: printsTree, prettyPrint: printsTree, visit: walksTree } },
  { module: '@babel/generator', api: { '': printsTree } },
  { module: 'escodegen', api: { generate: printsTree } },
  { module: 'astring', api: { generate: printsTree } },
  // The dependencies of a module's source, found by parsing it (precinct picks the detective for its type).
  { module: 'detective', aliases: ['detective-cjs', 'detective-amd', 'detective-es6', 'detective-typescript', 'detective-postcss', 'detective-sass', 'detective-scss', 'detective-stylus', 'detective-less'], api: { '': parsesProgram } },
  { module: 'precinct', api: { '': parsesProgram, paperwork: blocking('read the file with fs.promises.readFile, then precinct(content)') } },
  {
    // `postcss(plugins)` only collects the plugins; `process(css)` parses at once and runs them on then/await.
    module: 'postcss',
    api: {
      '': creates('postcss#Processor'),
      parse: parsesProgram,
      fromJSON: none,
      comment: none,
      atRule: none,
      decl: none,
      rule: none,
      root: none,
      document: none,
      'list.space': none,
      'list.comma': none,
    },
  },
  {
    module: 'postcss#Processor',
    api: {
      process: computesBeforeResolving(atBuildTime, 'parses and runs the plugins on the calling thread although the result is awaited'),
      use: creates('postcss#Processor'),
    },
  },
  {
    module: 'sass',
    api: {
      ...sassApi,
      // The legacy API reads files the same way, with a callback too.
      renderSync: { ...sassReadsFiles, alternative: sassAlternative },
      render: { ...sassReadsFiles, note: 'reads files with fs.readFileSync and compiles on the calling thread, even with a callback' },
      initCompiler: creates('sass#Compiler'),
      initAsyncCompiler: creates('sass#Compiler'),
    },
  },
  { module: 'sass#Compiler', api: { ...sassApi, dispose: none } },
  { module: 'less', api: { render: lessCompiles, parse: lessCompiles } },
  {
    // TypeScript's JavaScript API (5.x and 6.x; TypeScript 7's main entry exports only its version).
    module: 'typescript',
    api: {
      transpileModule: cpuHeavy(atBuildTime),
      transpile: cpuHeavy(atBuildTime),
      transpileDeclaration: cpuHeavy(atBuildTime),
      createSourceFile: { effect: 'cpu-heavy', weight: 1, sizeArgument: 1, alternative: 'parse in a worker thread' },
      preProcessFile: { ...parsesText, alternative: 'scan in a worker thread' },
      createProgram: { ...typescriptReadsFiles('build the program in a worker thread'), returns: 'typescript#Program' },
      createWatchProgram: { ...typescriptReadsFiles('run the watcher in a worker thread'), note: 'builds the first program synchronously, reading files through ts.sys' },
      getPreEmitDiagnostics: cpuHeavy('type-check in a worker thread'),
      readConfigFile: { ...typescriptReadsFiles('fs/promises.readFile, then ts.parseConfigFileTextToJson'), note: 'reads through the function it is given, usually ts.sys.readFile (fs.readFileSync)' },
      getParsedCommandLineOfConfigFile: typescriptReadsFiles('read the config once at start-up'),
      parseJsonConfigFileContent: { ...typescriptReadsFiles('read the config once at start-up'), note: 'expands include globs through the host, usually ts.sys (readdirSync)' },
      findConfigFile: typescriptReadsFiles('find-up'),
      resolveModuleName: typescriptReadsFiles('resolve in a worker thread'),
      'sys.readFile': blocking('fs/promises.readFile'),
      'sys.writeFile': blocking('fs/promises.writeFile'),
      'sys.fileExists': blocking('fs/promises.access'),
      'sys.directoryExists': blocking('fs/promises.stat'),
      'sys.readDirectory': blocking('fast-glob'),
      'sys.getDirectories': blocking('fs/promises.readdir'),
      parseConfigFileTextToJson: parsesText,
      convertCompilerOptionsFromJson: none,
      createCompilerHost: none,
      createPrinter: none,
      createScanner: none,
      forEachChild: none,
    },
  },
  {
    module: 'typescript#Program',
    api: {
      emit: { effect: 'blocking-io', alternative: 'emit in a worker thread, or pass a writeFile that writes asynchronously', note: 'type-checks as needed and writes the output with ts.sys.writeFile' },
      getTypeChecker: cpuHeavy('type-check in a worker thread'),
      getSemanticDiagnostics: cpuHeavy('type-check in a worker thread'),
      getDeclarationDiagnostics: cpuHeavy('type-check in a worker thread'),
      getGlobalDiagnostics: cpuHeavy('type-check in a worker thread'),
      getSyntacticDiagnostics: none,
      getOptionsDiagnostics: none,
      getSourceFile: none,
      getSourceFiles: none,
      getRootFileNames: none,
      getCompilerOptions: none,
      getCurrentDirectory: none,
    },
  },
  {
    module: 'prettier',
    aliases: ['prettier/standalone'],
    api: {
      format: prettierFormats,
      formatWithCursor: prettierFormats,
      check: prettierFormats,
      resolveConfig: threadpool,
      resolveConfigFile: threadpool,
      getFileInfo: threadpool,
      clearConfigCache: none,
      getSupportInfo: none,
    },
  },
  {
    module: 'esbuild',
    // The async forms talk to the esbuild service, a child process, over its pipes: waiting on them is I/O.
    api: {
      build: asyncIo,
      transform: asyncIo,
      formatMessages: asyncIo,
      analyzeMetafile: asyncIo,
      context: creates('esbuild#BuildContext', 'async-io'),
      buildSync: { ...esbuildWaits, alternative: 'esbuild.build' },
      transformSync: { ...esbuildWaits, alternative: 'esbuild.transform' },
      formatMessagesSync: { ...esbuildWaits, alternative: 'esbuild.formatMessages' },
      analyzeMetafileSync: { ...esbuildWaits, alternative: 'esbuild.analyzeMetafile' },
      initialize: asyncIo,
      stop: asyncIo,
    },
  },
  { module: 'esbuild#BuildContext', api: { rebuild: asyncIo, watch: asyncIo, serve: asyncIo, cancel: asyncIo, dispose: asyncIo } },
];

// ---------------------------------------------------------------- archives

/** tar's commands: with a `file` option, async fs work unless `sync: true`; without one, a stream. */
const tarCommand: ApiInfo = { effect: 'threadpool', note: 'blocks instead with { sync: true }; without a file option it returns a stream' };

/** adm-zip inflates an entry with zlib.inflateRawSync. */
const admZipInflates = cpuHeavy('readFileAsync (zlib on the thread pool)');

/** JSZip compresses and decompresses with pako, in JavaScript on the calling thread. */
const jszipAlternative = 'archiver or yazl (zlib on the thread pool), or a worker thread';
const jszipComputes = computesBeforeResolving(jszipAlternative, 'runs pako in JavaScript on the calling thread (in chunks between setImmediate turns) although it returns a promise');
const jszipLoads: ApiInfo = {
  effect: 'cpu-heavy',
  weight: 1,
  alternative: jszipAlternative,
  returns: 'jszip#JSZip',
  note: 'reads the archive\'s directory on the calling thread; entries are inflated later, by file(name).async()',
};

const archiveTables: ModuleTable[] = [
  {
    module: 'tar',
    api: {
      c: tarCommand,
      create: tarCommand,
      x: tarCommand,
      extract: tarCommand,
      t: tarCommand,
      list: tarCommand,
      r: tarCommand,
      replace: tarCommand,
      u: tarCommand,
      update: tarCommand,
      Pack: none,
      Unpack: none,
      Parser: none,
      Header: none,
    },
  },
  {
    module: 'adm-zip',
    api: {
      '': {
        effect: 'blocking-io',
        alternative: 'fs/promises.readFile, then new AdmZip(buffer)',
        returns: 'adm-zip#AdmZip',
        note: 'given a path, reads the whole archive with fs.readFileSync',
      },
    },
  },
  {
    module: 'adm-zip#AdmZip',
    api: {
      getEntries: none,
      getEntry: none,
      getEntryCount: none,
      childCount: none,
      getZipComment: none,
      getZipEntryComment: none,
      addZipComment: none,
      addZipEntryComment: none,
      deleteFile: none,
      deleteEntry: none,
      // Added content is compressed when the archive is written.
      addFile: none,
      updateFile: none,
      readFile: admZipInflates,
      readAsText: admZipInflates,
      test: cpuHeavy('yauzl (streams through zlib on the thread pool)'),
      readFileAsync: threadpool,
      readAsTextAsync: threadpool,
      addLocalFile: blocking('addLocalFileAsync'),
      addLocalFolder: blocking('addLocalFolderPromise'),
      addLocalFileAsync: threadpool,
      addLocalFolderAsync: threadpool,
      addLocalFolderPromise: threadpool,
      extractEntryTo: blocking('extractAllToAsync, or yauzl'),
      extractAllTo: blocking('extractAllToAsync'),
      extractAllToAsync: threadpool,
      writeZip: { effect: 'blocking-io', alternative: 'writeZipPromise', note: 'compresses and writes synchronously, even with a callback' },
      writeZipPromise: threadpool,
      toBuffer: { effect: 'cpu-heavy', when: 'no-callback', withCallback: 'threadpool', alternative: 'toBufferPromise (zlib on the thread pool)' },
      toBufferPromise: threadpool,
    },
  },
  {
    module: 'jszip',
    api: { '': creates('jszip#JSZip'), loadAsync: jszipLoads, support: none, external: none },
  },
  {
    module: 'jszip#JSZip',
    api: {
      file: creates('jszip#ZipObject'),
      folder: creates('jszip#JSZip'),
      remove: creates('jszip#JSZip'),
      forEach: none,
      filter: none,
      loadAsync: jszipLoads,
      generateAsync: jszipComputes,
      generateNodeStream: jszipComputes,
      generateInternalStream: jszipComputes,
    },
  },
  { module: 'jszip#ZipObject', api: { async: jszipComputes, nodeStream: jszipComputes } },
  {
    // archiver 8 exports classes; earlier versions a factory, `archiver('zip', options)`.
    module: 'archiver',
    api: {
      '': creates('archiver#Archiver'),
      create: creates('archiver#Archiver'),
      Archiver: creates('archiver#Archiver'),
      ZipArchive: creates('archiver#Archiver'),
      TarArchive: creates('archiver#Archiver'),
      JsonArchive: creates('archiver#Archiver'),
      registerFormat: none,
      isRegisteredFormat: none,
    },
  },
  {
    // Entries are queued and read through streams as the archive is consumed; zlib compresses on the thread pool.
    module: 'archiver#Archiver',
    api: {
      ...listenerApi,
      append: none,
      file: asyncIo,
      directory: asyncIo,
      glob: asyncIo,
      symlink: none,
      finalize: asyncIo,
      pipe: asyncIo,
      abort: none,
      pointer: none,
      setFormat: none,
      setModule: none,
    },
  },
  {
    module: 'yauzl',
    api: {
      open: threadpool,
      openPromise: creates('yauzl#ZipFile', 'threadpool'),
      fromFd: threadpool,
      fromFdPromise: creates('yauzl#ZipFile', 'threadpool'),
      // The central directory is read from memory.
      fromBuffer: none,
      fromBufferPromise: creates('yauzl#ZipFile'),
      fromRandomAccessReader: asyncIo,
      fromRandomAccessReaderPromise: creates('yauzl#ZipFile', 'async-io'),
      dosDateTimeToDate: none,
      validateFileName: none,
      getFileNameLowLevel: none,
      parseExtraFields: none,
    },
  },
  {
    module: 'yauzl#ZipFile',
    api: {
      ...listenerApi,
      readEntry: threadpool,
      eachEntry: threadpool,
      openReadStream: threadpool,
      openReadStreamPromise: threadpool,
      readLocalFileHeader: threadpool,
      readLocalFileHeaderPromise: threadpool,
      close: none,
    },
  },
  { module: 'yazl', api: { ZipFile: creates('yazl#ZipFile'), dateToDosDateTime: none } },
  {
    // Files are stat'ed and streamed, buffers deflated with zlib.deflateRaw: all off the calling thread.
    module: 'yazl#ZipFile',
    api: {
      ...listenerApi,
      addFile: threadpool,
      addBuffer: threadpool,
      addReadStream: none,
      addReadStreamLazy: none,
      addEmptyDirectory: none,
      end: asyncIo,
    },
  },
];

// ---------------------------------------------------------------- tokens, ids, dates

/** jsonwebtoken signs and verifies with node:crypto's synchronous calls (through jws and jwa). */
const jwtComputes = (note: string): ApiInfo => ({
  effect: 'cpu-heavy',
  weight: 1,
  alternative: 'jose (WebCrypto, off the calling thread)',
  note,
});

const joseBuilderSetters = [
  'setProtectedHeader', 'setUnprotectedHeader', 'setSharedUnprotectedHeader', 'setIssuer', 'setSubject', 'setAudience',
  'setJti', 'setNotBefore', 'setExpirationTime', 'setIssuedAt', 'setKeyManagementParameters', 'setContentEncryptionKey',
  'setInitializationVector', 'setAdditionalAuthenticatedData', 'replicateIssuerAsHeader', 'replicateSubjectAsHeader',
  'replicateAudienceAsHeader',
];

const tokenTables: ModuleTable[] = [
  {
    module: 'jsonwebtoken',
    api: {
      sign: jwtComputes('signs on the calling thread; with a callback it only waits a tick first'),
      verify: jwtComputes('verifies on the calling thread, with or without a callback'),
      decode: none,
      JsonWebTokenError: none,
      NotBeforeError: none,
      TokenExpiredError: none,
    },
  },
  {
    // WebCrypto (crypto.subtle) underneath: signing, verifying and key work run on the thread pool.
    module: 'jose',
    api: {
      jwtVerify: threadpool,
      jwtDecrypt: threadpool,
      compactVerify: threadpool,
      flattenedVerify: threadpool,
      generalVerify: threadpool,
      compactDecrypt: threadpool,
      flattenedDecrypt: threadpool,
      generalDecrypt: threadpool,
      importJWK: threadpool,
      importPKCS8: threadpool,
      importSPKI: threadpool,
      importX509: threadpool,
      exportJWK: threadpool,
      exportPKCS8: threadpool,
      exportSPKI: threadpool,
      generateKeyPair: threadpool,
      generateSecret: threadpool,
      calculateJwkThumbprint: threadpool,
      calculateJwkThumbprintUri: threadpool,
      SignJWT: creates('jose#Builder'),
      EncryptJWT: creates('jose#Builder'),
      CompactSign: creates('jose#Builder'),
      FlattenedSign: creates('jose#Builder'),
      GeneralSign: creates('jose#Builder'),
      CompactEncrypt: creates('jose#Builder'),
      FlattenedEncrypt: creates('jose#Builder'),
      GeneralEncrypt: creates('jose#Builder'),
      UnsecuredJWT: creates('jose#Builder'),
      createRemoteJWKSet: creates('jose#RemoteJWKSet'),
      createLocalJWKSet: none,
      decodeJwt: none,
      decodeProtectedHeader: none,
      'base64url.encode': none,
      'base64url.decode': none,
    },
  },
  {
    module: 'jose#Builder',
    api: {
      ...Object.fromEntries(joseBuilderSetters.map((method) => [method, creates('jose#Builder')])),
      sign: threadpool,
      encrypt: threadpool,
      addSignature: none,
      addRecipient: none,
      encode: none,
    },
  },
  // The key set fetches the JWKS on first use (and when keys rotate).
  { module: 'jose#RemoteJWKSet', api: { '': asyncIo, reload: asyncIo } },
  {
    module: 'uuid',
    api: {
      v1: none, v3: none, v4: none, v5: none, v6: none, v7: none, v1ToV6: none, v6ToV1: none,
      validate: none, version: none, parse: none, stringify: none,
    },
  },
  { module: 'nanoid', aliases: ['nanoid/non-secure'], api: { nanoid: none, customAlphabet: none, customRandom: none, random: none } },
  { module: 'dayjs', api: { '': none, extend: none, locale: none, unix: none, isDayjs: none } },
  {
    module: 'moment',
    api: { '': none, utc: none, unix: none, duration: none, locale: none, isMoment: none, isDate: none, parseZone: none, max: none, min: none },
  },
  {
    module: 'date-fns',
    api: { format: none, formatISO: none, formatDistance: none, formatDistanceToNow: none, parse: none, parseISO: none, isValid: none },
  },
];

// ---------------------------------------------------------------- stream helpers

/** Makes a stream whose function arguments run per chunk once data flows. */
const streamOfHandlers: ApiInfo = { effect: 'none', handlers: true };

const streamHelperTables: ModuleTable[] = [
  { module: 'through', api: { '': streamOfHandlers } },
  { module: 'through2', api: { '': streamOfHandlers, obj: streamOfHandlers, ctor: streamOfHandlers } },
  { module: 'event-stream', api: { through: streamOfHandlers, map: streamOfHandlers, mapSync: streamOfHandlers, split: none, join: none, pipeline: none, merge: none } },
  { module: 'split2', api: { '': streamOfHandlers } },
  // `peek(opts, (data, swap) => ...)`: the function runs on the first bytes that come through the stream.
  { module: 'peek-stream', api: { '': streamOfHandlers } },
  // Streams joined into one: nothing flows until something is piped in.
  { module: 'pumpify', api: { '': none, obj: none, ctor: none } },
  { module: 'multipipe', api: { '': none } },
  { module: 'duplexify', api: { '': none, obj: none } },
  // `gulpPlugin('gulp-changed', async (file) => ...)`: a gulp plugin's object stream, the function run per file.
  { module: 'gulp-plugin-extras', api: { gulpPlugin: streamOfHandlers } },
  // Listen for the end of a stream or response the caller has: the callback runs when it ends, as a listener would.
  { module: 'end-of-stream', aliases: ['on-finished'], api: { '': { effect: 'none', handlers: true }, isFinished: none } },
  // A writable stream that hands everything written to the callback once it ends.
  { module: 'concat-stream', api: { '': streamOfHandlers } },
  // Read a whole stream (a request body) into one buffer or string: waits for the stream's data.
  { module: 'raw-body', api: { '': requestsContent } },
  {
    module: 'get-stream',
    api: { '': requestsContent, buffer: requestsContent, array: requestsContent, getStreamAsBuffer: requestsContent, getStreamAsArray: requestsContent, getStreamAsArrayBuffer: requestsContent },
  },
  { module: 'co-body', api: { '': requestsContent, json: requestsContent, form: requestsContent, text: requestsContent } },
  { module: 'stream-to-array', api: { '': requestsContent } },
  { module: 'bl', api: { '': streamOfHandlers, BufferListStream: streamOfHandlers, BufferList: none } },
  // Object streams built from functions run per object (`pi.thru.obj(fn)`, `pi.map(fn)`).
  {
    module: 'pipe-iterators',
    api: {
      forEach: streamOfHandlers, map: streamOfHandlers, reduce: streamOfHandlers, filter: streamOfHandlers, mapKey: streamOfHandlers,
      toArray: streamOfHandlers, thru: streamOfHandlers, 'thru.obj': streamOfHandlers, through: streamOfHandlers, 'through.obj': streamOfHandlers,
      writable: streamOfHandlers, 'writable.obj': streamOfHandlers, readable: streamOfHandlers, 'readable.obj': streamOfHandlers,
      duplex: streamOfHandlers, 'duplex.obj': streamOfHandlers, parallel: streamOfHandlers, devnull: streamOfHandlers,
      fromArray: none, fromAsync: streamOfHandlers, combine: none, cap: none, clone: none, fork: none, match: none, merge: none,
      forkMerge: none, matchMerge: none, pipe: none, head: none, tail: none, pipeline: none,
    },
  },
];

/** Keeps a function to run when the process exits: registering it runs nothing. */
const exitHandler: ApiInfo = { effect: 'none', handlers: true };

const exitHookTables: ModuleTable[] = [
  { module: 'async-exit-hook', api: { '': exitHandler, uncaughtExceptionHandler: exitHandler, unhandledRejectionHandler: exitHandler, hookEvent: exitHandler, unhookEvent: none, forceExitTimeout: none } },
  { module: 'exit-hook', api: { '': exitHandler, asyncExitHook: exitHandler, gracefulExit: none } },
  { module: 'signal-exit', api: { '': exitHandler, onExit: exitHandler, load: none, unload: none } },
  { module: 'when-exit', api: { '': exitHandler } },
  { module: 'death', api: { '': exitHandler } },
];

// ---------------------------------------------------------------- callback control flow

/** Runs now the functions of the array or object literal it is handed first (`async.series([readConfig, build], done)`). */
const runsTaskList: ApiInfo = { effect: 'none', runsTasks: 0 };
/** Keeps a worker function it calls per task pushed later (`async.queue(worker, 2)`): making the queue runs nothing. */
const keepsWorker: ApiInfo = { effect: 'none', handlers: true };

/**
 * caolan's async and its drop-in replacements. The collection helpers (`map`, `eachSeries`, ...) are read as
 * iterations by their shape, the task runners by this table; `each` starts a task per element.
 */
const asyncLibraryApi: Record<string, ApiInfo> = {
  series: runsTaskList,
  parallel: runsTaskList,
  parallelLimit: runsTaskList,
  waterfall: runsTaskList,
  auto: runsTaskList,
  autoInject: runsTaskList,
  race: runsTaskList,
  tryEach: runsTaskList,
  applyEach: runsTaskList,
  applyEachSeries: runsTaskList,
  // They hand back a function that calls the one they wrap (with bound arguments, a cache or a time limit).
  apply: wrapsFirst,
  asyncify: wrapsFirst,
  wrapSync: wrapsFirst,
  ensureAsync: wrapsFirst,
  memoize: wrapsFirst,
  unmemoize: wrapsFirst,
  timeout: wrapsFirst,
  reflect: wrapsFirst,
  seq: wrapsFirst,
  queue: keepsWorker,
  priorityQueue: keepsWorker,
  cargo: keepsWorker,
  cargoQueue: keepsWorker,
  nextTick: deferral,
  setImmediate: deferral,
  forever: invokesFirst,
  constant: none,
};

const controlFlowTables: ModuleTable[] = [
  // fw (the `parallel(tasks, done)` and `series` of async, and its iterations).
  { module: 'async', aliases: ['neo-async', 'async-es', 'fw'], api: asyncLibraryApi },
  // One module per runner: `series(tasks, done)`.
  {
    module: 'run-series',
    aliases: ['run-parallel', 'run-parallel-limit', 'run-waterfall', 'async-waterfall', 'async/series', 'async/parallel', 'async/parallelLimit', 'async/waterfall', 'async/auto'],
    api: { '': runsTaskList },
  },
];

// ---------------------------------------------------------------- compiler runtimes

/** `(0, _asyncToGenerator2.default)(function* () {...})`: Babel's compiled async function, from its runtime package. */
const asyncFunctionHelper: ApiInfo = { effect: 'none', wraps: 0, runsGenerator: true };

const compilerRuntimeTables: ModuleTable[] = [
  {
    module: '@babel/runtime/helpers/asyncToGenerator',
    aliases: ['@babel/runtime/helpers/esm/asyncToGenerator', '@babel/runtime-corejs2/helpers/asyncToGenerator', '@babel/runtime-corejs3/helpers/asyncToGenerator', 'babel-runtime/helpers/asyncToGenerator'],
    api: { '': asyncFunctionHelper },
  },
  // SWC's external helpers: `(0, _async_to_generator._)(function* () {...})`.
  { module: '@swc/helpers/_/_async_to_generator', aliases: ['@swc/helpers/cjs/_async_to_generator.cjs', '@swc/helpers/esm/_async_to_generator.js'], api: { '': asyncFunctionHelper, _: asyncFunctionHelper, _async_to_generator: asyncFunctionHelper } },
];

// ---------------------------------------------------------------- timers

const timerTables: ModuleTable[] = [
  // Timers past setTimeout's 24.8-day limit, with the same signature.
  { module: 'long-timeout', api: { setTimeout: timer, setInterval: timer, clearTimeout: none, clearInterval: none } },
  { module: 'delay', api: { '': asyncIo, reject: asyncIo, range: asyncIo, createWithTimers: none } },
  // `pause(ms)` builds a middleware that calls `next` after ms milliseconds.
  { module: 'connect-pause', api: { '': creates('connect-pause#Middleware') } },
  { module: 'connect-pause#Middleware', api: { '': timer } },
  { module: 'node-cron', api: { schedule: timer, validate: none, getTasks: none } },
  // node-retry: `attempt(fn)` runs fn now; `retry(err)` waits out a back-off before running it again.
  { module: 'retry', api: { operation: creates('retry#RetryOperation'), timeouts: none, createTimeout: none, wrap: none } },
  {
    module: 'retry#RetryOperation',
    api: { attempt: invokesFirst, retry: asyncIo, stop: none, reset: none, errors: none, attempts: none, mainError: none },
  },
];

// ---------------------------------------------------------------- worker pools and effect systems

const workerTables: ModuleTable[] = [
  { module: 'piscina', api: { '': creates('piscina#Piscina'), Piscina: creates('piscina#Piscina'), move: none } },
  {
    module: 'piscina#Piscina',
    api: { run: worker, runTask: worker, destroy: asyncIo, close: asyncIo, ...listenerApi },
  },
  { module: 'workerpool', api: { pool: creates('workerpool#Pool'), worker: none, workerEmit: none, Transfer: none } },
  {
    module: 'workerpool#Pool',
    api: { exec: worker, proxy: worker, terminate: asyncIo, stats: none },
  },
  { module: 'tinypool', api: { '': creates('tinypool#Tinypool'), Tinypool: creates('tinypool#Tinypool') } },
  { module: 'tinypool#Tinypool', api: { run: worker, destroy: asyncIo, cancelPendingTasks: none, ...listenerApi } },
  {
    module: 'threads',
    api: { spawn: worker, Worker: worker, Pool: creates('threads#Pool'), 'Thread.terminate': asyncIo, expose: none, Transfer: none },
  },
  { module: 'threads#Pool', api: { queue: worker, completed: asyncIo, settled: asyncIo, terminate: asyncIo } },
  {
    module: 'effect',
    defaultEffect: 'none',
    api: {
      'Effect.runSync': { effect: 'none', note: 'runs an Effect program synchronously; not file I/O' },
      'Effect.runSyncExit': { effect: 'none', note: 'runs an Effect program synchronously; not file I/O' },
      'Effect.runPromise': none,
      'Effect.runPromiseExit': none,
      'Effect.runFork': none,
      'Effect.runCallback': none,
    },
  },
  {
    module: 'effect/Effect',
    defaultEffect: 'none',
    api: {
      runSync: { effect: 'none', note: 'runs an Effect program synchronously; not file I/O' },
      runSyncExit: { effect: 'none', note: 'runs an Effect program synchronously; not file I/O' },
      runPromise: none,
      runPromiseExit: none,
      runFork: none,
      runCallback: none,
    },
  },
];

/**
 * Methods no other library gives that name, called with a callback on an object of unknown origin: that library's
 * (`root.walkDecls((decl) => ...)` in a PostCSS plugin, whose root the plugin is handed).
 */
export const distinctiveMethods: ReadonlyMap<string, { info: ApiInfo; owner: string }> = new Map(
  ['walkDecls', 'walkRules', 'walkAtRules', 'walkComments'].map((name) => [name, { info: walksStylesheet, owner: "a PostCSS node's walk" }]),
);

export const npmTables: ModuleTable[] = [
  ...httpClientTables,
  ...databaseTables,
  ...awsTables,
  ...messagingTables,
  ...remoteShellTables,
  ...fsHelperTables,
  ...cpuPackageTables,
  ...templateTables,
  ...codeToolTables,
  ...archiveTables,
  ...tokenTables,
  ...streamHelperTables,
  ...exitHookTables,
  ...controlFlowTables,
  ...compilerRuntimeTables,
  ...timerTables,
  ...workerTables,
  ...serviceTables,
  ...computeTables,
];
