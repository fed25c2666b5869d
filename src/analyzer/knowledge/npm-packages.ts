import type { ApiInfo, ModuleTable } from './types';
import { fsFunctionApi, withPrefix } from './node-core';

/**
 * Popular npm packages, keyed from the module object (a default import is the module object).
 * "" is calling (or `new`-ing) the module itself. Instance tables are named "package#Type".
 */

const none: ApiInfo = { effect: 'none' };
const asyncIo: ApiInfo = { effect: 'async-io' };
/** A request whose result is the response, body included. */
const requestsContent: ApiInfo = { effect: 'async-io', payload: true };
const threadpool: ApiInfo = { effect: 'threadpool' };
/** Reads a file's content on the thread pool. */
const readsContent: ApiInfo = { effect: 'threadpool', payload: true };
const worker: ApiInfo = { effect: 'worker' };
const blocking = (alternative: string): ApiInfo => ({ effect: 'blocking-io', alternative });
const cpuHeavy = (alternative?: string): ApiInfo =>
  alternative === undefined ? { effect: 'cpu-heavy' } : { effect: 'cpu-heavy', alternative };
const invokesFirst: ApiInfo = { effect: 'none', invokes: 0 };
const wrapsFirst: ApiInfo = { effect: 'none', wraps: 0 };
const settingsStore = blocking('read the settings once at start-up and write them back asynchronously');
/** A parser over its first argument, like JSON.parse: a constant text is cheap. */
const parsesText: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'parse in a worker thread' };
/** A serialiser of its first argument, like JSON.stringify: a constant value is cheap. */
const serialises: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'serialise in a worker thread' };
const creates = (instanceType: string, effect: ApiInfo['effect'] = 'none'): ApiInfo => ({ effect, returns: instanceType });

/** Listener registration on event emitters: never I/O by itself. */
const listenerApi: Record<string, ApiInfo> = {
  on: none,
  once: none,
  off: none,
  addListener: none,
  removeListener: none,
  removeAllListeners: none,
};

// ---------------------------------------------------------------- HTTP clients

/** Registers a function the client runs on each request or response later. */
const interceptor: ApiInfo = { effect: 'none', handlers: true };

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
      Agent: creates('undici#Dispatcher'),
      ProxyAgent: creates('undici#Dispatcher'),
      getGlobalDispatcher: creates('undici#Dispatcher'),
      setGlobalDispatcher: none,
      MockAgent: none,
      Headers: none,
      Request: none,
      Response: none,
      FormData: none,
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
  {
    module: 'graphql-request',
    api: { request: asyncIo, rawRequest: asyncIo, GraphQLClient: creates('graphql-request#GraphQLClient'), gql: none },
  },
  {
    module: 'graphql-request#GraphQLClient',
    defaultEffect: 'async-io',
    api: { setHeader: none, setHeaders: none, setEndpoint: none },
  },
];

// ---------------------------------------------------------------- databases, queues, caches

const sqlDriverNone: Record<string, ApiInfo> = { ...listenerApi, escape: none, escapeId: none, format: none };

