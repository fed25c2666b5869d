import type { ApiInfo, ModuleTable } from './types';
import { asyncIo, blocking, cpuHeavy, deferral, listenerApi, none, readsContent, threadpool, timer } from './api-builders';

/** Node.js core modules. Module names carry no "node:" prefix. */

const emitter: ApiInfo = { effect: 'none', returns: 'events#EventEmitter' };
/** `socket.setTimeout(ms, onTimeout)`: the callback runs if the connection idles that long, not during the call. */
const onIdle: ApiInfo = { effect: 'none', handlers: true };
/** A stream class: the functions in its options (`transform`, `write`, `read`) run per chunk once data flows. */
export const streamClass: ApiInfo = { effect: 'none', returns: 'stream#Stream', handlers: true };
export const withPrefix = (prefix: string, api: Record<string, ApiInfo>): Record<string, ApiInfo> =>
  Object.fromEntries(Object.entries(api).map(([key, info]) => [`${prefix}.${key}`, info]));

/** fs/promises, also reachable as fs.promises.*. */
const fsPromisesApi: Record<string, ApiInfo> = {
  access: threadpool,
  appendFile: threadpool,
  chmod: threadpool,
  chown: threadpool,
  copyFile: threadpool,
  cp: threadpool,
  glob: threadpool,
  lchmod: threadpool,
  lchown: threadpool,
  link: threadpool,
  lstat: threadpool,
  lutimes: threadpool,
  mkdir: threadpool,
  mkdtemp: threadpool,
  open: { effect: 'threadpool', returns: 'fs#FileHandle' },
  opendir: { effect: 'threadpool', returns: 'fs#Dir' },
  readdir: threadpool,
  readFile: readsContent,
  readlink: threadpool,
  realpath: threadpool,
  rename: threadpool,
  rm: threadpool,
  rmdir: threadpool,
  stat: threadpool,
  statfs: threadpool,
  symlink: threadpool,
  truncate: threadpool,
  unlink: threadpool,
  utimes: threadpool,
  watch: asyncIo,
  writeFile: threadpool,
};

const fsSyncApi: Record<string, ApiInfo> = {
  accessSync: blocking('fs/promises.access'),
  appendFileSync: blocking('fs/promises.appendFile'),
  chmodSync: blocking('fs/promises.chmod'),
  chownSync: blocking('fs/promises.chown'),
  closeSync: blocking('FileHandle.close (fs/promises.open)'),
  copyFileSync: blocking('fs/promises.copyFile'),
  cpSync: blocking('fs/promises.cp'),
  existsSync: blocking('fs/promises.access'),
  fchmodSync: blocking('FileHandle.chmod (fs/promises.open)'),
  fchownSync: blocking('FileHandle.chown (fs/promises.open)'),
  fdatasyncSync: blocking('FileHandle.datasync (fs/promises.open)'),
  fstatSync: blocking('FileHandle.stat (fs/promises.open)'),
  fsyncSync: blocking('FileHandle.sync (fs/promises.open)'),
  ftruncateSync: blocking('FileHandle.truncate (fs/promises.open)'),
  futimesSync: blocking('FileHandle.utimes (fs/promises.open)'),
  globSync: blocking('fs/promises.glob'),
  lchmodSync: blocking('fs/promises.lchmod'),
  lchownSync: blocking('fs/promises.lchown'),
  linkSync: blocking('fs/promises.link'),
  lstatSync: blocking('fs/promises.lstat'),
  lutimesSync: blocking('fs/promises.lutimes'),
  mkdirSync: blocking('fs/promises.mkdir'),
  mkdtempSync: blocking('fs/promises.mkdtemp'),
  opendirSync: { effect: 'blocking-io', alternative: 'fs/promises.opendir', returns: 'fs#Dir' },
  openSync: blocking('fs/promises.open'),
  readdirSync: blocking('fs/promises.readdir'),
  readFileSync: blocking('fs/promises.readFile'),
  readlinkSync: blocking('fs/promises.readlink'),
  readSync: blocking('FileHandle.read (fs/promises.open)'),
  readvSync: blocking('FileHandle.readv (fs/promises.open)'),
  realpathSync: blocking('fs/promises.realpath'),
  'realpathSync.native': blocking('fs/promises.realpath'),
  renameSync: blocking('fs/promises.rename'),
  rmdirSync: blocking('fs/promises.rmdir'),
  rmSync: blocking('fs/promises.rm'),
  statfsSync: blocking('fs/promises.statfs'),
  statSync: blocking('fs/promises.stat'),
  symlinkSync: blocking('fs/promises.symlink'),
  truncateSync: blocking('fs/promises.truncate'),
  unlinkSync: blocking('fs/promises.unlink'),
  utimesSync: blocking('fs/promises.utimes'),
  writeFileSync: blocking('fs/promises.writeFile'),
  writeSync: blocking('FileHandle.write (fs/promises.open)'),
  writevSync: blocking('FileHandle.writev (fs/promises.open)'),
};

