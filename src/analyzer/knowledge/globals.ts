import type { ApiInfo, ModuleTable } from './types';
import { asyncIo, deferral, none, threadpool, timer } from './api-builders';
import { loadsComputedModule, resolvesModule } from './node-core';

/**
 * Global objects. The table "globalThis" holds bare globals (`fetch`, `setTimeout`);
 * every other table is named after a global namespace object and keyed from it
 * (table "JSON", key "parse" is `JSON.parse`). Instance tables use "globalThis#Type".
 */

const offThreadParse = 'stream the data or parse in a worker thread';
const fileRead: ApiInfo = { effect: 'async-io', payload: true };
const blockingFileRead: ApiInfo = { effect: 'blocking-io', alternative: 'FileReader, which reads in the background' };

export const globalTables: ModuleTable[] = [
  {
    module: 'globalThis',
    api: {
      fetch: { effect: 'async-io', payload: true },
      WebSocket: { effect: 'async-io', returns: 'globalThis#WebSocket' },
      EventSource: asyncIo,
      require: loadsComputedModule,
      // Creating one starts nothing: `send()` does the request.
      XMLHttpRequest: { effect: 'none', returns: 'globalThis#XMLHttpRequest' },
      // The File API of browsers: a `FileReader` reads a file or blob in the background and reports by events.
      FileReader: { effect: 'none', returns: 'globalThis#FileReader' },
      FileReaderSync: { effect: 'none', returns: 'globalThis#FileReaderSync' },
      setTimeout: timer,
      setInterval: timer,
      setImmediate: deferral,
      queueMicrotask: deferral,
      clearTimeout: none,
      clearInterval: none,
      clearImmediate: none,
      structuredClone: {
        effect: 'cpu-heavy',
        weight: 1,
        alternative: 'transfer ownership (transfer list) or avoid the deep copy',
        note: 'deep copy: cost grows with the size of the value',
      },
      TextEncoder: none,
      TextDecoder: none,
      URL: none,
      URLSearchParams: none,
      AbortController: none,
      Headers: none,
      Request: none,
      Response: none,
      Blob: none,
      atob: none,
      btoa: none,
      encodeURIComponent: none,
      decodeURIComponent: none,
      encodeURI: none,
      decodeURI: none,
      parseInt: none,
      parseFloat: none,
      isNaN: none,
      isFinite: none,
      Promise: none,
      Error: none,
      Map: none,
      Set: none,
      WeakMap: none,
      WeakSet: none,
      // `new Date().getTime()`: a date's methods only read or set its fields.
      Date: { effect: 'none', returns: 'globalThis#Date' },
      Symbol: none,
    },
  },
  {
    module: 'JSON',
    api: {
      parse: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: offThreadParse },
      stringify: { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, quotesText: true, alternative: offThreadParse },
    },
  },
  {
    module: 'Atomics',
    defaultEffect: 'none',
    api: {
      wait: { effect: 'sleep', alternative: 'Atomics.waitAsync' },
      waitAsync: asyncIo,
      notify: none,
    },
  },
  {
    module: 'WebAssembly',
    api: {
      compile: threadpool,
      instantiate: threadpool,
      compileStreaming: threadpool,
      instantiateStreaming: threadpool,
      Module: { effect: 'cpu-heavy', alternative: 'WebAssembly.compile' },
      Instance: { effect: 'cpu-heavy', alternative: 'WebAssembly.instantiate' },
      validate: none,
      Memory: none,
    },
  },
  {
    module: 'crypto',
    api: {
      randomUUID: none,
      getRandomValues: none,
      'subtle.decrypt': threadpool,
      'subtle.deriveBits': threadpool,
      'subtle.deriveKey': threadpool,
      'subtle.digest': threadpool,
      'subtle.encrypt': threadpool,
      'subtle.exportKey': threadpool,
      'subtle.generateKey': threadpool,
      'subtle.importKey': threadpool,
      'subtle.sign': threadpool,
      'subtle.unwrapKey': threadpool,
      'subtle.verify': threadpool,
      'subtle.wrapKey': threadpool,
    },
  },
  {
    module: 'process',
    api: {
      nextTick: deferral,
      hrtime: none,
      'hrtime.bigint': none,
      memoryUsage: none,
      cpuUsage: none,
      uptime: none,
      cwd: none,
      on: none,
      once: none,
      emitWarning: none,
      // Reads a .env file synchronously (Node 20.12+).
      loadEnvFile: { effect: 'blocking-io', alternative: 'fs.promises.readFile and util.parseEnv, or load once at start-up' },
      // Listening to standard input starts reading it.
      'stdin.on': asyncIo,
      'stdin.once': asyncIo,
      'stdin.addListener': asyncIo,
      'stdin.resume': asyncIo,
      'stdin.pipe': asyncIo,
      'stdin.read': none,
      'stdin.setEncoding': none,
      'stdin.pause': none,
      'stdin.setRawMode': none,
    },
  },
  {
    module: 'require',
    api: {
      resolve: resolvesModule,
    },
  },
  {
    module: 'AbortSignal',
    api: { timeout: timer, any: none, abort: none },
  },
  {
    module: 'performance',
    defaultEffect: 'none',
    api: { now: none, mark: none, measure: none },
  },
  { module: 'Promise', defaultEffect: 'none', api: { all: none, allSettled: none, any: none, race: none, resolve: none, reject: none, withResolvers: none } },
  { module: 'Math', defaultEffect: 'none', api: { max: none, min: none, floor: none, ceil: none, round: none, random: none, abs: none } },
  { module: 'Object', defaultEffect: 'none', api: { keys: none, values: none, entries: none, assign: none, freeze: none, fromEntries: none, create: none } },
  { module: 'Array', defaultEffect: 'none', api: { from: none, of: none, isArray: none } },
  { module: 'Number', defaultEffect: 'none', api: { isInteger: none, isNaN: none, parseFloat: none, parseInt: none } },
  { module: 'String', defaultEffect: 'none', api: { fromCharCode: none, fromCodePoint: none, raw: none } },
  { module: 'Reflect', defaultEffect: 'none', api: { apply: none, get: none, has: none, ownKeys: none } },
  { module: 'Date', defaultEffect: 'none', api: { now: none, parse: none, UTC: none } },
  { module: 'globalThis#Date', defaultEffect: 'none', api: { getTime: none, toISOString: none, valueOf: none } },
  { module: 'Symbol', defaultEffect: 'none', api: { for: none } },
  {
    module: 'Buffer',
    defaultEffect: 'none',
    api: { from: none, concat: none, alloc: none, allocUnsafe: none, byteLength: none, isBuffer: none, compare: none },
  },
  {
    module: 'globalThis#XMLHttpRequest',
    defaultEffect: 'none',
    api: {
      send: { effect: 'async-io', payload: true, blocksAfterSyncSetup: { method: 'open', argument: 2, alternative: "open(method, url) without 'false', or fetch" } },
      abort: none,
      open: none,
      setRequestHeader: none,
      getResponseHeader: none,
      getAllResponseHeaders: none,
      addEventListener: none,
    },
  },
  {
    module: 'globalThis#FileReader',
    defaultEffect: 'none',
    api: {
      readAsArrayBuffer: fileRead,
      readAsBinaryString: fileRead,
      readAsDataURL: fileRead,
      readAsText: fileRead,
    },
  },
  {
    // Only in web workers, where blocking on a read is allowed.
    module: 'globalThis#FileReaderSync',
    defaultEffect: 'none',
    api: {
      readAsArrayBuffer: blockingFileRead,
      readAsBinaryString: blockingFileRead,
      readAsDataURL: blockingFileRead,
      readAsText: blockingFileRead,
    },
  },
  {
    module: 'globalThis#WebSocket',
    api: { send: asyncIo, close: asyncIo, addEventListener: none, removeEventListener: none },
  },
];