const databaseTables: ModuleTable[] = [
  {
    module: 'pg',
    api: {
      Client: creates('pg#Client'),
      Pool: creates('pg#Pool'),
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

/** FTP, SFTP and SSH clients: every method talks to the server, apart from listeners. */
const remoteShellTables: ModuleTable[] = [
  { module: 'ssh2', api: { Client: creates('ssh2#Client') } },
  { module: 'ssh2#Client', defaultEffect: 'async-io', api: { ...listenerApi, setNoDelay: none } },
  { module: 'node-ssh', api: { NodeSSH: creates('node-ssh#NodeSSH') } },
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

const fsHelperTables: ModuleTable[] = [
  { module: 'fs-extra', extends: 'fs', api: fsExtraOwnApi },
  { module: 'graceful-fs', extends: 'fs', api: {} },
  { module: 'original-fs', extends: 'fs', api: {} },
  { module: 'mz/fs', extends: 'fs', api: {} },
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
      Glob: creates('glob#Glob'),
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
  {
    module: 'which',
    api: { '': threadpool, sync: blocking('which (async)') },
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
  {
    module: 'cross-spawn',
    api: { '': asyncIo, spawn: asyncIo, sync: blocking('cross-spawn (async)') },
  },
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

const jsCryptoAlternative = 'node:crypto (native; pbkdf2/scrypt on the thread pool)';

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

const lodashApi: Record<string, ApiInfo> = {
  cloneDeep: deepClone,
  cloneDeepWith: deepClone,
  isEqual: linearPass,
  isEqualWith: linearPass,
  merge: linearPass,
  mergeWith: linearPass,
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
  capitalize: none,
  camelCase: none,
  kebabCase: none,
  snakeCase: none,
};

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
  { module: 'crypto-js/pbkdf2', api: { '': cpuHeavy('crypto.pbkdf2 (thread pool)') } },
  { module: 'crypto-js/aes', api: { encrypt: cpuHeavy(jsCryptoAlternative), decrypt: cpuHeavy(jsCryptoAlternative) } },
  // JSON.parse with prototype-poisoning checks, and JSON supersets: a parse of the whole text.
  { module: '@hapi/bourne', aliases: ['bourne'], api: { parse: parsesText, safeParse: parsesText, scan: parsesText } },
  { module: 'secure-json-parse', api: { '': parsesText, parse: parsesText, safeParse: parsesText, scan: parsesText } },
  { module: 'json5', api: { parse: parsesText, stringify: cpuHeavy('serialise in a worker thread') } },
  { module: 'json-parse-even-better-errors', aliases: ['parse-json', 'json-parse-better-errors'], api: { '': parsesText } },
  { module: 'jsonc-parser', api: { parse: parsesText, parseTree: parsesText, visit: parsesText } },
  { module: 'strip-json-comments', api: { '': { ...parsesText, alternative: 'strip and parse in a worker thread' } } },
  { module: 'ini', api: { parse: parsesText, decode: parsesText, stringify: serialises, encode: serialises, safe: none, unsafe: none } },
  { module: '@iarna/toml', aliases: ['smol-toml', 'toml'], api: { parse: parsesText, stringify: serialises } },
  // Deterministic or cycle-safe JSON.stringify: a pass over the whole value.
  { module: 'fast-json-stable-stringify', aliases: ['json-stable-stringify', 'safe-stable-stringify', 'json-stringify-safe', 'fast-safe-stringify'], api: { '': serialises } },
  {
    module: 'js-yaml',
    api: {
      load: cpuHeavy('parse in a worker thread'),
      loadAll: cpuHeavy('parse in a worker thread'),
      safeLoad: cpuHeavy('parse in a worker thread'),
      safeLoadAll: cpuHeavy('parse in a worker thread'),
      dump: cpuHeavy('serialise in a worker thread'),
      safeDump: cpuHeavy('serialise in a worker thread'),
    },
  },
  {
    module: 'yaml',
    api: {
      parse: cpuHeavy('parse in a worker thread'),
      parseDocument: cpuHeavy('parse in a worker thread'),
      parseAllDocuments: cpuHeavy('parse in a worker thread'),
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
  { module: 'cheerio', api: { load: cpuHeavy('parse in a worker thread') } },
  { module: 'jsdom', api: { JSDOM: cpuHeavy('parse in a worker thread') } },
  {
    module: 'xml2js',
    api: {
      parseString: { effect: 'cpu-heavy', alternative: 'parse in a worker thread', note: 'parses synchronously although it takes a callback' },
      parseStringPromise: { effect: 'cpu-heavy', alternative: 'parse in a worker thread', note: 'parses synchronously although it returns a promise' },
      Parser: creates('xml2js#Parser'),
      Builder: creates('xml2js#Builder'),
    },
  },
  {
    module: 'xml2js#Parser',
    api: {
      parseString: { effect: 'cpu-heavy', alternative: 'parse in a worker thread', note: 'parses synchronously although it takes a callback' },
      parseStringPromise: { effect: 'cpu-heavy', alternative: 'parse in a worker thread', note: 'parses synchronously although it returns a promise' },
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
    api: { XMLParser: creates('fast-xml-parser#XMLParser'), XMLBuilder: creates('fast-xml-parser#XMLBuilder'), XMLValidator: none, 'XMLValidator.validate': cpuHeavy() },
  },
  { module: 'fast-xml-parser#XMLParser', api: { parse: cpuHeavy('parse in a worker thread'), addEntity: none } },
  { module: 'fast-xml-parser#XMLBuilder', api: { build: cpuHeavy('serialise in a worker thread') } },
  { module: 'lodash', aliases: ['lodash-es', 'lodash/fp'], api: lodashApi },
  { module: 'lodash/cloneDeep', aliases: ['lodash.clonedeep', 'lodash-es/cloneDeep'], api: { '': deepClone } },
  { module: 'lodash/isEqual', aliases: ['lodash.isequal', 'lodash-es/isEqual'], api: { '': linearPass } },
  { module: 'lodash/merge', aliases: ['lodash.merge', 'lodash-es/merge'], api: { '': linearPass } },
  { module: 'lodash/sortBy', aliases: ['lodash.sortby', 'lodash-es/sortBy'], api: { '': linearPass } },
  { module: 'lodash/orderBy', aliases: ['lodash.orderby', 'lodash-es/orderBy'], api: { '': linearPass } },
  { module: 'lodash/groupBy', aliases: ['lodash.groupby', 'lodash-es/groupBy'], api: { '': linearPass } },
  { module: 'lodash/uniqBy', aliases: ['lodash.uniqby', 'lodash-es/uniqBy'], api: { '': linearPass } },
  {
    module: 'lodash/once',
    aliases: ['lodash.once', 'lodash-es/once', 'once', 'onetime', 'thunky', 'dezalgo', 'memoizee', 'mem', 'memoize-one', 'lodash.memoize', 'lodash/memoize', 'lodash.debounce', 'lodash/debounce', 'debounce', 'lodash.throttle', 'lodash/throttle', 'throttleit'],
    api: { '': wrapsFirst },
  },
  { module: 'fast-deep-equal', aliases: ['fast-deep-equal/es6', 'deep-equal', 'deep-eql'], api: { '': linearPass } },
  { module: 'clone-deep', api: { '': deepClone } },
  { module: 'klona', aliases: ['klona/full', 'klona/json', 'klona/lite'], api: { klona: deepClone } },
  { module: 'rfdc', api: { '': creates('rfdc#Clone') } },
  { module: 'rfdc#Clone', api: { '': deepClone } },
];

// ---------------------------------------------------------------- stream helpers

/** Makes a stream whose function arguments run per chunk once data flows. */
const streamOfHandlers: ApiInfo = { effect: 'none', handlers: true };

const streamHelperTables: ModuleTable[] = [
  { module: 'through', api: { '': streamOfHandlers } },
  { module: 'through2', api: { '': streamOfHandlers, obj: streamOfHandlers, ctor: streamOfHandlers } },
  { module: 'event-stream', api: { through: streamOfHandlers, map: streamOfHandlers, mapSync: streamOfHandlers, split: none, join: none, pipeline: none, merge: none } },
  { module: 'split2', api: { '': streamOfHandlers } },
];

// ---------------------------------------------------------------- timers

/** Runs its callback after a delay, as the global setTimeout does. */
const timer: ApiInfo = { effect: 'timer' };

const timerTables: ModuleTable[] = [
  // Timers past setTimeout's 24.8-day limit, with the same signature.
  { module: 'long-timeout', api: { setTimeout: timer, setInterval: timer, clearTimeout: none, clearInterval: none } },
  { module: 'delay', api: { '': asyncIo, reject: asyncIo, range: asyncIo, createWithTimers: none } },
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

export const npmTables: ModuleTable[] = [
  ...httpClientTables,
  ...databaseTables,
  ...awsTables,
  ...messagingTables,
  ...remoteShellTables,
  ...fsHelperTables,
  ...cpuPackageTables,
  ...streamHelperTables,
  ...timerTables,
  ...workerTables,
];