const fsCallbackApi: Record<string, ApiInfo> = {
  access: threadpool,
  appendFile: threadpool,
  chmod: threadpool,
  chown: threadpool,
  close: threadpool,
  copyFile: threadpool,
  cp: threadpool,
  exists: threadpool,
  fchmod: threadpool,
  fchown: threadpool,
  fdatasync: threadpool,
  fstat: threadpool,
  fsync: threadpool,
  ftruncate: threadpool,
  futimes: threadpool,
  glob: threadpool,
  lchmod: threadpool,
  lchown: threadpool,
  link: threadpool,
  lstat: threadpool,
  lutimes: threadpool,
  mkdir: threadpool,
  mkdtemp: threadpool,
  open: threadpool,
  openAsBlob: threadpool,
  opendir: { effect: 'threadpool', returns: 'fs#Dir' },
  read: threadpool,
  readdir: threadpool,
  readFile: readsContent,
  readlink: threadpool,
  readv: threadpool,
  realpath: threadpool,
  'realpath.native': threadpool,
  rename: threadpool,
  rm: threadpool,
  rmdir: threadpool,
  stat: threadpool,
  statfs: threadpool,
  symlink: threadpool,
  truncate: threadpool,
  unlink: threadpool,
  utimes: threadpool,
  write: threadpool,
  writeFile: threadpool,
  writev: threadpool,
};

const fsStreamApi: Record<string, ApiInfo> = {
  createReadStream: asyncIo,
  createWriteStream: { effect: 'async-io', returns: 'fs#WriteStream' },
  watch: asyncIo,
  watchFile: asyncIo,
  unwatchFile: none,
};

/** fs's synchronous and callback functions by name, for packages that re-expose them under a namespace. */
export const fsFunctionApi: Readonly<Record<string, ApiInfo>> = { ...fsSyncApi, ...fsCallbackApi };

const fsTables: ModuleTable[] = [
  {
    module: 'fs',
    api: { ...fsSyncApi, ...fsCallbackApi, ...fsStreamApi, ...withPrefix('promises', fsPromisesApi) },
  },
  { module: 'fs/promises', api: fsPromisesApi },
  {
    module: 'fs#Dir',
    api: {
      read: threadpool,
      close: threadpool,
      readSync: blocking('Dir.read'),
      closeSync: blocking('Dir.close'),
    },
  },
  {
    // What is written is queued and goes to the file on the thread pool: each write or end is I/O.
    module: 'fs#WriteStream',
    api: {
      ...listenerApi,
      write: { effect: 'async-io', queues: true },
      end: asyncIo,
      close: asyncIo,
      destroy: none,
      cork: none,
      uncork: none,
      setDefaultEncoding: none,
    },
  },
  {
    module: 'fs#FileHandle',
    defaultEffect: 'threadpool',
    api: {
      createReadStream: asyncIo,
      createWriteStream: asyncIo,
      readLines: { effect: 'none', returns: 'readline#Interface' },
      readFile: readsContent,
      getAsyncId: none,
    },
  },
];

