import assert from 'node:assert/strict';
import { globalTables } from '../../src/analyzer/knowledge/globals';
import {
  effectForCall,
  findModuleTable,
  isKnownInstanceType,
  isKnownModule,
  lookupApi,
  lookupFsMethodByName,
  lookupGlobal,
  lookupInstanceApi,
} from '../../src/analyzer/knowledge/index';
import { nodeCoreTables } from '../../src/analyzer/knowledge/node-core';
import { npmTables } from '../../src/analyzer/knowledge/npm-packages';
import type { ApiInfo, ModuleTable } from '../../src/analyzer/knowledge/types';

const allTables: ModuleTable[] = [...nodeCoreTables, ...npmTables, ...globalTables];

function effectOf(info: ApiInfo | undefined): string | undefined {
  return info?.effect;
}

describe('knowledge lookups', () => {
  it('node:fs readFileSync is blocking-io with an fs/promises alternative', () => {
    const info = lookupApi('node:fs', ['readFileSync']);
    assert.equal(info?.effect, 'blocking-io');
    assert.equal(info?.alternative, 'fs/promises.readFile');
    assert.equal(lookupApi('fs', ['existsSync'])?.alternative, 'fs/promises.access');
    assert.equal(effectOf(lookupApi('fs', ['realpathSync', 'native'])), 'blocking-io');
  });

  it('fs callback, promise and stream forms', () => {
    assert.equal(effectOf(lookupApi('fs', ['readFile'])), 'threadpool');
    assert.equal(effectOf(lookupApi('fs', ['promises', 'readFile'])), 'threadpool');
    assert.equal(effectOf(lookupApi('node:fs/promises', ['readFile'])), 'threadpool');
    assert.equal(effectOf(lookupApi('fs', ['createReadStream'])), 'async-io');
    assert.equal(lookupApi('fs', ['constants']), undefined);
  });

  it('fs/promises is its own module, not fs', () => {
    assert.equal(findModuleTable('fs/promises')?.module, 'fs/promises');
    assert.equal(findModuleTable('node:fs')?.module, 'fs');
    assert.equal(lookupApi('fs/promises', ['readFileSync']), undefined);
  });

  it('fs-extra has its own sync helpers and inherits fs', () => {
    const readJsonSync = lookupApi('fs-extra', ['readJsonSync']);
    assert.equal(readJsonSync?.effect, 'blocking-io');
    assert.equal(readJsonSync?.alternative, 'fs-extra.readJson');
    assert.equal(effectOf(lookupApi('fs-extra', ['readFileSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('fs-extra', ['copy'])), 'threadpool');
    assert.equal(effectOf(lookupApi('graceful-fs', ['statSync'])), 'blocking-io');
  });

  it('child_process, crypto and zlib', () => {
    assert.equal(effectOf(lookupApi('child_process', ['execSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('node:child_process', ['spawn'])), 'async-io');
    assert.equal(effectOf(lookupApi('child_process', ['fork'])), 'worker');
    const pbkdf2Sync = lookupApi('crypto', ['pbkdf2Sync']);
    assert.equal(pbkdf2Sync?.effect, 'cpu-heavy');
    assert.ok(pbkdf2Sync?.alternative);
    assert.equal(effectOf(lookupApi('crypto', ['pbkdf2'])), 'threadpool');
    assert.equal(effectOf(lookupApi('crypto', ['createHash'])), 'none');
    assert.equal(effectOf(lookupApi('crypto', ['webcrypto', 'subtle', 'digest'])), 'threadpool');
    assert.equal(effectOf(lookupApi('zlib', ['gzip'])), 'threadpool');
    assert.equal(effectOf(lookupApi('zlib', ['gzipSync'])), 'cpu-heavy');
  });

  it('crypto.randomBytes depends on the callback', () => {
    const randomBytes = lookupApi('crypto', ['randomBytes'])!;
    assert.equal(effectForCall(randomBytes, false), 'cpu-heavy');
    assert.equal(effectForCall(randomBytes, true), 'threadpool');
    assert.equal(effectForCall(lookupApi('fs', ['readFile'])!, true), 'threadpool');
  });

  it('instance tables through returns', () => {
    assert.deepEqual(lookupApi('pg', ['Pool']), { effect: 'none', returns: 'pg#Pool' });
    assert.equal(effectOf(lookupInstanceApi('pg#Pool', ['query'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('pg#Client', ['on'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('pg#PoolClient', ['query'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('pg#PoolClient', ['release'])), 'none');
    assert.equal(lookupApi('http', ['createServer'])?.returns, 'http#Server');
    assert.equal(effectOf(lookupInstanceApi('http#Server', ['listen'])), 'async-io');
  });

  it('better-sqlite3 statements block', () => {
    const database = lookupApi('better-sqlite3', []);
    assert.equal(database?.returns, 'better-sqlite3#Database');
    const statement = lookupInstanceApi(database!.returns!, ['prepare']);
    assert.equal(statement?.returns, 'better-sqlite3#Statement');
    assert.equal(effectOf(lookupInstanceApi(statement!.returns!, ['all'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi('better-sqlite3#Database', ['backup'])), 'async-io');
  });

  it('defaultEffect covers member calls but not the bare module call', () => {
    assert.equal(effectOf(lookupApi('got', ['post'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('axios#Instance', ['get'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@prisma/client#PrismaClient', ['user', 'findMany'])), 'async-io');
    assert.equal(lookupApi('os', []), undefined);
    assert.equal(effectOf(lookupApi('os', ['cpus'])), 'none');
  });

  it('a leading "default" is the module object', () => {
    assert.equal(effectOf(lookupApi('axios', ['default', 'get'])), 'async-io');
    assert.equal(lookupApi('ioredis', ['default'])?.returns, 'ioredis#Redis');
  });

  it('Effect.runSync is not blocking I/O', () => {
    const runSync = lookupApi('effect', ['Effect', 'runSync']);
    assert.ok(runSync);
    assert.notEqual(runSync.effect, 'blocking-io');
    assert.notEqual(effectOf(lookupApi('effect/Effect', ['runSync'])), 'blocking-io');
  });

  it('globals', () => {
    assert.equal(effectOf(lookupGlobal(['Atomics', 'wait'])), 'sleep');
    assert.equal(effectOf(lookupGlobal(['fetch'])), 'async-io');
    assert.equal(effectOf(lookupGlobal(['globalThis', 'fetch'])), 'async-io');
    assert.equal(effectOf(lookupGlobal(['JSON', 'parse'])), 'cpu-heavy');
    assert.equal(effectOf(lookupGlobal(['Math', 'hypot'])), 'none');
    assert.equal(effectOf(lookupGlobal(['require', 'resolve'])), 'blocking-io');
    assert.equal(effectOf(lookupGlobal(['process', 'nextTick'])), 'timer');
    // `require(id)` counts only when the id is computed at run time (the resolver checks the argument).
    assert.equal(effectOf(lookupGlobal(['require'])), 'blocking-io');
    assert.equal(lookupGlobal(['require'])?.computedArgument, 0);
    assert.equal(lookupGlobal(['JSON']), undefined);
  });

  it('fs methods by bare name', () => {
    assert.equal(effectOf(lookupFsMethodByName('statSync')), 'blocking-io');
    assert.equal(effectOf(lookupFsMethodByName('rmdir')), 'threadpool');
    assert.equal(lookupFsMethodByName('promises'), undefined);
    assert.equal(lookupFsMethodByName('toString'), undefined);
  });

  it('HTTP clients: gaxios, ofetch, centra, bent, urllib and friends', () => {
    assert.equal(effectOf(lookupApi('gaxios', ['request'])), 'async-io');
    assert.equal(lookupApi('gaxios', ['request'])?.payload, true);
    assert.equal(lookupApi('gaxios', ['Gaxios'])?.returns, 'gaxios#Gaxios');
    assert.equal(effectOf(lookupInstanceApi('gaxios#Gaxios', ['request'])), 'async-io');
    assert.equal(lookupInstanceApi('gaxios#Gaxios', ['interceptors', 'request', 'add'])?.handlers, true);
    assert.equal(effectOf(lookupApi('ofetch', ['ofetch'])), 'async-io');
    assert.equal(effectOf(lookupApi('ofetch', ['$fetch', 'raw'])), 'async-io');
    assert.equal(lookupApi('ofetch', ['createFetch'])?.returns, 'ofetch#Fetch');
    assert.equal(effectOf(lookupInstanceApi('ofetch#Fetch', [])), 'async-io');
    assert.equal(effectOf(lookupApi('phin', [])), 'async-io');
    // centra and bent only build the request until send() or the built function's call.
    assert.deepEqual(lookupApi('centra', []), { effect: 'none', returns: 'centra#Request' });
    assert.equal(lookupInstanceApi('centra#Request', ['header'])?.returns, 'centra#Request');
    assert.equal(effectOf(lookupInstanceApi('centra#Request', ['send'])), 'async-io');
    assert.equal(effectOf(lookupApi('bent', [])), 'none');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('bent', [])!.returns!, [])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('make-fetch-happen', ['defaults'])!.returns!, [])), 'async-io');
    assert.equal(effectOf(lookupApi('minipass-fetch', [])), 'async-io');
    assert.equal(effectOf(lookupApi('simple-get', ['concat'])), 'async-io');
    assert.equal(effectOf(lookupApi('urllib', ['default', 'request'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('urllib', ['HttpClient'])!.returns!, ['curl'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('redaxios', ['create'])!.returns!, ['post'])), 'async-io');
    assert.equal(effectOf(lookupApi('node-fetch-native', [])), 'async-io');
  });

  it('template engines: compiling, rendering and file-reading forms', () => {
    // Handlebars compiles lazily: the cost is in the template's (first) call.
    const compile = lookupApi('handlebars', ['compile']);
    assert.equal(compile?.effect, 'none');
    assert.equal(effectOf(lookupInstanceApi(compile!.returns!, [])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('handlebars', ['precompile'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('handlebars', ['create'])!.returns!, ['compile'])), 'none');
    assert.equal(effectOf(lookupApi('ejs', ['render'])), 'cpu-heavy');
    assert.equal(lookupApi('ejs', ['compile'])?.returns, 'ejs#Template');
    // ejs.renderFile reads with fs.readFileSync (ejs.fileLoader), callback or promise.
    const renderFile = lookupApi('ejs', ['renderFile'])!;
    assert.equal(effectForCall(renderFile, true), 'blocking-io');
    assert.equal(effectOf(lookupApi('mustache', ['render'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('pug', ['render'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('pug', ['renderFile'])), 'blocking-io');
    assert.equal(lookupApi('pug', ['compileFile'])?.returns, 'pug#Template');
    assert.equal(effectOf(lookupApi('nunjucks', ['renderString'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('nunjucks', ['render'])), 'blocking-io');
    const environment = lookupApi('nunjucks', ['configure'])?.returns;
    assert.equal(environment, 'nunjucks#Environment');
    assert.equal(effectOf(lookupInstanceApi(environment!, ['render'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi(environment!, ['addFilter'])), 'none');
  });

  it('code tools: promise-returning APIs that compute on the calling thread', () => {
    const minify = lookupApi('terser', ['minify']);
    assert.equal(minify?.effect, 'cpu-heavy');
    assert.ok(minify?.note);
    assert.equal(effectOf(lookupApi('uglify-js', ['minify'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@babel/core', ['transformAsync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@babel/core', ['transformSync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('@babel/core', ['transformFileSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('@babel/core', ['loadOptions'])), 'blocking-io');
    assert.equal(lookupApi('@babel/parser', ['parse'])?.sizeArgument, 0);
    assert.equal(effectOf(lookupApi('acorn', ['parse'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('acorn', ['Parser', 'extend'])!.returns!, ['parse'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('esprima', ['parseScript'])), 'cpu-heavy');
    const processor = lookupApi('postcss', []);
    assert.deepEqual(processor, { effect: 'none', returns: 'postcss#Processor' });
    assert.equal(effectOf(lookupInstanceApi(processor!.returns!, ['process'])), 'cpu-heavy');
    assert.equal(lookupInstanceApi(processor!.returns!, ['use'])?.returns, 'postcss#Processor');
    assert.equal(effectOf(lookupApi('sass', ['compile'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('sass', ['compileAsync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('sass', ['compileStringAsync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('sass', ['initAsyncCompiler'])!.returns!, ['compileAsync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('less', ['render'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('typescript', ['transpileModule'])), 'cpu-heavy');
    const program = lookupApi('typescript', ['createProgram']);
    assert.equal(program?.effect, 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi(program!.returns!, ['getTypeChecker'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(program!.returns!, ['emit'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('prettier', ['format'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('prettier', ['resolveConfig'])), 'threadpool');
    assert.equal(effectOf(lookupApi('esbuild', ['build'])), 'async-io');
    assert.equal(effectOf(lookupApi('esbuild', ['transformSync'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('esbuild', ['context'])!.returns!, ['rebuild'])), 'async-io');
  });

  it('archives', () => {
    assert.equal(effectOf(lookupApi('tar', ['x'])), 'threadpool');
    assert.equal(effectOf(lookupApi('tar', ['create'])), 'threadpool');
    const admZip = lookupApi('adm-zip', []);
    assert.equal(admZip?.effect, 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi(admZip!.returns!, ['getEntries'])), 'none');
    assert.equal(effectOf(lookupInstanceApi(admZip!.returns!, ['extractAllTo'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi(admZip!.returns!, ['writeZip'])), 'blocking-io');
    const toBuffer = lookupInstanceApi(admZip!.returns!, ['toBuffer'])!;
    assert.equal(effectForCall(toBuffer, false), 'cpu-heavy');
    assert.equal(effectForCall(toBuffer, true), 'threadpool');
    const loaded = lookupApi('jszip', ['loadAsync']);
    assert.equal(loaded?.effect, 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(loaded!.returns!, ['generateAsync'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(lookupInstanceApi('jszip#JSZip', ['file'])!.returns!, ['async'])), 'cpu-heavy');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('archiver', [])!.returns!, ['finalize'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('archiver', ['ZipArchive'])!.returns!, ['append'])), 'none');
    assert.equal(effectOf(lookupApi('yauzl', ['open'])), 'threadpool');
    assert.equal(effectOf(lookupApi('yauzl', ['fromBuffer'])), 'none');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('yauzl', ['openPromise'])!.returns!, ['openReadStream'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('yazl', ['ZipFile'])!.returns!, ['addBuffer'])), 'threadpool');
  });

  it('tokens, ids, dates and CSV', () => {
    // jsonwebtoken signs synchronously even with a callback (jws signs on the next tick).
    const sign = lookupApi('jsonwebtoken', ['sign'])!;
    assert.equal(effectForCall(sign, true), 'cpu-heavy');
    assert.equal(effectForCall(lookupApi('jsonwebtoken', ['verify'])!, true), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('jsonwebtoken', ['decode'])), 'none');
    assert.equal(effectOf(lookupApi('jose', ['jwtVerify'])), 'threadpool');
    const builder = lookupApi('jose', ['SignJWT'])!.returns!;
    assert.equal(lookupInstanceApi(builder, ['setIssuedAt'])?.returns, builder);
    assert.equal(effectOf(lookupInstanceApi(builder, ['sign'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi(lookupApi('jose', ['createRemoteJWKSet'])!.returns!, [])), 'async-io');
    assert.equal(effectOf(lookupApi('uuid', ['v4'])), 'none');
    assert.equal(effectOf(lookupApi('nanoid', ['nanoid'])), 'none');
    assert.equal(effectOf(lookupApi('dayjs', [])), 'none');
    assert.equal(effectOf(lookupApi('moment', [])), 'none');
    assert.equal(effectOf(lookupApi('date-fns', ['format'])), 'none');
    assert.equal(effectOf(lookupApi('csv-parse', ['parse'])), 'cpu-heavy');
    assert.equal(lookupApi('csv-parse', ['parse'])?.sizeArgument, 0);
    assert.equal(effectOf(lookupApi('csv-stringify', ['stringify'])), 'cpu-heavy');
    assert.equal(effectOf(lookupApi('csv-parse/sync', ['parse'])), 'cpu-heavy');
  });

  it('parsers of whole programs and stylesheets weigh as much as a YAML parser; expression parsers and tokenizers less', () => {
    const yaml = lookupApi('js-yaml', ['load']);
    for (const [spec, path] of [['@babel/parser', ['parse']], ['acorn', ['parse']], ['esprima', ['parseScript']], ['postcss', ['parse']], ['@babel/core', ['parseSync']]] as const) {
      const info = lookupApi(spec, [...path]);
      assert.equal(info?.effect, 'cpu-heavy', `${spec} ${path.join('.')}`);
      assert.equal(info?.weight ?? 2, yaml?.weight ?? 2, `${spec} ${path.join('.')}`);
      assert.equal(info?.sizeArgument, 0);
    }
    assert.ok((lookupApi('@babel/parser', ['parseExpression'])?.weight ?? 2) < 2);
    assert.ok((lookupApi('JSON', ['parse'])?.weight ?? lookupGlobal(['JSON', 'parse'])?.weight ?? 2) < 2);
  });

  it('WebSocket clients beyond ws: connecting, sending and closing go out over the network', () => {
    assert.equal(effectOf(lookupApi('faye-websocket', ['Client'])), 'async-io');
    assert.equal(effectOf(lookupApi('faye-websocket', [])), 'none');
    assert.equal(effectOf(lookupApi('faye-websocket', ['isWebSocket'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('faye-websocket#WebSocket', ['send'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('faye-websocket#WebSocket', ['on'])), 'none');
    assert.equal(lookupApi('isomorphic-ws', [])?.returns, 'ws#WebSocket');
    assert.equal(effectOf(lookupInstanceApi('reconnecting-websocket#WebSocket', ['send'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('reconnecting-websocket#WebSocket', ['addEventListener'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('sockjs-client#SockJS', ['close'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('websocket#client', ['connect'])), 'async-io');
    assert.equal(lookupApi('websocket', ['w3cwebsocket'])?.returns, 'ws#WebSocket');
  });

  it('pg.native (the libpq bindings) makes the same clients and pools as pg', () => {
    assert.equal(lookupApi('pg', ['native', 'Client'])?.returns, 'pg#Client');
    assert.equal(lookupApi('pg', ['native', 'Pool'])?.returns, 'pg#Pool');
    assert.equal(effectOf(lookupInstanceApi('pg#Client', ['query'])), 'async-io');
  });

  it('end-of-stream and on-finished only listen for an end: their callback runs then', () => {
    for (const spec of ['end-of-stream', 'on-finished']) {
      assert.equal(effectOf(lookupApi(spec, [])), 'none', spec);
      assert.equal(lookupApi(spec, [])?.handlers, true, spec);
    }
  });

  it('a file write stream queues each write: I/O that a loop of formatting does not turn into an I/O loop', () => {
    assert.equal(lookupApi('fs', ['createWriteStream'])?.returns, 'fs#WriteStream');
    assert.deepEqual(lookupInstanceApi('fs#WriteStream', ['write']), { effect: 'async-io', queues: true });
    assert.equal(effectOf(lookupInstanceApi('fs#WriteStream', ['end'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('fs#WriteStream', ['on'])), 'none');
  });

  it('unknown modules and members', () => {
    assert.equal(findModuleTable('no-such-package'), undefined);
    assert.equal(isKnownModule('no-such-package'), false);
    assert.equal(lookupApi('no-such-package', ['readFileSync']), undefined);
    assert.equal(lookupApi('fs', ['noSuchFunction']), undefined);
    assert.equal(lookupInstanceApi('no#Such', ['query']), undefined);
    assert.equal(lookupApi('constructor', []), undefined);
    assert.equal(isKnownModule('node:crypto'), true);
    assert.equal(isKnownModule('lodash-es'), true);
  });
});

describe('knowledge table hygiene', () => {
  const moduleNames = new Set(allTables.map((table) => table.module));
  const isInstanceTable = (table: ModuleTable) => table.module.includes('#');

  it('has no duplicate module names or aliases within a namespace', () => {
    const seen = new Map<string, string>();
    const globalNamespaces = new Set(globalTables.map((table) => table.module));
    for (const table of [...nodeCoreTables, ...npmTables]) {
      for (const name of [table.module, ...(table.aliases ?? [])]) {
        assert.ok(!seen.has(name), `"${name}" is declared by "${seen.get(name)}" and "${table.module}"`);
        seen.set(name, table.module);
      }
    }
    assert.equal(globalNamespaces.size, globalTables.length, 'duplicate global table');
    for (const table of globalTables.filter(isInstanceTable)) {
      assert.ok(!seen.has(table.module), `instance table "${table.module}" is declared twice`);
    }
  });

  it('module names carry no node: prefix', () => {
    for (const table of allTables) assert.ok(!table.module.startsWith('node:'), table.module);
  });

  it('every returns names an existing instance table', () => {
    for (const table of allTables) {
      for (const [key, info] of Object.entries(table.api)) {
        if (info.returns === undefined) continue;
        assert.ok(info.returns.includes('#'), `${table.module} "${key}" returns "${info.returns}" (not an instance type)`);
        assert.ok(isKnownInstanceType(info.returns), `${table.module} "${key}" returns unknown "${info.returns}"`);
      }
    }
  });

  it('every extends names an existing table', () => {
    for (const table of allTables) {
      if (table.extends === undefined) continue;
      assert.ok(moduleNames.has(table.extends), `${table.module} extends unknown "${table.extends}"`);
    }
  });

  it('every alternative and note is a non-empty string', () => {
    for (const table of allTables) {
      for (const [key, info] of Object.entries(table.api)) {
        for (const field of ['alternative', 'note'] as const) {
          const value = info[field];
          if (value === undefined) continue;
          assert.equal(typeof value, 'string', `${table.module} "${key}".${field}`);
          assert.ok(value.trim().length > 0, `${table.module} "${key}".${field} is empty`);
        }
      }
    }
  });

  it('withCallback only accompanies no-callback entries', () => {
    for (const table of allTables) {
      for (const [key, info] of Object.entries(table.api)) {
        if (info.withCallback !== undefined) assert.equal(info.when, 'no-callback', `${table.module} "${key}"`);
      }
    }
  });

  it('every fs *Sync function is blocking-io with an alternative', () => {
    const fsTable = findModuleTable('fs')!;
    const syncKeys = Object.keys(fsTable.api).filter((key) => /Sync(\.|$)/.test(key));
    assert.ok(syncKeys.length > 40);
    for (const key of syncKeys) {
      const info = fsTable.api[key]!;
      assert.equal(info.effect, 'blocking-io', key);
      assert.ok(info.alternative, key);
    }
  });

  it('every fs function of the running Node is known', () => {
    const fs = require('node:fs') as Record<string, unknown>;
    const notCalls = new Set(['_toUnixTimestamp']);
    for (const [name, value] of Object.entries(fs)) {
      if (typeof value !== 'function' || notCalls.has(name) || /^[A-Z]/.test(name)) continue;
      assert.ok(lookupApi('fs', [name]), `fs.${name} is missing`);
    }
    for (const [name, value] of Object.entries(fs.promises as Record<string, unknown>)) {
      if (typeof value === 'function') assert.ok(lookupApi('fs/promises', [name]), `fs/promises.${name} is missing`);
    }
  });
});