const childProcessTable: ModuleTable = {
  module: 'child_process',
  api: {
    execSync: blocking('child_process.exec (util.promisify)'),
    execFileSync: blocking('child_process.execFile (util.promisify)'),
    spawnSync: blocking('child_process.spawn'),
    // The callback gets the command's output: what code after it parses is data, as a file's text is.
    exec: { effect: 'async-io', payload: true },
    execFile: { effect: 'async-io', payload: true },
    spawn: asyncIo,
    fork: { effect: 'worker' },
  },
};

const subtleApi: Record<string, ApiInfo> = {
  decrypt: threadpool,
  deriveBits: threadpool,
  deriveKey: threadpool,
  digest: threadpool,
  encrypt: threadpool,
  exportKey: threadpool,
  generateKey: threadpool,
  importKey: threadpool,
  sign: threadpool,
  unwrapKey: threadpool,
  verify: threadpool,
  wrapKey: threadpool,
};

/** Hashing or enciphering data on the calling thread: linear in the data, cheap for a short string (argument `at`). */
const hashesInput = (at: number): ApiInfo => ({ effect: 'cpu-heavy', weight: 1, sizeArgument: at, alternative: 'hash a stream (pipe into the hash) or hash in a worker thread' });

/** Hash, Hmac, Sign and Verify objects: `update` digests its data synchronously. */
const cryptoHashTable: ModuleTable = {
  module: 'crypto#Hash',
  defaultEffect: 'none',
  api: { update: { ...hashesInput(0), returns: 'crypto#Hash' }, digest: none, copy: { effect: 'none', returns: 'crypto#Hash' }, sign: none, verify: none },
};

const cryptoCipherTable: ModuleTable = {
  module: 'crypto#Cipher',
  defaultEffect: 'none',
  api: { update: hashesInput(0), final: none },
};

const cryptoTable: ModuleTable = {
  module: 'crypto',
  api: {
    pbkdf2Sync: cpuHeavy('crypto.pbkdf2 (callback or util.promisify)'),
    scryptSync: cpuHeavy('crypto.scrypt (callback or util.promisify)'),
    generateKeyPairSync: cpuHeavy('crypto.generateKeyPair (callback or util.promisify)'),
    generatePrimeSync: cpuHeavy('crypto.generatePrime (callback or util.promisify)'),
    checkPrimeSync: cpuHeavy('crypto.checkPrime (callback or util.promisify)'),
    randomFillSync: { effect: 'cpu-heavy', sizeArgument: 2, alternative: 'crypto.randomFill (callback or util.promisify)' },
    hkdfSync: cpuHeavy('crypto.hkdf (callback or util.promisify)'),
    publicEncrypt: cpuHeavy('crypto.subtle.encrypt (thread pool) or a worker thread'),
    privateDecrypt: cpuHeavy('crypto.subtle.decrypt (thread pool) or a worker thread'),
    privateEncrypt: cpuHeavy('crypto.sign with a callback, or a worker thread'),
    publicDecrypt: cpuHeavy('crypto.verify with a callback, or a worker thread'),
    sign: { effect: 'cpu-heavy', when: 'no-callback', withCallback: 'threadpool', alternative: 'crypto.sign with a callback' },
    verify: { effect: 'cpu-heavy', when: 'no-callback', withCallback: 'threadpool', alternative: 'crypto.verify with a callback' },
    randomBytes: {
      effect: 'cpu-heavy',
      sizeArgument: 0,
      when: 'no-callback',
      withCallback: 'threadpool',
      alternative: 'crypto.randomBytes with a callback (or util.promisify)',
    },
    randomInt: { effect: 'none', when: 'no-callback', withCallback: 'threadpool' },
    pbkdf2: threadpool,
    scrypt: threadpool,
    generateKeyPair: threadpool,
    generateKey: threadpool,
    generatePrime: threadpool,
    checkPrime: threadpool,
    randomFill: threadpool,
    hkdf: threadpool,
    generateKeySync: none,
    createHash: { effect: 'none', returns: 'crypto#Hash' },
    createHmac: { effect: 'none', returns: 'crypto#Hash' },
    createCipheriv: { effect: 'none', returns: 'crypto#Cipher' },
    createDecipheriv: { effect: 'none', returns: 'crypto#Cipher' },
    createSign: { effect: 'none', returns: 'crypto#Hash' },
    createVerify: { effect: 'none', returns: 'crypto#Hash' },
    createPublicKey: none,
    createPrivateKey: none,
    createSecretKey: none,
    hash: hashesInput(1),
    randomUUID: none,
    getRandomValues: none,
    timingSafeEqual: none,
    getHashes: none,
    getCiphers: none,
    getCurves: none,
    'webcrypto.getRandomValues': none,
    'webcrypto.randomUUID': none,
    ...withPrefix('webcrypto.subtle', subtleApi),
    ...withPrefix('subtle', subtleApi),
  },
};

/** Decompressing is one native pass over the input, as light as JSON.parse; compressing searches for matches. */
const decompresses = (alternative: string): ApiInfo => ({ ...cpuHeavy(alternative), weight: 1 });

const zlibStream: ApiInfo = { effect: 'none', returns: 'zlib#Stream' };

const zlibTable: ModuleTable = {
  module: 'zlib',
  api: {
    gzipSync: cpuHeavy('zlib.gzip (callback or util.promisify)'),
    gunzipSync: decompresses('zlib.gunzip (callback or util.promisify)'),
    deflateSync: cpuHeavy('zlib.deflate (callback or util.promisify)'),
    inflateSync: decompresses('zlib.inflate (callback or util.promisify)'),
    deflateRawSync: cpuHeavy('zlib.deflateRaw (callback or util.promisify)'),
    inflateRawSync: decompresses('zlib.inflateRaw (callback or util.promisify)'),
    unzipSync: decompresses('zlib.unzip (callback or util.promisify)'),
    brotliCompressSync: cpuHeavy('zlib.brotliCompress (callback or util.promisify)'),
    brotliDecompressSync: decompresses('zlib.brotliDecompress (callback or util.promisify)'),
    zstdCompressSync: cpuHeavy('zlib.zstdCompress (callback or util.promisify)'),
    zstdDecompressSync: decompresses('zlib.zstdDecompress (callback or util.promisify)'),
    gzip: threadpool,
    gunzip: threadpool,
    deflate: threadpool,
    inflate: threadpool,
    deflateRaw: threadpool,
    inflateRaw: threadpool,
    unzip: threadpool,
    brotliCompress: threadpool,
    brotliDecompress: threadpool,
    zstdCompress: threadpool,
    zstdDecompress: threadpool,
    // Stream factories: a transform stream compresses on the thread pool as data is written to it, which
    // is the I/O of whoever pipes into it; making one starts nothing.
    createGzip: zlibStream,
    createGunzip: zlibStream,
    createDeflate: zlibStream,
    createInflate: zlibStream,
    createDeflateRaw: zlibStream,
    createInflateRaw: zlibStream,
    createUnzip: zlibStream,
    createBrotliCompress: zlibStream,
    createBrotliDecompress: zlibStream,
    createZstdCompress: zlibStream,
    createZstdDecompress: zlibStream,
    Gzip: zlibStream,
    Gunzip: zlibStream,
    Deflate: zlibStream,
    Inflate: zlibStream,
    DeflateRaw: zlibStream,
    InflateRaw: zlibStream,
    Unzip: zlibStream,
    BrotliCompress: zlibStream,
    BrotliDecompress: zlibStream,
    crc32: none,
  },
};

const netTables: ModuleTable[] = [
  {
    module: 'http',
    api: {
      request: asyncIo,
      get: asyncIo,
      createServer: { effect: 'none', returns: 'http#Server' },
      Server: { effect: 'none', returns: 'http#Server' },
      Agent: { effect: 'none', returns: 'http#Agent' },
      validateHeaderName: none,
      validateHeaderValue: none,
    },
  },
  {
    module: 'https',
    api: {
      request: asyncIo,
      get: asyncIo,
      createServer: { effect: 'none', returns: 'http#Server' },
      Server: { effect: 'none', returns: 'http#Server' },
      Agent: { effect: 'none', returns: 'http#Agent' },
    },
  },
  {
    module: 'http#Agent',
    api: {
      createConnection: { effect: 'async-io', returns: 'net#Socket' },
      getName: none,
      keepSocketAlive: none,
      reuseSocket: none,
      destroy: none,
    },
  },
  {
    module: 'http2',
    api: {
      connect: { effect: 'async-io', returns: 'http2#ClientSession' },
      createServer: { effect: 'none', returns: 'http#Server' },
      createSecureServer: { effect: 'none', returns: 'http#Server' },
      getDefaultSettings: none,
      getPackedSettings: none,
      getUnpackedSettings: none,
    },
  },
  {
    module: 'net',
    api: {
      connect: { effect: 'async-io', returns: 'net#Socket' },
      createConnection: { effect: 'async-io', returns: 'net#Socket' },
      Socket: { effect: 'none', returns: 'net#Socket' },
      createServer: { effect: 'none', returns: 'net#Server' },
      Server: { effect: 'none', returns: 'net#Server' },
      isIP: none,
      isIPv4: none,
      isIPv6: none,
    },
  },
  {
    module: 'tls',
    api: {
      connect: { effect: 'async-io', returns: 'net#Socket' },
      TLSSocket: { effect: 'none', returns: 'net#Socket' },
      createServer: { effect: 'none', returns: 'net#Server' },
      Server: { effect: 'none', returns: 'net#Server' },
      createSecureContext: none,
      checkServerIdentity: none,
    },
  },
  {
    module: 'dgram',
    api: { createSocket: { effect: 'none', returns: 'dgram#Socket' } },
  },
  {
    module: 'net#Server',
    api: {
      listen: asyncIo,
      close: asyncIo,
      getConnections: asyncIo,
      address: none,
      on: none,
      once: none,
      off: none,
      ref: none,
      unref: none,
    },
  },
  // The request an HTTP server received: resuming or piping it reads the body from the socket.
  {
    module: 'http#IncomingMessage',
    api: { resume: asyncIo, pipe: asyncIo, unpipe: none, read: none, pause: none, setEncoding: none, setTimeout: onIdle, destroy: none },
  },
  // The response of an HTTP server (and what Express adds to it): writing it sends on the socket.
  {
    module: 'http#ServerResponse',
    api: {
      write: asyncIo,
      end: asyncIo,
      flushHeaders: asyncIo,
      writeContinue: asyncIo,
      writeHead: none,
      setHeader: none,
      getHeader: none,
      hasHeader: none,
      removeHeader: none,
      send: asyncIo,
      json: asyncIo,
      jsonp: asyncIo,
      sendFile: asyncIo,
      sendStatus: asyncIo,
      download: asyncIo,
      redirect: asyncIo,
      render: asyncIo,
      status: none,
      set: none,
      header: none,
      type: none,
      cookie: none,
      clearCookie: none,
      append: none,
      location: none,
      vary: none,
    },
  },
  {
    module: 'http#Server',
    extends: 'net#Server',
    api: { setTimeout: onIdle, closeAllConnections: none, closeIdleConnections: none },
  },
  {
    module: 'net#Socket',
    api: {
      connect: asyncIo,
      write: asyncIo,
      end: asyncIo,
      pipe: asyncIo,
      on: none,
      once: none,
      off: none,
      setTimeout: onIdle,
      setNoDelay: none,
      setKeepAlive: none,
      setEncoding: none,
      destroy: none,
      pause: none,
      resume: none,
      ref: none,
      unref: none,
      address: none,
    },
  },
  {
    module: 'http2#ClientSession',
    api: { request: asyncIo, close: asyncIo, ping: asyncIo, on: none, once: none, destroy: none },
  },
  {
    module: 'dgram#Socket',
    api: {
      send: asyncIo,
      bind: asyncIo,
      connect: asyncIo,
      close: asyncIo,
      on: none,
      once: none,
      address: none,
      setBroadcast: none,
      addMembership: none,
      dropMembership: none,
    },
  },
];

/** dns.lookup uses getaddrinfo on the thread pool; the resolve* family uses c-ares (network). */
const dnsApi: Record<string, ApiInfo> = {
  lookup: threadpool,
  lookupService: threadpool,
  resolve: asyncIo,
  resolve4: asyncIo,
  resolve6: asyncIo,
  resolveAny: asyncIo,
  resolveCaa: asyncIo,
  resolveCname: asyncIo,
  resolveMx: asyncIo,
  resolveNaptr: asyncIo,
  resolveNs: asyncIo,
  resolvePtr: asyncIo,
  resolveSoa: asyncIo,
  resolveSrv: asyncIo,
  resolveTxt: asyncIo,
  reverse: asyncIo,
  Resolver: { effect: 'none', returns: 'dns#Resolver' },
  setServers: none,
  getServers: none,
  setDefaultResultOrder: none,
  getDefaultResultOrder: none,
};

const dnsTables: ModuleTable[] = [
  { module: 'dns', api: { ...dnsApi, ...withPrefix('promises', dnsApi) } },
  { module: 'dns/promises', api: dnsApi },
  {
    module: 'dns#Resolver',
    defaultEffect: 'async-io',
    api: { setServers: none, getServers: none, setLocalAddress: none, cancel: none },
  },
];

const readlineApi: Record<string, ApiInfo> = {
  createInterface: { effect: 'none', returns: 'readline#Interface' },
  Interface: { effect: 'none', returns: 'readline#Interface' },
  emitKeypressEvents: none,
  clearLine: none,
  clearScreenDown: none,
  cursorTo: none,
  moveCursor: none,
};

const readlineTables: ModuleTable[] = [
  { module: 'readline', api: { ...readlineApi, ...withPrefix('promises', readlineApi) } },
  { module: 'readline/promises', api: { ...readlineApi, Readline: none } },
  {
    module: 'readline#Interface',
    api: {
      question: asyncIo,
      on: none,
      once: none,
      off: none,
      close: none,
      pause: none,
      resume: none,
      prompt: none,
      setPrompt: none,
      getPrompt: none,
      write: none,
    },
  },
];

const streamPromisesApi: Record<string, ApiInfo> = { pipeline: asyncIo, finished: asyncIo };

const streamTables: ModuleTable[] = [
  {
    module: 'stream',
    api: {
      ...streamPromisesApi,
      ...withPrefix('promises', streamPromisesApi),
      Readable: streamClass,
      'Readable.from': { effect: 'none', returns: 'stream#Stream' },
      Writable: streamClass,
      Duplex: streamClass,
      Transform: streamClass,
      PassThrough: streamClass,
      addAbortSignal: none,
      compose: none,
    },
  },
  { module: 'stream/promises', api: streamPromisesApi },
  // A stream made in the code (or a subclass of one): its data is what the code writes or pushes into it.
  { module: 'stream#Stream', extends: 'events#EventEmitter', api: {} },
  // A zlib stream the code writes to itself compresses what it is given on the thread pool.
  { module: 'zlib#Stream', extends: 'stream#Stream', api: { write: threadpool, end: threadpool } },
];

/** Awaited waits: the caller's async function is paused, the thread is not. */
const timersPromisesApi: Record<string, ApiInfo> = {
  setTimeout: asyncIo,
  setImmediate: asyncIo,
  setInterval: asyncIo,
  'scheduler.wait': asyncIo,
  'scheduler.yield': asyncIo,
};

const timersTables: ModuleTable[] = [
  {
    module: 'timers',
    api: {
      setTimeout: timer,
      setInterval: timer,
      setImmediate: deferral,
      clearTimeout: none,
      clearInterval: none,
      clearImmediate: none,
      ...withPrefix('promises', timersPromisesApi),
    },
  },
  { module: 'timers/promises', api: timersPromisesApi },
];

const workerTables: ModuleTable[] = [
  {
    module: 'worker_threads',
    api: {
      Worker: { effect: 'worker', returns: 'worker_threads#Worker' },
      receiveMessageOnPort: none,
      MessageChannel: none,
      MessagePort: none,
      BroadcastChannel: none,
      getEnvironmentData: none,
      setEnvironmentData: none,
      markAsUntransferable: none,
    },
  },
  {
    module: 'worker_threads#Worker',
    api: {
      postMessage: none,
      terminate: asyncIo,
      getHeapSnapshot: asyncIo,
      on: none,
      once: none,
      off: none,
      ref: none,
      unref: none,
    },
  },
  {
    module: 'cluster',
    api: { fork: { effect: 'worker' }, setupPrimary: none, setupMaster: none, on: none, once: none },
  },
];

/** Subscribers run when a message is published, not when they subscribe. */
const subscribes: ApiInfo = { effect: 'none', handlers: true };

/**
 * Resolving a module id looks for files, package.json and folders synchronously; an id written in the code is looked
 * up once, later calls come from the resolver's cache.
 */
export const resolvesModule: ApiInfo = { effect: 'blocking-io', alternative: 'import.meta.resolve, or resolve once at start-up', note: 'stats the file system', computedArgument: 0, loadsModule: true };
/** Loading a module reads and runs its file synchronously (once; later loads come from the cache). */
const loadsModule: ApiInfo = { effect: 'blocking-io', alternative: 'import() once at start-up', note: 'reads the module file', loadsModule: true };
/** `require(id)` with an id known only at run time: it finds and reads that module's file then. */
export const loadsComputedModule: ApiInfo = { ...loadsModule, computedArgument: 0 };

const utilityTables: ModuleTable[] = [
  {
    module: 'module',
    defaultEffect: 'none',
    api: {
      _resolveFilename: resolvesModule,
      _findPath: resolvesModule,
      findPackageJSON: resolvesModule,
      _load: loadsModule,
      'prototype.require': loadsModule,
      createRequire: { effect: 'none', returns: 'module#require' },
      createRequireFromPath: { effect: 'none', returns: 'module#require' },
    },
  },
  // What `createRequire` makes: a `require` of its own, whose `resolve` looks for files as the global one does.
  { module: 'module#require', defaultEffect: 'none', api: { '': loadsComputedModule, resolve: resolvesModule } },
  { module: 'events#EventEmitter', defaultEffect: 'none', api: {} },
  {
    module: 'diagnostics_channel',
    defaultEffect: 'none',
    api: { subscribe: subscribes, channel: { effect: 'none', returns: 'diagnostics_channel#Channel' } },
  },
  { module: 'diagnostics_channel#Channel', defaultEffect: 'none', api: { subscribe: subscribes } },
  {
    module: 'events',
    api: {
      // `class Parser extends EventEmitter`: its instances' listeners are the runtime's, and wait for nothing.
      '': emitter,
      once: asyncIo,
      on: asyncIo,
      EventEmitter: emitter,
      getEventListeners: none,
      getMaxListeners: none,
      setMaxListeners: none,
      addAbortListener: none,
      listenerCount: none,
    },
  },
  {
    module: 'util',
    api: {
      promisify: none,
      // Returns a callback-style wrapper: the function runs when the wrapper is called, not now.
      callbackify: { effect: 'none', wraps: 0 },
      inspect: none,
      format: none,
      formatWithOptions: none,
      deprecate: none,
      inherits: none,
      parseArgs: none,
      styleText: none,
      stripVTControlCharacters: none,
      debuglog: none,
      TextEncoder: none,
      TextDecoder: none,
      isDeepStrictEqual: cpuHeavy(),
    },
  },
  {
    module: 'os',
    defaultEffect: 'none',
    api: {
      arch: none,
      availableParallelism: none,
      cpus: none,
      endianness: none,
      freemem: none,
      homedir: none,
      hostname: none,
      loadavg: none,
      networkInterfaces: none,
      platform: none,
      release: none,
      tmpdir: none,
      totalmem: none,
      type: none,
      uptime: none,
      userInfo: none,
    },
  },
  {
    module: 'v8',
    api: {
      serialize: cpuHeavy('structuredClone in a worker thread, or send smaller messages'),
      deserialize: cpuHeavy('deserialize in a worker thread, or send smaller messages'),
      getHeapSnapshot: cpuHeavy(),
      writeHeapSnapshot: blocking('v8.getHeapSnapshot (stream) or a worker thread'),
      getHeapStatistics: none,
      getHeapSpaceStatistics: none,
      getHeapCodeStatistics: none,
      setFlagsFromString: none,
      cachedDataVersionTag: none,
    },
  },
  {
    module: 'url',
    defaultEffect: 'none',
    api: {
      URL: none,
      URLSearchParams: none,
      parse: none,
      format: none,
      resolve: none,
      fileURLToPath: none,
      pathToFileURL: none,
      domainToASCII: none,
      domainToUnicode: none,
      urlToHttpOptions: none,
    },
  },
  {
    module: 'path',
    aliases: ['path/posix', 'path/win32'],
    defaultEffect: 'none',
    api: {
      basename: none,
      dirname: none,
      extname: none,
      format: none,
      isAbsolute: none,
      join: none,
      normalize: none,
      parse: none,
      relative: none,
      resolve: none,
      toNamespacedPath: none,
      matchesGlob: none,
      'posix.join': none,
      'posix.resolve': none,
      'win32.join': none,
      'win32.resolve': none,
    },
  },
  {
    module: 'querystring',
    defaultEffect: 'none',
    api: { parse: none, stringify: none, escape: none, unescape: none },
  },
];

const sqliteAlternative = 'run the queries in a worker thread';

/** node:sqlite exists only with the prefix; the resolver strips it. */
const sqliteTables: ModuleTable[] = [
  {
    module: 'sqlite',
    api: {
      DatabaseSync: { effect: 'blocking-io', alternative: sqliteAlternative, returns: 'sqlite#DatabaseSync' },
      backup: threadpool,
    },
  },
  {
    module: 'sqlite#DatabaseSync',
    api: {
      prepare: { effect: 'none', returns: 'sqlite#StatementSync' },
      exec: blocking(sqliteAlternative),
      open: blocking(sqliteAlternative),
      close: blocking(sqliteAlternative),
      loadExtension: blocking(sqliteAlternative),
      applyChangeset: blocking(sqliteAlternative),
      enableLoadExtension: none,
      function: none,
      aggregate: none,
      createSession: none,
    },
  },
  {
    module: 'sqlite#StatementSync',
    api: {
      all: blocking(sqliteAlternative),
      get: blocking(sqliteAlternative),
      run: blocking(sqliteAlternative),
      iterate: blocking(sqliteAlternative),
      columns: none,
      setAllowBareNamedParameters: none,
      setAllowUnknownNamedParameters: none,
      setReadBigInts: none,
      setReturnArrays: none,
    },
  },
];

export const nodeCoreTables: ModuleTable[] = [
  ...fsTables,
  childProcessTable,
  cryptoTable,
  cryptoHashTable,
  cryptoCipherTable,
  zlibTable,
  ...netTables,
  ...dnsTables,
  ...readlineTables,
  ...streamTables,
  ...timersTables,
  ...workerTables,
  ...utilityTables,
  ...sqliteTables,
];

/**
 * Collections the runtime hands out that hold a few entries whatever the program's input: the global module
 * folders, the command line, the CPUs. Keys are "module.member", with "()" when the member is called.
 */
export const smallRuntimeCollections: ReadonlySet<string> = new Set([
  'module.globalPaths',
  'module.builtinModules',
  'module.paths',
  'process.argv',
  'process.execArgv',
  'os.cpus()',
  'os.loadavg()',
  'os.networkInterfaces()',
]);

/**
 * Core modules that code uses by their conventional name without declaring it (a script concatenated into a bundle,
 * a file run where the host provides them): an undeclared `fs` is Node's fs.
 */
export const undeclaredModuleNames: ReadonlySet<string> = new Set(['fs', 'path', 'child_process', 'os', 'zlib', 'http', 'https', 'net', 'dns']);
