import { strict as assert } from 'node:assert';
import { analyze } from '../../src/analyzer';
import { Project } from '../../src/analyzer/project';
import type { Classification, FileResult } from '../../src/analyzer/types';

interface Case {
  name: string;
  code: string;
  fn: string;
  expected: Classification;
  fileName?: string;
}

function classify(code: string, fn: string, fileName = 'case.js'): string {
  const result = analyze(code, { fileName });
  assert.equal(result.error, undefined, `unexpected error: ${result.error}`);
  const found = result.functions.filter((f) => f.name === fn);
  assert.equal(found.length, 1, `expected one function named ${fn}, got ${found.length}`);
  return found[0].classification;
}

const cases: Case[] = [
  // Resolution of Node core modules in every import form.
  { name: 'require + member', fn: 'f', expected: 'blocking-io', code: "const fs = require('fs'); function f(p) { return fs.readFileSync(p); }" },
  { name: 'node: prefix + destructuring', fn: 'f', expected: 'blocking-io', code: "const { readFileSync } = require('node:fs'); function f(p) { return readFileSync(p); }" },
  { name: 'inline require', fn: 'f', expected: 'blocking-io', code: "function f(p) { return require('fs').readFileSync(p); }" },
  { name: 'renamed destructuring', fn: 'f', expected: 'blocking-io', code: "const { statSync: st } = require('fs'); function f(p) { return st(p); }" },
  { name: 'namespace import', fn: 'f', expected: 'blocking-io', code: "import * as fs from 'node:fs'; export function f(p) { return fs.existsSync(p); }", fileName: 'a.mjs' },
  { name: 'default import', fn: 'f', expected: 'blocking-io', code: "import fs from 'fs'; export function f(p) { return fs.readdirSync(p); }", fileName: 'a.ts' },
  { name: 'named import alias', fn: 'f', expected: 'blocking-io', code: "import { execSync as run } from 'child_process'; export function f() { return run('ls'); }", fileName: 'a.ts' },
  { name: 'alias variable', fn: 'f', expected: 'blocking-io', code: "const fs = require('fs'); const read = fs.readFileSync; function f(p) { return read(p); }" },
  { name: 're-assigned variable', fn: 'f', expected: 'blocking-io', code: "let fsModule; fsModule = require('fs'); function f(p) { return fsModule.readFileSync(p); }" },
  { name: 'TypeScript import = require', fn: 'f', expected: 'blocking-io', code: "import fs = require('fs');\nexport function f(p: string) { return fs.readFileSync(p); }", fileName: 'a.ts' },
  { name: 'function in a namespace', fn: 'sum', expected: 'cpu', code: 'export namespace Util { export function sum(xs: number[]) { let s = 0; for (const x of xs) s += x; return s; } }', fileName: 'a.ts' },
  { name: 'function in a nested namespace', fn: 'get', expected: 'io', code: 'namespace A.B { export namespace C { export async function get(u: string) { return fetch(u); } } }', fileName: 'a.ts' },
  { name: 'fs.promises member', fn: 'f', expected: 'io', code: "const fs = require('fs'); async function f(p) { return fs.promises.readFile(p); }" },
  { name: 'promises destructured', fn: 'f', expected: 'io', code: "const { promises: fsp } = require('fs'); async function f(p) { return fsp.readFile(p); }" },
  { name: 'fs/promises import', fn: 'f', expected: 'io', code: "import { readFile } from 'node:fs/promises'; export async function f(p: string) { return readFile(p, 'utf8'); }", fileName: 'a.ts' },
  { name: 'callback fs is thread pool, not blocking', fn: 'f', expected: 'io', code: "const fs = require('fs'); function f(p, cb) { fs.readFile(p, cb); }" },
  // f.call(thisArg, ...) and f.apply(thisArg, args) call f, unless `call`/`apply` is a method of the object itself.
  { name: 'API called through apply', fn: 'statFollowLinks', expected: 'blocking-io', code: "const fs = require('fs'); function statFollowLinks() { return fs.statSync.apply(fs, arguments); }" },
  { name: 'API called through call keeps its callback form', fn: 'f', expected: 'io', code: "const fs = require('fs'); function f(p, cb) { fs.readFile.call(fs, p, cb); }" },
  { name: 'local function called through call', fn: 'f', expected: 'cpu', code: 'function pairs(rows) { let n = 0; for (const a of rows) for (const b of rows) n += a * b; return n; }\nfunction f(rows) { return pairs.call(null, rows); }' },
  { name: 'arguments of call are shifted past thisArg', fn: 'f', expected: 'io', code: "const fs = require('fs'); function read(p, sync) { if (sync) return fs.readFileSync(p); return fs.promises.readFile(p); }\nasync function f(p) { return read.call(null, p, false); }" },
  { name: 'a method named apply is the method', fn: 'f', expected: 'blocking-io', code: "const fs = require('fs'); class Plugin { apply(compiler) { compiler.config = fs.readFileSync('config.json', 'utf8'); } }\nfunction f(compiler) { new Plugin().apply(compiler); }" },
  { name: 'util.promisify keeps the API', fn: 'f', expected: 'io', code: "const { promisify } = require('util'); const fs = require('fs'); const stat = promisify(fs.stat); async function f(p) { return stat(p); }" },
  { name: 'fetch global', fn: 'f', expected: 'io', code: 'async function f(u) { const r = await fetch(u); return r.status; }' },
  { name: 'timers/promises wait', fn: 'f', expected: 'io', code: "import { setTimeout as sleep } from 'node:timers/promises'; export async function f() { await sleep(100); }", fileName: 'a.mjs' },
  { name: 'zero-delay timer only defers', fn: 'f', expected: 'none', code: 'function f(cb) { setTimeout(cb, 0); }' },
  { name: 'npm HTTP client', fn: 'f', expected: 'io', code: "const axios = require('axios'); async function f(u) { const { data } = await axios.get(u); return data.id; }" },
  { name: 'npm file finder, async', fn: 'f', expected: 'io', code: "const isexe = require('isexe'); function f(p, cb) { isexe(p, { pathExt: '.EXE' }, cb); }" },
  { name: 'npm file finder, sync form', fn: 'f', expected: 'blocking-io', code: "const locatePath = require('locate-path'); function f(paths, cwd) { return locatePath.sync(paths, { cwd }); }" },
  { name: 'npm JSON file reader passes content on', fn: 'f', expected: 'mixed', code: "const jsonfile = require('jsonfile'); function total(rows) { let t = 0; for (const r of rows) t += r.amount; return t; }\nasync function f(p) { const rows = await jsonfile.readFile(p); return total(rows); }" },
  { name: 'pg pool instance', fn: 'f', expected: 'io', code: "const { Pool } = require('pg'); const pool = new Pool(); async function f(id) { return pool.query('select 1', [id]); }" },
  { name: 'better-sqlite3 is blocking', fn: 'f', expected: 'blocking-io', code: "const Database = require('better-sqlite3'); const db = new Database('x.db'); function f(id) { return db.prepare('select * from t where id = ?').get(id); }" },
  { name: 'glob.sync is blocking', fn: 'f', expected: 'blocking-io', code: "const glob = require('glob'); function f() { return glob.sync('**/*.js'); }" },
  { name: 'Effect.runSync is not file I/O', fn: 'f', expected: 'none', code: "import { Effect } from 'effect'; export function f(program) { return Effect.runSync(program); }", fileName: 'a.mjs' },
  { name: 'method merely ending in Sync', fn: 'f', expected: 'none', code: 'function f(store) { return store.commitSync(); }' },
  { name: 'Atomics.wait blocks', fn: 'f', expected: 'blocking-io', code: 'function f(view) { Atomics.wait(view, 0, 0, 1000); }' },
  // CPU-bound work.
  { name: 'pbkdf2Sync', fn: 'f', expected: 'cpu', code: "const crypto = require('crypto'); function f(p, s) { return crypto.pbkdf2Sync(p, s, 100000, 64, 'sha512'); }" },
  { name: 'pbkdf2 with callback is thread pool', fn: 'f', expected: 'io', code: "const crypto = require('crypto'); function f(p, s, cb) { crypto.pbkdf2(p, s, 100000, 64, 'sha512', cb); }" },
  { name: 'randomBytes without callback is synchronous', fn: 'f', expected: 'cpu', code: "const { randomBytes } = require('crypto'); function f(n) { return randomBytes(n); }" },
  // A helper whose work is bounded by its parameters costs little when called with small constants.
  { name: 'helper bounded by a parameter, called with a small literal', fn: 'tmpName', expected: 'none', code: "const crypto = require('crypto'); const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'; function randomChars(count) { const bytes = crypto.randomBytes(count); let s = ''; for (let i = 0; i < count; i++) s += CHARS[bytes[i] % CHARS.length]; return s; }\nfunction tmpName(prefix) { return prefix + randomChars(6); }" },
  { name: 'helper bounded by a parameter, called with a small named constant', fn: 'salt', expected: 'none', code: "const crypto = require('crypto'); const SALT_LENGTH = 16; function random(len) { return crypto.randomBytes(len); }\nfunction salt() { return random(SALT_LENGTH).toString('hex'); }" },
  { name: 'helper bounded by a parameter, called with a size from the caller', fn: 'token', expected: 'cpu', code: "const crypto = require('crypto'); function random(len) { return crypto.randomBytes(len); }\nfunction token(size) { return random(size).toString('hex'); }" },
  { name: 'helper bounded by a parameter, called with a large constant', fn: 'fill', expected: 'cpu', code: "function repeat(text, times) { let out = ''; for (let i = 0; i < times; i++) out += text; return out; }\nfunction fill() { return repeat('-', 100000); }" },
  { name: 'helper with a loop over data besides the bounded one', fn: 'tmpName', expected: 'cpu', code: "function pick(items, count) { const out = []; for (let i = 0; i < count; i++) out.push(items[i]); for (const item of items) out.push(item); return out; }\nfunction tmpName(items) { return pick(items, 6); }" },
  { name: 'zlib sync', fn: 'f', expected: 'cpu', code: "const zlib = require('zlib'); function f(b) { return zlib.gzipSync(b); }" },
  { name: 'nested loops over input', fn: 'f', expected: 'cpu', code: 'function f(a, b) { let n = 0; for (const x of a) for (const y of b) if (x === y) n++; return n; }' },
  { name: 'byte loop', fn: 'f', expected: 'cpu', code: 'function f(buf) { let h = 0; for (let i = 0; i < buf.length; i++) h = (h * 31) ^ buf[i]; return h; }' },
  { name: 'array methods over data', fn: 'f', expected: 'cpu', code: 'function f(rows) { return rows.map((r) => r.a * 2).filter((x) => x > 3); }' },
  // Path, key-path and version segments are a few parts: splitting by a separator of them is not a pass over data.
  { name: 'a pass over path segments', fn: 'isSubdir', expected: 'none', code: "const path = require('path'); function isSubdir(src, dest) { const parts = path.resolve(src).split(path.sep); return path.resolve(dest).split(path.sep).every((part, i) => parts[i] === part); }" },
  { name: 'a pass over version parts', fn: 'parts', expected: 'none', code: "function parts(version) { return version.split('.').filter(Boolean).map((id) => (/^[0-9]+$/.test(id) ? +id : id)); }" },
  { name: 'a pass over key-path parts split by a regular expression', fn: 'keys', expected: 'none', code: 'function keys(p) { const names = p.split(/[\\\\/]/); return names.map((n) => n.trim()); }' },
  { name: 'a pass over lines is over data', fn: 'lines', expected: 'cpu', code: "function lines(text) { return text.split('\\n').filter(Boolean).map((line) => line.trim()); }" },
  { name: 'a pass over words is over data', fn: 'words', expected: 'cpu', code: "function words(text) { const parts = text.split(' '); return parts.map((w) => w.toUpperCase()); }" },
  { name: 'concat is as large as its largest part', fn: 'withExtra', expected: 'cpu', code: 'function withExtra(first, rest) { const all = [first].concat(rest); return all.map((x) => x * 2); }' },
  { name: 'a list the function filled is as large as what filled it', fn: 'dedupe', expected: 'cpu', code: 'function dedupe(tree) { const names = []; tree.walk((node) => names.push(node.name)); return names.filter((name, i) => names.indexOf(name) === i); }' },
  { name: 'a list of registered handlers stays small', fn: 'emit', expected: 'none', code: 'const handlers = []; function on(handler) { handlers.push(handler); } function emit(event) { for (const handler of handlers) handler(event); }' },
  // A blocking call made only in a callback that runs later (async I/O, an event) does not block the call itself.
  { name: 'blocking call in an async callback, after async I/O', fn: 'copyTimes', expected: 'io', code: "const fs = require('fs'); function copyTimes(src, dest, cb) { fs.stat(src, (err, st) => { fs.utimesSync(dest, st.atime, st.mtime); cb(); }); }" },
  { name: 'blocking helper in an async callback, through a caller', fn: 'start', expected: 'io', code: "const fs = require('fs'); function ensure(dir) { fs.mkdirSync(dir, { recursive: true }); }\nfunction save(p, data, cb) { fs.access(p, (err) => { if (err) ensure(p); fs.writeFile(p, data, cb); }); }\nfunction start(p) { save(p, 'x', () => {}); }" },
  { name: 'blocking call on the stack beside async I/O', fn: 'load', expected: 'blocking-io', code: "const fs = require('fs'); function load(p, cb) { const text = fs.readFileSync(p, 'utf8'); fs.stat(p, (err, st) => cb(text, st)); }" },
  { name: 'blocking call in a promise executor runs now', fn: 'read', expected: 'blocking-io', code: "const fs = require('fs'); function read(p) { return new Promise((resolve) => { fs.stat(p, () => {}); resolve(fs.readFileSync(p)); }); }" },
  // Compiler helpers stand for syntax (destructuring, spread, async functions): they cost what the syntax costs.
  { name: 'a Babel destructuring helper is not a pass over data', fn: 'isBinary', expected: 'none', code: "function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest(); }\nfunction _iterableToArrayLimit(r, l) { var t = r[Symbol.iterator]; var e, i, a = [], f = true; i = (t = t.call(r)).next; for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true); return a; }\nfunction _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }\nfunction _nonIterableRest() { throw new TypeError('Invalid attempt'); }\nfunction isBinary(mime) { var parts = _slicedToArray(mime.split(';'), 2), type = parts[0]; return type === 'image' || type === 'video'; }" },
  { name: 'a Babel async helper still runs its generator body', fn: 'run', expected: 'blocking-io', code: "const fs = require('fs'); function _asyncToGenerator(fn) { return function () { var gen = fn.apply(this, arguments); return new Promise((resolve) => resolve(gen.next().value)); }; }\nfunction run(p) { return _asyncToGenerator(function* () { return fs.readFileSync(p); })(); }" },
  { name: 'a nested function named like a helper is followed', fn: 'outer', expected: 'cpu', code: 'function outer(rows) { function _toConsumableArray(xs) { return xs.map((x) => x * 2); } return _toConsumableArray(rows); }' },
  { name: 'an emitter listening to its own events is not waiting for I/O', fn: 'parse', expected: 'none', code: "const { EventEmitter } = require('events'); class Parser extends EventEmitter { parse(text, cb) { this.on('end', (result) => cb(null, result)); this.emit('end', text.trim()); } }" },
  { name: 'listening to another object still waits for its events', fn: 'collect', expected: 'io', code: 'function collect(req, cb) { const parts = []; req.on(\'data\', (c) => parts.push(c)); req.on(\'end\', () => cb(parts)); }' },
  { name: 'a sax parser parses each chunk written to it', fn: 'parseXML', expected: 'cpu', code: "const sax = require('sax'); function parseXML(xml) { const parser = sax.parser(true); parser.onopentag = () => {}; parser.write(xml).close(); }" },
  { name: 'helper passing over a collection parameter, called with a literal array', fn: 'isPng', expected: 'none', code: 'function matches(buffer, header) { for (const [i, byte] of header.entries()) if (buffer[i] !== byte) return false; return true; }\nfunction isPng(buffer) { return matches(buffer, [0x89, 0x50, 0x4e, 0x47]); }' },
  { name: 'a logger serializing what it is given, called with no data', fn: 'subscribe', expected: 'none', code: "function log(type, data) { console.log(type + ' ' + JSON.stringify(data)); }\nfunction subscribe(name) { log('subscribe', undefined); return name; }" },
  { name: 'the same logger called with the payload serializes it', fn: 'publish', expected: 'cpu', code: "function log(type, data) { console.log(type + ' ' + JSON.stringify(data)); }\nfunction publish(name, payload) { log('publish', payload); }" },
  { name: 'literal arrays passed on through a helper that forwards its parameter', fn: 'detect', expected: 'none', code: 'function matches(buffer, header) { for (let i = 0; i < header.length; i++) if (buffer[i] !== header[i]) return false; return true; }\nfunction detect(buffer) { const check = (header) => matches(buffer, header); return check([0xff, 0xd8]) || check([0x42, 0x4d]); }' },
  { name: 'a forwarded parameter that is not small is charged', fn: 'detect', expected: 'cpu', code: 'function matches(buffer, header) { for (let i = 0; i < header.length; i++) if (buffer[i] !== header[i]) return false; return true; }\nfunction detect(buffer, signature) { const check = (header) => matches(buffer, header); return check(signature); }' },
  { name: 'a loop that shifts its tested variable runs once per bit', fn: 'bitCount', expected: 'none', code: 'function bitCount(n) { let count = 0; while (n !== 0) { count += n & 1; n >>>= 1; } return count; }' },
  { name: 'a constant window from where the counter starts', fn: 'checksum', expected: 'none', code: 'function checksum(buf, offset) { let sum = 0; for (let i = offset; i < offset + 148; i++) sum += buf[i]; for (let i = offset + 156; i < offset + 512; i++) sum += buf[i]; return sum; }' },
  { name: 'a window as long as a parameter is a pass over data', fn: 'checksum', expected: 'cpu', code: 'function checksum(buf, offset, length) { let sum = 0; for (let i = offset; i < offset + length; i++) sum += buf[i]; return sum; }' },
  { name: 'fast-glob\'s file-system layer, synchronous', fn: 'entry', expected: 'blocking-io', code: "const fsStat = require('@nodelib/fs.stat'); class Reader { constructor() { this._statSync = fsStat.statSync; } entry(p) { return this._statSync(p); } }" },
  { name: 'a directory walk with the walk package, results gathered from its events', fn: 'findFiles', expected: 'io', code: "var walk = require('walk');\nfunction findFiles(dir, cb) { var found = []; var walker = walk.walk(dir); walker.on('file', function (root, stat, next) { found.push(stat.name); next(); }); walker.on('end', function () { cb(found); }); }" },
  { name: 'a configstore settings store reads its file on every access', fn: 'check', expected: 'blocking-io', code: "import ConfigStore from 'configstore';\nexport default class Notifier { config; constructor(name) { try { this.config = new ConfigStore('notifier-' + name, { optOut: false }); } catch {} } check() { if (!this.config || this.config.get('optOut')) return; this.update = this.config.get('update'); } }" },
  { name: 'a conf settings store writes its file on set', fn: 'remember', expected: 'blocking-io', code: "const Conf = require('conf');\nconst store = new Conf({ projectName: 'app' });\nfunction remember(token) { store.set('token', token); }" },
  { name: 'klaw-sync lists a tree synchronously', fn: 'list', expected: 'blocking-io', code: "const klawSync = require('klaw-sync');\nfunction list(dir) { return klawSync(dir, { nodir: true }).length; }" },
  { name: 'fast-glob\'s file-system layer, with a callback', fn: 'walk', expected: 'io', code: "const fsWalk = require('@nodelib/fs.walk'); function walk(root, cb) { fsWalk.walk(root, (err, entries) => cb(err, entries)); }" },
  { name: 'a stream piped into another object', fn: 'writeTo', expected: 'io', code: 'function writeTo(dest, body) { if (Buffer.isBuffer(body)) { dest.write(body); dest.end(); } else { body.pipe(dest); } }' },
  { name: 'an observable piped through operators is not I/O', fn: 'doubled', expected: 'none', code: "const { map } = require('rxjs/operators'); function doubled(source) { return source.pipe(map((x) => x * 2)); }" },
  { name: 'an error built and returned is on the failure path', fn: 'validate', expected: 'none', code: "class OptionError extends Error { constructor(code, context) { super(code); for (const key in context) this[key] = JSON.parse(JSON.stringify(context[key])); } }\nfunction validate(options) { if (typeof options.bom !== 'boolean') return [new OptionError('BOM', options)]; return [undefined, options]; }" },
  { name: 'an object of another class built from data is charged', fn: 'build', expected: 'cpu', code: 'class Table { constructor(rows) { this.ids = rows.map((row) => JSON.stringify(row)); } }\nfunction build(rows) { return new Table(rows); }' },
  { name: 'a recursive helper called with small constants', fn: 'randomName', expected: 'none', code: "function randomName() { function randomHash(count) { if (count === 1) return Math.floor(16 * Math.random()).toString(16); let hash = ''; for (let i = 0; i < count; i++) hash += randomHash(1); return hash; } return 'tmp_' + randomHash(20); }" },
  { name: 'a call through the module\'s own exports object', fn: 'fileLoader', expected: 'blocking-io', code: "const fs = require('fs'); exports.fileLoader = fs.readFileSync; function fileLoader(p) { return exports.fileLoader(p); }" },
  { name: 'a call through module.exports', fn: 'walk', expected: 'cpu', code: 'module.exports.visit = function (node) { for (const child of node.children) module.exports.visit(child); }; function walk(tree) { return module.exports.visit(tree); }' },
  // ES5 constructors: `this` in a prototype method is an instance, with the members its methods assign.
  { name: 'a prototype method using a member another method assigned', fn: 'parseString', expected: 'cpu', code: "const sax = require('sax'); function Parser(opts) { if (!(this instanceof Parser)) return new Parser(opts); this.options = opts; }\nParser.prototype.feed = function (chunk) { this.saxParser = this.saxParser.write(chunk); };\nParser.prototype.reset = function () { this.saxParser = sax.parser(true); };\nParser.prototype.parseString = function (text) { return this.saxParser.write(text).close(); };" },
  { name: 'a constructor that makes its own instance when called without new is not recursive', fn: 'Parser', expected: 'none', code: 'function Parser(opts) { if (!(this instanceof Parser)) return new Parser(opts); this.options = opts; }\nParser.prototype.reset = function () { this.depth = 0; };' },
  { name: 'wiring the listeners of a stream it returns is not waiting for it', fn: 'extract', expected: 'none', code: "const tar = require('tar-stream'); function extract(opts) { const ex = opts.extract || tar.extract(); ex.on('entry', onEntry); return ex; function onEntry(header, stream, next) { stream.resume(); next(); } }" },
  { name: 'listening to a stream it does not return still waits', fn: 'drain', expected: 'io', code: "function drain(stream, done) { stream.on('end', onEnd); stream.resume(); function onEnd() { done(); } }" },
  { name: 'skipping trailing whitespace is a trim, not a pass over the text', fn: 'trimmedEnd', expected: 'none', code: 'var reWhitespace = /\\s/;\nfunction trimmedEnd(string) { var index = string.length; while (index-- && reWhitespace.test(string.charAt(index))) {} return index; }' },
  { name: 'skipping blanks by character code is a trim', fn: 'skipBlanks', expected: 'none', code: 'function skipBlanks(text, i) { while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++; return i; }' },
  { name: 'scanning to the next blank is a pass over the text', fn: 'wordEnd', expected: 'cpu', code: "function wordEnd(text, i) { while (i < text.length && text[i] !== ' ') i++; return i; }" },
  { name: 'a whitespace test that does work per step is a pass over the text', fn: 'countBlanks', expected: 'cpu', code: 'function countBlanks(text) { let i = 0, n = 0; while (i < text.length && /\\s/.test(text[i])) { n += text.charCodeAt(i); i++; } return n; }' },
  { name: 'a package helper that runs an iteratee per element: the iteratee\'s I/O is the caller\'s', fn: 'hasAny', expected: 'io', code: "const async = require('async');\nconst fs = require('fs');\nfunction fileExists(file, done) { fs.stat(file, (error) => done(!error)); }\nfunction hasAny(files, done) { async.some(files, fileExists, done); }" },
  { name: 'a package collection helper walks its first argument, not the package', fn: 'total', expected: 'cpu', code: "import _ from 'lodash';\nfunction weigh(row) { let sum = 0; for (let i = 0; i < row.length; i++) sum += row[i]; return sum; }\nfunction total(rows) { return _.map(rows, weigh); }" },
  { name: 'a package collection helper over a small literal list is small', fn: 'labels', expected: 'none', code: "import * as _ from 'lodash';\nfunction labels(prefix) { return _.map(['a', 'b', 'c'], (key) => prefix + key); }" },
  { name: 'the directories of PATH are a few segments', fn: 'candidates', expected: 'none', code: "const path = require('path');\nfunction candidates(bin) { return (process.env.PATH || '').split(path.delimiter).map((dir) => path.join(dir, bin)); }" },
  { name: 'an fs-named method of an injected object whose result is awaited is the promise form', fn: 'count', expected: 'io', code: 'async function count(store, dir) { const names = await store.readdir(dir); return names.length; }' },
  { name: 'an fs-named method of an injected object whose result is not a promise is not guessed', fn: 'count', expected: 'none', code: 'function count(store, dir) { const names = store.readdir(dir); return names.length; }' },
  { name: 'a guard parameter left out is undefined: the synchronous branch does not run', fn: 'start', expected: 'io', code: "const fs = require('fs');\nclass Reader { read(sync) { if (sync) { return fs.readSync(this.fd, this.buf, 0, 10, 0); } fs.read(this.fd, this.buf, 0, 10, 0, () => {}); } }\nfunction start() { return new Reader().read(); }" },
  { name: 'a guard parameter left out takes its default', fn: 'start', expected: 'blocking-io', code: "const fs = require('fs');\nclass Reader { read(sync = true) { if (sync) { return fs.readSync(this.fd, this.buf, 0, 10, 0); } fs.read(this.fd, this.buf, 0, 10, 0, () => {}); } }\nfunction start() { return new Reader().read(); }" },
  { name: 'a guard parameter passed on unknown keeps both branches', fn: 'start', expected: 'blocking-io', code: "const fs = require('fs');\nclass Reader { read(sync) { if (sync) { return fs.readSync(this.fd, this.buf, 0, 10, 0); } fs.read(this.fd, this.buf, 0, 10, 0, () => {}); } }\nfunction start(options) { return new Reader().read(...options.args); }" },
  { name: 'an XMLHttpRequest is sent: I/O', fn: 'load', expected: 'io', code: "function load(path, done) { const xhr = new XMLHttpRequest(); xhr.open('GET', path, true); xhr.onload = () => done(xhr.response); xhr.send(null); }" },
  { name: 'an XMLHttpRequest opened with async false waits for the response', fn: 'getURL', expected: 'blocking-io', code: "function getURL(url) { var client = new XMLHttpRequest(); client.open('GET', url, /* async */ false); client.send(); return client.responseText; }" },
  { name: 'a browser FileReader reading a file is I/O', fn: 'toBuffer', expected: 'io', code: "function toBuffer(file) { const reader = new FileReader(); return new Promise((resolve, reject) => { reader.onload = () => resolve(new Uint8Array(reader.result)); reader.onerror = reject; reader.readAsArrayBuffer(file); }); }" },
  { name: 'a FileReaderSync in a web worker blocks on the read', fn: 'text', expected: 'blocking-io', code: 'function text(blob) { return new FileReaderSync().readAsText(blob); }' },
  { name: 'a FileReader only created is not I/O', fn: 'make', expected: 'none', code: 'function make(done) { const reader = new FileReader(); reader.onload = done; return reader; }' },
  { name: 'an XMLHttpRequest only prepared is not I/O', fn: 'prepare', expected: 'none', code: "function prepare(path) { const xhr = new XMLHttpRequest(); xhr.open('GET', path, true); xhr.setRequestHeader('Accept', 'text/plain'); return xhr; }" },
  { name: 'climbing to the root directory by path.dirname is one step per directory', fn: 'ancestors', expected: 'none', code: "const path = require('path');\nfunction ancestors(start) { const dirs = []; let dir = start; while (dir !== path.dirname(dir)) { dirs.push(dir); dir = path.dirname(dir); } return dirs; }" },
  { name: 'climbing by path.parse(...).dir is one step per directory', fn: 'ancestors', expected: 'none', code: "const { parse } = require('path');\nfunction ancestors(start) { const paths = [start]; let parsed = parse(start); while (parsed.dir !== paths[paths.length - 1]) { paths.push(parsed.dir); parsed = parse(parsed.dir); } return paths; }" },
  { name: 'a loop that only reads a dirname is still a loop over data', fn: 'parents', expected: 'cpu', code: "const path = require('path');\nfunction parents(files) { const out = []; let i = 0; while (i < files.length) { out.push(path.dirname(files[i])); i++; } return out; }" },
  { name: 'a nested search that starts I/O only as it ends is computation and I/O', fn: 'findPair', expected: 'mixed', code: "const fs = require('fs');\nfunction findPair(items, target, done) { for (let i = 0; i < items.length; i++) { for (let j = i + 1; j < items.length; j++) { if (items[i] + items[j] === target) { fs.writeFile('pair.json', JSON.stringify([i, j]), done); return; } } } done(null); }" },
  { name: 'a loop that starts I/O for every element is I/O, not computation', fn: 'statAll', expected: 'io', code: "const fs = require('fs');\nfunction statAll(files, done) { for (const file of files) { fs.stat(file, done); } }" },
  { name: 'a call followed by a return in a nested block of the loop still runs per element when the block is skipped', fn: 'statSome', expected: 'io', code: "const fs = require('fs');\nfunction statSome(files, done) { for (const file of files) { fs.stat(file, done); if (file === 'stop') { return; } } }" },
  // A bind helper's wrapper stands for the function it wraps (compiled CoffeeScript binds methods in the constructor).
  { name: 'a method rebound through a bind helper is still the method', fn: 'parse', expected: 'cpu', code: "var bind = function (fn, me) { return function () { return fn.apply(me, arguments); }; };\nfunction Parser() { this.parseString = bind(this.parseString, this); }\nParser.prototype.parseString = function (s) { let h = 0; for (let i = 0; i < s.length; i++) h += s.charCodeAt(i); return h; };\nexports.parse = function (s) { var parser; parser = new Parser(); return parser.parseString(s); };" },
  { name: 'an arrow wrapper that forwards its arguments stands for the wrapped function', fn: 'parse', expected: 'cpu', code: "const wrap = (fn) => (...args) => fn(...args);\nfunction heavy(s) { let h = 0; for (let i = 0; i < s.length; i++) h += s.charCodeAt(i); return h; }\nconst api = { parse: wrap(heavy) };\nexports.parse = function (s) { return api.parse(s); };" },
  // Accessors run when a member is read or written: `this.all` calls `get all()`.
  { name: 'a method reading a getter that reads a file blocks', fn: 'get', expected: 'blocking-io', code: "const fs = require('fs');\nclass Store { constructor(file) { this.file = file; }\n  get all() { return JSON.parse(fs.readFileSync(this.file, 'utf8')); }\n  set all(value) { this.cache = value; }\n  get(key) { return this.all[key]; } }" },
  { name: 'a method assigning through a setter that writes a file blocks', fn: 'clear', expected: 'blocking-io', code: "const fs = require('fs');\nclass Store { constructor(file) { this.file = file; }\n  get all() { return {}; }\n  set all(value) { fs.writeFileSync(this.file, JSON.stringify(value)); }\n  clear() { this.all = {}; } }" },
  { name: 'assigning a member does not run a getter of that name', fn: 'clear', expected: 'none', code: "const fs = require('fs');\nclass Store { constructor(file) { this.file = file; }\n  get all() { return JSON.parse(fs.readFileSync(this.file, 'utf8')); }\n  set all(value) { this.cache = value; }\n  clear() { this.all = {}; } }" },
  { name: 'reading a plain field is not an accessor call', fn: 'get', expected: 'none', code: "const fs = require('fs');\nclass Store { constructor(file) { this.all = {}; }\n  get size() { return fs.readFileSync('x').length; }\n  get(key) { return this.all[key]; } }" },
  // Lengths known without running the code.
  { name: 'a loop over the arguments of a call is small', fn: 'checkTypes', expected: 'none', code: "function checkTypes() { for (var i = 0; i < arguments.length; i++) if (!(arguments[i] instanceof Uint8Array)) throw new TypeError('bad'); }" },
  { name: 'a loop over an array made with a constant length is small', fn: 'fromKey', expected: 'none', code: "var KEY_BYTES = 32;\nfunction fromKey(key) { var pk = new Uint8Array(KEY_BYTES); for (var i = 0; i < pk.length; i++) pk[i] = key[32 + i]; return pk; }" },
  { name: 'a loop over an array made with a length from the input is not', fn: 'copy', expected: 'cpu', code: "function copy(key) { var pk = new Uint8Array(key.length); for (var i = 0; i < pk.length; i++) pk[i] = key[i] ^ 0x5c; return pk; }" },
  { name: 'a bound declared in the loop header from a literal list is small', fn: 'clearBuffers', expected: 'none', code: "var buffers = ['comment', 'textNode', 'tagName', 'doctype'];\nfunction clearBuffers(parser) { for (var i = 0, l = buffers.length; i < l; i++) parser[buffers[i]] = ''; }" },
  { name: 'a bound declared in the loop header from the input is not', fn: 'sum', expected: 'cpu', code: "function sum(xs) { var t = 0; for (var i = 0, l = xs.length; i < l; i++) t += xs[i]; return t; }" },
  // JSON of data written out in the code is a fixed, small cost.
  { name: 'parsing a JSON literal is small', fn: 'defaults', expected: 'none', code: "function defaults() { return JSON.parse('{\"strict\":true,\"depth\":2}'); }" },
  { name: 'cloning an options table written out in the code is small', fn: 'getDefaults', expected: 'none', code: "function getDefaults() { var options = { tables: { defaultValue: false, type: 'boolean' }, emoji: { defaultValue: true, type: 'boolean' } }; return JSON.parse(JSON.stringify(options)); }" },
  { name: 'a table that other code adds members to is not fixed', fn: 'snapshot', expected: 'cpu', code: "var registry = { first: 1 };\nfunction add(name, value) { registry[name] = value; registry.last = value; }\nfunction snapshot() { return JSON.stringify(registry); }" },
  { name: 'stringifying the input is not small', fn: 'save', expected: 'cpu', code: "function save(state) { return JSON.stringify({ version: 1, state: state }); }" },
  { name: 'a for...in over an object written out in the code is small', fn: 'names', expected: 'none', code: "const DEFAULTS = { a: 1, b: 2 };\nfunction names() { const out = []; for (const k in DEFAULTS) for (const j in DEFAULTS) out.push(k + j); return out; }" },
  { name: 'a for...in over objects of the input in a for...in is not', fn: 'pairs', expected: 'cpu', code: "function pairs(o) { const out = []; for (const k in o) for (const j in o[k]) out.push(k + j); return out; }" },
  // `if (options.sync)` with the options left out: an empty options object, so the asynchronous branch.
  { name: 'a call that leaves out the options does not take the branch an option guards', fn: 'list', expected: 'io', code: "const fs = require('fs');\nfunction files(dir, callback, options) { options = options || {}; if (options.sync) return fs.readdirSync(dir); fs.readdir(dir, callback); }\nfunction list(dir, cb) { return files(dir, cb); }" },
  { name: 'a call that passes options may take the branch an option guards', fn: 'listWith', expected: 'blocking-io', code: "const fs = require('fs');\nfunction files(dir, callback, options) { options = options || {}; if (options.sync) return fs.readdirSync(dir); fs.readdir(dir, callback); }\nfunction listWith(dir, cb, opts) { return files(dir, cb, opts); }" },
  { name: 'options given a default with members are not known to be empty', fn: 'list', expected: 'blocking-io', code: "const fs = require('fs');\nfunction files(dir, callback, options) { options = options || { sync: true }; if (options.sync) return fs.readdirSync(dir); fs.readdir(dir, callback); }\nfunction list(dir, cb) { return files(dir, cb); }" },
  { name: 'a helper over its parameter called with a constant string of the module is small', fn: 'indexOfChar', expected: 'none', code: "var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';\nfunction reverse(alphabet) { var out = {}; for (var i = 0; i < alphabet.length; i++) out[alphabet.charAt(i)] = i; return out; }\nfunction indexOfChar(c) { return reverse(ALPHABET)[c]; }" },
  { name: 'a helper over its parameter called with a variable of the input is not', fn: 'indexOfChar', expected: 'cpu', code: "function reverse(alphabet) { var out = {}; for (var i = 0; i < alphabet.length; i++) out[alphabet.charAt(i)] = i; return out; }\nfunction indexOfChar(text, c) { var source = text; return reverse(source)[c]; }" },
  // Piping data into a stream class of the file runs its chunk methods over that data.
  { name: 'piping a stream into a parsing transform of the file reads and computes', fn: 'parseFile', expected: 'mixed', code: "const fs = require('fs');\nconst { Transform } = require('stream');\nclass Lines extends Transform {\n  _transform(chunk, enc, done) { const text = String(chunk); const out = []; for (let i = 0; i < text.length; i++) for (let j = i; j < text.length && text[j] !== '\\n'; j++) out.push(text[j]); this.push(out.join('')); done(); }\n}\nfunction parseFile(file) { return new Promise((resolve) => fs.createReadStream(file).pipe(new Lines()).on('finish', resolve)); }" },
  { name: 'piping into a stream class that only passes chunks on is I/O', fn: 'copyFile', expected: 'io', code: "const fs = require('fs');\nconst { Transform } = require('stream');\nclass Counter extends Transform {\n  _transform(chunk, enc, done) { this.bytes = (this.bytes || 0) + chunk.length; done(null, chunk); }\n}\nfunction copyFile(from, to) { return new Promise((resolve) => fs.createReadStream(from).pipe(new Counter()).pipe(fs.createWriteStream(to)).on('finish', resolve)); }" },
  { name: 'a loop bounded by the smaller of the input and a constant is small', fn: 'looksBinary', expected: 'none', code: "const MAX_BYTES = 512;\nconst RESERVE = 3;\nfunction looksBinary(buffer) { const total = Math.min(buffer.length, MAX_BYTES + RESERVE); let odd = 0; for (let i = 0; i < total; i++) if (buffer[i] < 7) odd++; return odd > 0; }" },
  { name: 'a loop bounded by the larger of the input and a constant is not', fn: 'scan', expected: 'cpu', code: "const MIN = 16;\nfunction scan(buffer) { const total = Math.max(buffer.length, MIN); let odd = 0; for (let i = 0; i < total; i++) if (buffer[i] < 7) odd++; return odd; }" },
  { name: 'a file read and handed to a helper that only parses it as JSON is I/O, as the inline parse is', fn: 'load', expected: 'io', code: "const fs = require('fs/promises');\nconst parse = (buffer, reviver) => JSON.parse(new TextDecoder().decode(buffer), reviver);\nasync function load(file) { return parse(await fs.readFile(file)); }" },
  { name: 'a file read and handed to a helper that walks it is mixed', fn: 'load', expected: 'mixed', code: "const fs = require('fs/promises');\nconst count = (text) => { let n = 0; for (const ch of text) if (ch === ',') n++; return n; };\nasync function load(file) { return count(await fs.readFile(file, 'utf8')); }" },
  // A key built from a fixed prefix (`'_' + type`) reaches the table's methods with that prefix: a visitor's dispatch.
  { name: 'a hasher dispatching on this[\'_\' + type] walks the value recursively', fn: 'hash', expected: 'cpu', code: "function typeHasher(out) { return {\n  dispatch: function (value) { return this['_' + typeof value](value); },\n  _object: function (object) { var self = this; Object.keys(object).forEach(function (key) { self.dispatch(key); self.dispatch(object[key]); }); },\n  _string: function (text) { out.push(text); },\n  _number: function (n) { out.push(String(n)); },\n}; }\nfunction hash(value) { var out = []; typeHasher(out).dispatch(value); return out.join(''); }" },
  { name: 'a class visitor dispatching on this[`visit${node.type}`] walks the tree', fn: 'print', expected: 'cpu', code: "class Printer {\n  visit(node) { return this[`visit${node.type}`](node); }\n  visitPair(node) { return this.visit(node.left) + ',' + this.visit(node.right); }\n  visitText(node) { return node.value; }\n}\nfunction print(tree) { return new Printer().visit(tree); }" },
  { name: 'a prefixed key reaches only the methods with that prefix', fn: 'handle', expected: 'none', code: "class Router {\n  handle(kind, x) { return this['on' + kind](x); }\n  onOpen(x) { return x; }\n  onClose(x) { return !x; }\n  rebuild(list) { let n = 0; for (const a of list) for (const b of list) n += a * b; return n; }\n}" },
  // A table written out in the code that names another table sixty times stands for thousands of entries: not small.
  { name: 'a table of tables is not small data', fn: 'dump', expected: 'cpu', code: ['var ROW = { ' + Array.from({ length: 60 }, (_, i) => `d${i}: ${i}`).join(', ') + ' };', 'var GRID = { ' + Array.from({ length: 60 }, (_, i) => `r${i}: ROW`).join(', ') + ' };', 'function dump() { return JSON.stringify(GRID); }'].join('\n') },
  { name: 'a table of a few small tables is small data', fn: 'dump', expected: 'none', code: "var ROW = { a: 1, b: 2, c: 3 };\nvar GRID = { top: ROW, bottom: ROW };\nfunction dump() { return JSON.stringify(GRID); }" },
  // An injectable dependency is taken to be its default.
  { name: 'a runner parameter defaulting to a spawning function is that function', fn: 'ps', expected: 'io', code: "const { spawn } = require('child_process');\nfunction run(cmd, args, done) { const child = spawn(cmd, args); let out = ''; child.stdout.on('data', (d) => { out += d; }); child.on('close', (code) => done(null, out, code)); }\nfunction ps(callback, runner = run) { runner('ps', ['-A'], (error, stdout) => callback(error, stdout)); }" },
  { name: 'an fs parameter defaulting to require(\'fs\') is fs', fn: 'load', expected: 'blocking-io', code: "function load(file, fs = require('fs')) { return fs.readFileSync(file, 'utf8'); }" },
  // Functions in an array handed to a call are tasks it runs: `async.waterfall([...])`.
  { name: 'tasks in an array passed to a control-flow helper run as callbacks', fn: 'save', expected: 'io', code: "const fs = require('fs');\nconst async = require('async');\nfunction save(file, data, done) { async.waterfall([\n  function (cb) { fs.writeFile(file + '~', data, cb); },\n  function (cb) { fs.rename(file + '~', file, cb); },\n], done); }" },
  // A rest parameter holds the arguments written at a call, as `arguments` does.
  { name: 'a loop over a rest parameter is small', fn: 'has', expected: 'none', code: "function has(map, ...keys) { let node = map; for (let i = 0; i < keys.length - 1; i++) { node = node.get(keys[i]); if (!node) return false; } return node.has(keys[keys.length - 1]); }" },
  { name: 'a loop over an array parameter is not', fn: 'has', expected: 'cpu', code: "function has(map, keys) { let node = map; for (let i = 0; i < keys.length - 1; i++) { node = node.get(keys[i]); if (!node) return false; } return node.has(keys[keys.length - 1]); }" },
  // Hashing data on the calling thread grows with the data; a short constant costs nothing.
  { name: 'hashing a buffer with createHash().update() is CPU work', fn: 'hashOf', expected: 'cpu', code: "const crypto = require('crypto');\nfunction hashOf(buffer) { return crypto.createHash('md5').update(buffer).digest('hex'); }" },
  { name: 'an HMAC kept in a variable and updated with the input is CPU work', fn: 'sign', expected: 'cpu', code: "import { createHmac } from 'node:crypto';\nexport function sign(key, payload) { const hmac = createHmac('sha256', key); hmac.update(payload); return hmac.digest('base64'); }" },
  { name: 'hashing a short literal is not', fn: 'salt', expected: 'none', code: "const crypto = require('crypto');\nfunction salt() { return crypto.createHash('sha1').update('v1').digest('hex'); }" },
  { name: 'randomFillSync of four bytes is not CPU work', fn: 'mask', expected: 'none', code: "const { randomFillSync } = require('crypto');\nconst MASK = Buffer.alloc(4);\nfunction mask() { randomFillSync(MASK, 0, 4); return MASK; }" },
  // A variable's first value sizes a loop only if nothing assigns it later, anywhere in the file.
  { name: 'a variable reassigned after the loop that reads it is not sized by its first value', fn: 'walk', expected: 'cpu', code: "let names = ['a', 'b'];\nfunction walk() { let n = 0; for (const name of names) n += name.length; return n; }\nfunction load(list) { names = list; }" },
  { name: 'a copy made by spreading is as large as what it spreads', fn: 'count', expected: 'cpu', code: "function count(items) { const copy = [...items]; let n = 0; for (const item of copy) n += item.size; return n; }" },
  { name: 'a call of itself with its parameters swapped runs once more, it is not recursion over the input', fn: 'negate', expected: 'none', code: "function negate(a, b) { if (b.length > a.length) return negate(b, a); return a === b ? '[^' + a + ']' : '(?!' + a + '|' + b + ')'; }" },
  { name: 'a call of itself with the same parameters in the same order still recurses', fn: 'drain', expected: 'cpu', code: "function drain(queue, out) { if (queue.length === 0) return out; out.push(queue.shift()); return drain(queue, out); }" },
  { name: 'a copy of the arguments made with Array.prototype.slice.call is small', fn: 'assign', expected: 'none', code: "function assign(obj) { var sources = Array.prototype.slice.call(arguments, 1); sources.forEach(function (source) { Object.keys(source).forEach(function (key) { obj[key] = source[key]; }); }); return obj; }" },
  { name: 'a copy of a parameter made with Array.from is as large as it', fn: 'total', expected: 'cpu', code: "function total(items) { const copy = Array.from(items); let n = 0; for (const item of copy) n += item; return n; }" },
  { name: 'an fs function wrapped with Q.denodeify is still that I/O', fn: 'openFile', expected: 'io', code: "var fs = require('fs');\nvar Q = require('q');\nvar fopen = Q.denodeify(fs.open);\nfunction openFile(name) { return fopen(name, 'r'); }" },
  // A function passed by name to a promise method runs once the promise settles.
  { name: 'a read whose promise is handed a parsing function by name is mixed', fn: 'load', expected: 'mixed', code: "const fs = require('fs/promises');\nfunction parse(text) { const rows = []; for (const line of text.split('\\n')) rows.push(line.split(',').map(Number)); return rows; }\nfunction load(file) { return fs.readFile(file, 'utf8').then(parse); }" },
  { name: 'a bound method handed to then is followed', fn: 'load', expected: 'mixed', code: "const fs = require('fs/promises');\nclass Loader {\n  load(file) { return fs.readFile(file, 'utf8').then(this.parse.bind(this)); }\n  parse(text) { const rows = []; for (const line of text.split('\\n')) rows.push(line.trim()); return rows; }\n}" },
  { name: 'an inline reaction walking the content read is mixed, as after an await', fn: 'load', expected: 'mixed', code: "const fs = require('fs/promises');\nfunction load(file) { return fs.readFile(file, 'utf8').then((text) => { const rows = []; for (const line of text.split('\\n')) rows.push(line.trim()); return rows; }); }" },
  { name: 'a reaction to a stat is I/O', fn: 'size', expected: 'io', code: "const fs = require('fs/promises');\nfunction size(files) { return fs.stat(files[0]).then((s) => { let n = 0; for (const f of files) n += f.length; return n + s.size; }); }" },
  { name: 'a reaction to a helper\'s promise computes over its value, as after an await', fn: 'checksum', expected: 'mixed', code: "const fs = require('fs/promises');\nfunction load(file) { return fs.readFile(file); }\nfunction checksum(file) { return load(file).then((data) => { let sum = 0; for (let i = 0; i < data.length; i++) sum = (sum + data[i]) & 0xffff; return sum; }); }\nasync function checksumAwait(file) { const data = await load(file); let sum = 0; for (let i = 0; i < data.length; i++) sum = (sum + data[i]) & 0xffff; return sum; }" },
  { name: 'a data handler passed by name is charged as one written inline', fn: 'count', expected: 'mixed', code: "const fs = require('fs');\nfunction count(file, done) { let pairs = 0; function onData(chunk) { for (let i = 0; i < chunk.length; i++) for (let j = i; j < chunk.length; j++) if (chunk[i] === chunk[j]) pairs++; } const stream = fs.createReadStream(file); stream.on('data', onData); stream.on('end', () => done(pairs)); }" },
  { name: 'a handler by name on an object the function returns only wires it', fn: 'extract', expected: 'none', code: "const fs = require('fs');\nconst { EventEmitter } = require('events');\nfunction extract(dir) { const ex = new EventEmitter(); function onentry(entry) { fs.stat(dir + '/' + entry.name, () => {}); } ex.on('entry', onentry); return ex; }" },
  { name: 'polling by handing itself to then is not recursion', fn: 'again', expected: 'io', code: "const fs = require('fs/promises');\nfunction again(file) { return fs.access(file).then(again); }" },
  // A parameter of an immediately invoked function is what the call passes (compiled CoffeeScript's `_this`).
  { name: 'a method reached through the this an IIFE receives', fn: 'parsePromise', expected: 'cpu', code: "function Parser() {}\nParser.prototype.parse = function (text) { var out = []; for (var i = 0; i < text.length; i++) out.push(text.charCodeAt(i)); return out; };\nParser.prototype.parsePromise = function (text) { return new Promise((function (_this) { return function (resolve) { resolve(_this.parse(text)); }; })(this)); };" },
  { name: 'a module object an IIFE receives', fn: 'load', expected: 'blocking-io', code: "var api = (function (fs) { return { load: function (file) { return fs.readFileSync(file); } }; })(require('fs'));\nvar load = api.load;" },
  { name: 'members an IIFE assigns to the object it receives are found by their assignment', fn: 'detached', expected: 'cpu', code: "(function (lib) {\n  lib.sign = function (msg) { var out = new Uint8Array(msg.length); for (var i = 0; i < msg.length; i++) out[i] = msg[i] ^ 7; return out; };\n  lib.detached = function (msg) { return lib.sign(msg).subarray(0, 8); };\n})(typeof module !== 'undefined' ? module.exports : (self.lib = {}));" },
  { name: 'a member the function assigns to its parameter is found when called through it', fn: 'initSync', expected: 'blocking-io', code: "const fs = require('fs');\n(function (lib) {\n  lib.create = function (dir) { return fs.readdirSync(dir); };\n  lib.initSync = function (dir) { return lib.create(dir).length; };\n})(module.exports);" },
  // Calling a generator function makes an iterator; its body runs as the iterator is consumed.
  { name: 'returning a generator\'s iterator runs nothing', fn: 'portNumbers', expected: 'none', code: "const generator = function* (from, to) { for (let port = from; port <= to; port++) yield port; };\nfunction portNumbers(from, to) { if (from > to) throw new RangeError('bad range'); return generator(from, to); }" },
  { name: 'iterating a generator runs its body', fn: 'total', expected: 'cpu', code: "function* lines(text) { let start = 0; for (let i = 0; i < text.length; i++) if (text[i] === '\\n') { yield text.slice(start, i); start = i + 1; } }\nfunction total(text) { let n = 0; for (const line of lines(text)) n += line.length; return n; }" },
  { name: 'a function patching the fs it is given still calls the original it saved', fn: 'readFile', expected: 'io', code: "var queue = [];\nfunction patch(fs) {\n  var fs$readFile = fs.readFile;\n  fs.readFile = readFile;\n  function readFile(path, cb) { return go$readFile(path, cb); function go$readFile(path, cb) { return fs$readFile(path, function (err, data) { if (err && err.code === 'EMFILE') queue.push([go$readFile, path, cb]); else cb(err, data); }); } }\n  return fs;\n}\nmodule.exports = patch(require('fs'));" },
  // Settings are short lists: a pass over one is not a pass over the input.
  { name: 'a loop over a list kept in the options parameter is small', fn: 'clone', expected: 'none', code: "function clone(opts) { opts = opts || {}; const handlers = new Map(); if (opts.constructorHandlers) { for (const handler of opts.constructorHandlers) handlers.set(handler[0], handler[1]); } return handlers; }" },
  { name: 'forEach over a list of this.options is small', fn: 'check', expected: 'none', code: "class Loader {\n  constructor(options) { this.options = options; }\n  check() { this.options.searchPlaces.forEach((place) => { if (!place) throw new Error('empty'); }); }\n}" },
  { name: 'an indexed loop bounded by an options list is small', fn: 'apply', expected: 'none', code: "function apply(res, config) { for (let i = 0; i < config.plugins.length; i++) res = config.plugins[i].name + res; return res; }" },
  { name: 'a loop over a list in an options object nested in a loop over the input is still a pass over the input', fn: 'match', expected: 'cpu', code: "function match(files, options) { const out = []; for (const file of files) for (const pattern of options.patterns) if (file.endsWith(pattern)) out.push(file); return out; }" },
  { name: 'a loop over a parameter that is not a settings object is a pass over it', fn: 'sum', expected: 'cpu', code: "function sum(values) { let n = 0; for (const value of values.items) n += value; return n; }" },
  { name: 'the global module folders are a few entries', fn: 'isGlobal', expected: 'none', code: "var globalPaths = require('module').globalPaths;\nfunction isGlobal(resolved) { for (const globalPath of globalPaths) if (resolved.indexOf(globalPath) === 0) return true; return false; }" },
  { name: 'the CPUs of the machine are a few entries', fn: 'speeds', expected: 'none', code: "const os = require('os');\nfunction speeds() { let total = 0; for (const cpu of os.cpus()) total += cpu.speed; return total; }" },
  { name: 'a key path given as an array or a dotted string is a few segments', fn: 'getProp', expected: 'none', code: "function getProp(props, obj) { return (Array.isArray(props) ? props : props.split('.')).reduce((acc, prop) => (acc === undefined ? acc : acc[prop]), obj); }" },
  { name: 'an indexed loop over the keys of an array parameter is still a pass over it', fn: 'copy', expected: 'cpu', code: "function copy(a) { const keys = Object.keys(a); const out = new Array(keys.length); for (let i = 0; i < keys.length; i++) out[i] = a[keys[i]]; return out; }" },
  // Listening to standard input reads it.
  { name: 'collecting standard input through events is I/O', fn: 'readStdin', expected: 'io', code: "const readStdin = () => new Promise((resolve) => { const chunks = []; process.stdin.on('data', (chunk) => chunks.push(chunk)); process.stdin.on('end', () => resolve(Buffer.concat(chunks))); });" },
  // Event-emitter methods return their receiver, so calls chained after them reach the same object.
  { name: 'a method called after chained on() registrations is the object\'s own', fn: 'walk', expected: 'io', code: "const fs = require('fs');\nconst { EventEmitter } = require('events');\nclass Walker extends EventEmitter {\n  start() { fs.readdir('.', (err, entries) => this.emit('done', entries)); return this; }\n}\nfunction walk() { return new Promise((resolve, reject) => { new Walker().on('done', resolve).on('error', reject).start(); }); }" },
  // A function declared outside a class and set as one of its fields runs with an instance as `this`.
  { name: 'this in a function set as a class field is an instance of that class', fn: 'compileToString', expected: 'cpu', code: "function parse(str) { const out = []; for (let i = 0; i < str.length; i++) out.push(str.charCodeAt(i)); return out; }\nfunction compileToString(str) { const buffer = this.parse.call(this, str); return buffer.join(','); }\nclass Engine {\n  parse = parse;\n  compileToString = compileToString;\n}" },
  // Packages that find and read files.
  { name: 'reading the nearest package.json synchronously through read-pkg and find-up-simple blocks', fn: 'readPackageUpSync', expected: 'blocking-io', code: "import path from 'node:path';\nimport { findUpSync } from 'find-up-simple';\nimport { readPackageSync } from 'read-pkg';\nexport function readPackageUpSync(options) { const filePath = findUpSync('package.json', options); if (!filePath) return; return { packageJson: readPackageSync({ ...options, cwd: path.dirname(filePath) }), path: filePath }; }" },
  { name: 'hashing a file with hasha.fromFile is I/O and fromFileSync blocks', fn: 'sha1FileSync', expected: 'blocking-io', code: "import hasha from 'hasha';\nexport function sha1File(file) { return hasha.fromFile(file, { algorithm: 'sha1' }); }\nexport function sha1FileSync(file) { return hasha.fromFileSync(file, { algorithm: 'sha1' }); }" },
  { name: 'a list of plugins is a few entries', fn: 'applyPlugins', expected: 'none', code: "function applyPlugins(value, options, plugins, name) { return plugins.reduce((value, plugin) => (plugin[name] ? plugin[name](value, options) : value), value); }" },
  { name: 'mapping over the algorithms asked for is small', fn: 'createIntegrity', expected: 'none', code: "const crypto = require('crypto');\nfunction createIntegrity(algorithms) { return algorithms.map((algorithm) => crypto.createHash(algorithm)); }" },
  { name: 'a list of plugins walked for every element of the input is still a pass over the input', fn: 'transformAll', expected: 'cpu', code: "function transformAll(items, plugins) { const out = []; for (const item of items) { let value = item; for (const plugin of plugins) value = plugin.transform(value); out.push(value); } return out; }" },
  { name: 'JSON of an option for an error message is small', fn: 'normalize', expected: 'none', code: "function normalize(options) { const json = JSON.stringify(options.delimiter); if (!Array.isArray(options.delimiter)) options.delimiter = [options.delimiter]; if (options.delimiter.length === 0) throw new Error('Invalid delimiter ' + json); return options; }" },
  { name: 'JSON of the data handed in is still work over it', fn: 'save', expected: 'cpu', code: "function save(records, options) { return JSON.stringify(records, null, options.space); }" },
  { name: 'a helper walking a list it is handed from the options is small there', fn: 'normalizeOptions', expected: 'none', code: "function normalizeColumns(columns) { const out = []; for (const column of columns) out.push(typeof column === 'string' ? { key: column } : column); return out; }\nfunction normalizeOptions(opts) { const options = Object.assign({}, opts); if (options.columns) options.columns = normalizeColumns(options.columns); return options; }" },
  { name: 'the same helper handed the data is a pass over it', fn: 'prepare', expected: 'cpu', code: "function normalizeColumns(columns) { const out = []; for (const column of columns) out.push(typeof column === 'string' ? { key: column } : column); return out; }\nfunction prepare(rows) { return normalizeColumns(rows); }" },
  { name: 'a loop counting up to a configured number of retries is small', fn: 'timeouts', expected: 'none', code: "function timeouts(opts) { const out = []; for (let i = 0; i < opts.retries; i++) out.push(Math.min(opts.minTimeout * Math.pow(opts.factor, i), opts.maxTimeout)); return out; }" },
  { name: 'a loop counting up to a number given as data is a pass', fn: 'fill', expected: 'cpu', code: "function fill(input) { const out = []; for (let i = 0; i < input.count; i++) out.push(i * i); return out; }" },
  { name: 'a function kept in a Map is not run by keeping it', fn: 'makeCloner', expected: 'none', code: "function cloneAll(list) { const out = []; for (const item of list) out.push(Object.assign({}, item)); return out; }\nfunction makeCloner() { const handlers = new Map(); handlers.set(Array, (o) => cloneAll(o)); return (value) => (handlers.get(value.constructor) || ((x) => x))(value); }" },
  // A function handed by name to a helper of the file that calls that parameter runs as part of the call.
  { name: 'a reader handed by name to a helper that calls it', fn: 'getRawBody', expected: 'io', code: "const fs = require('fs');\nfunction readFileBody(file, done) { fs.readFile(file, done); }\nfunction getBody(read, file, done) { if (done) { read(file, done); return; } return new Promise((resolve, reject) => read(file, (err, buf) => (err ? reject(err) : resolve(buf)))); }\nfunction getRawBody(file, done) { return getBody(readFileBody, file, done); }" },
  { name: 'a function handed to a helper that wraps it in a closure is not run', fn: 'prepare', expected: 'none', code: "const fs = require('fs');\nfunction removeSync(dir) { fs.rmSync(dir, { recursive: true }); }\nfunction wrap(remove, dir) { return function () { remove(dir); }; }\nfunction prepare(dir) { return wrap(removeSync, dir); }" },
  { name: 'a function handed to a helper that only stores it is not run', fn: 'register', expected: 'none', code: "const fs = require('fs');\nconst handlers = [];\nfunction readFileBody(file, done) { fs.readFile(file, done); }\nfunction add(handler) { handlers.push(handler); }\nfunction register() { add(readFileBody); }" },
  // A parameter named as a server's response is one: writing it sends on the socket.
  { name: 'ending the response of a handler is I/O', fn: 'send', expected: 'io', code: "function send(req, res, status, body) { res.statusCode = status; res.setHeader('Content-Type', 'text/plain'); res.end(body, 'utf8'); }" },
  { name: 'draining the request of a handler reads it', fn: 'dump', expected: 'io', code: "function dump(req, callback) { if (req.complete) return callback(null); req.resume(); }" },
  { name: 'setting headers of the response only is not', fn: 'headers', expected: 'none', code: "function headers(res, type) { res.setHeader('Content-Type', type); res.setHeader('Cache-Control', 'no-cache'); }" },
  // A command's output is data: parsing it line by line after running the command is computation over I/O's payload.
  { name: 'running a command and parsing each line of its output is mixed', fn: 'gateway', expected: 'mixed', code: "import { execa } from 'execa';\nexport async function gateway() { const { stdout } = await execa('ip', ['route', 'show', 'table', 'main']); const routes = []; for (const line of stdout.trim().split('\\n')) { const [dest, , gw, , iface] = line.split(/ +/); if (dest === 'default') routes.push({ gw, iface }); } return routes; }" },
  { name: 'exec with a callback that parses the output is mixed', fn: 'list', expected: 'mixed', code: "const { exec } = require('child_process');\nfunction list(done) { exec('ps -A -o pid,ppid', (err, stdout) => { if (err) return done(err); const rows = []; for (const line of stdout.split('\\n')) rows.push(line.trim().split(/\\s+/).map(Number)); done(null, rows); }); }" },
  { name: 'reading a file and splitting each of its lines is mixed', fn: 'load', expected: 'mixed', code: "const fs = require('fs/promises');\nasync function load(p) { const text = await fs.readFile(p, 'utf8'); const rows = []; for (const line of text.split('\\n')) rows.push(line.split(',')); return rows; }" },
  { name: 'summing the numbers a request returned is a light pass, still I/O', fn: 'total', expected: 'io', code: "async function total(url) { const rows = await (await fetch(url)).json(); let n = 0; for (const row of rows) n += row; return n; }" },
  { name: 'running a command and returning its output as it is is I/O', fn: 'version', expected: 'io', code: "import { execa } from 'execa';\nexport async function version() { const { stdout } = await execa('git', ['--version']); return stdout.trim(); }" },
  // `each` walks a collection as forEach does.
  { name: 'a callback run by each() over a parameter is a pass over it', fn: 'section', expected: 'cpu', code: "function section(props) { const lines = []; let current = null; props.each(function (key, value) { const tokens = key.split('.'); if (tokens.length > 1 && current !== tokens[0]) { current = tokens[0]; lines.push('[' + current + ']'); } lines.push(key + '=' + value); }); return lines; }" },
  { name: 'async.each of a package starts a task per element, it is not a pass', fn: 'store', expected: 'none', code: "const asyncLib = require('neo-async');\nfunction store(items, data, callback) { asyncLib.each(items, (item, next) => item.store(data, next), callback); }" },
  { name: 'a search helper bounded by a length kept in a variable, called with a constant table, is small', fn: 'check', expected: 'none', code: "var INVALID = [1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 14, 127, 128, 129];\nvar contains = function (array, value) { var index = -1; var length = array.length; while (++index < length) { if (array[index] == value) return true; } return false; };\nfunction check(codePoint) { return contains(INVALID, codePoint); }" },
  { name: 'the same helper called with the input is a pass over it', fn: 'find', expected: 'cpu', code: "var contains = function (array, value) { var index = -1; var length = array.length; while (++index < length) { if (array[index] == value) return true; } return false; };\nfunction find(items, x) { return contains(items, x); }" },
  { name: 'a loop from an offset to offset + length, called with offset 0, is still a pass over the data', fn: 'checksum', expected: 'cpu', code: "function crc(c, buf, len, pos) { var end = pos + len; for (var i = pos; i < end; i++) c = (c >>> 8) ^ buf[i]; return c; }\nfunction checksum(input) { return crc(0, input, input.length, 0); }" },
  // A function that redefines itself and calls the replacement (Babel's `_typeof`, lazy definitions) does not recurse.
  { name: 'a helper that replaces itself before calling its new definition is not recursive', fn: 'isObject', expected: 'none', code: "(function () {\n  function _typeof(obj) { return _typeof = typeof Symbol === 'function' ? function (obj) { return typeof obj; } : function (obj) { return obj && obj.constructor === Symbol ? 'symbol' : typeof obj; }, _typeof(obj); }\n  function isObject(x) { return _typeof(x) === 'object'; }\n  module.exports = isObject;\n})();" },
  { name: 'a function that calls itself after assigning something else still recurses', fn: 'walk', expected: 'cpu', code: "function walk(node) { var seen = node; walk.count = (walk.count || 0) + 1; for (var i = 0; i < node.children.length; i++) walk(node.children[i]); return seen; }" },
  // A helper that walks the keys of a table and each key's list, handed a table written out in the code, is small.
  { name: 'a table walk handed a prototype table written in the code is small', fn: 'range', expected: 'none', code: "function subnetMatch(address, rangeList) { let name, subnets, i; for (name in rangeList) { subnets = rangeList[name]; if (!(subnets[0] instanceof Array)) subnets = [subnets]; for (i = 0; i < subnets.length; i++) { if (address.match(subnets[i])) return name; } } return 'unicast'; }\nfunction IPv6(parts) { this.parts = parts; }\nIPv6.prototype.SpecialRanges = { unspecified: [new IPv6([0, 0]), 128], loopback: [new IPv6([0, 1]), 128], multicast: [[new IPv6([0xff00, 0]), 8], [new IPv6([0xfe80, 0]), 10]] };\nIPv6.prototype.range = function () { return subnetMatch(this, this.SpecialRanges); };" },
  { name: 'the same walk handed a module table is small', fn: 'kind', expected: 'none', code: "function subnetMatch(address, rangeList) { let name, subnets, i; for (name in rangeList) { subnets = rangeList[name]; if (!(subnets[0] instanceof Array)) subnets = [subnets]; for (i = 0; i < subnets.length; i++) { if (address.match(subnets[i])) return name; } } return 'unicast'; }\nconst RANGES = { private: [['10.0.0.0', 8], ['192.168.0.0', 16]], loopback: [['127.0.0.0', 8]] };\nfunction kind(address) { return subnetMatch(address, RANGES); }" },
  { name: 'the same walk handed a table of the caller\'s data is a pass over it', fn: 'kind', expected: 'cpu', code: "function subnetMatch(address, rangeList) { let name, subnets, i; for (name in rangeList) { subnets = rangeList[name]; if (!(subnets[0] instanceof Array)) subnets = [subnets]; for (i = 0; i < subnets.length; i++) { if (address.match(subnets[i])) return name; } } return 'unicast'; }\nfunction kind(address, ranges) { return subnetMatch(address, { custom: ranges }); }" },
  { name: 'the same walk handed a table filled at run time is a pass over it', fn: 'kind', expected: 'cpu', code: "function subnetMatch(address, rangeList) { let name, subnets, i; for (name in rangeList) { subnets = rangeList[name]; if (!(subnets[0] instanceof Array)) subnets = [subnets]; for (i = 0; i < subnets.length; i++) { if (address.match(subnets[i])) return name; } } return 'unicast'; }\nconst RANGES = { loopback: [['127.0.0.0', 8]] };\nfunction register(list) { RANGES.custom = list; }\nfunction kind(address) { return subnetMatch(address, RANGES); }" },
  { name: 'a check parameter that falls back to a default with || runs the default', fn: 'findRoot', expected: 'blocking-io', code: "var fs = require('fs');\nvar path = require('path');\nfunction defaultCheck(dir) { return fs.existsSync(path.join(dir, 'package.json')); }\nfunction findRoot(start, check) { check = check || defaultCheck; var dir = path.dirname(start); if (check(dir)) return dir; return dir === start ? null : findRoot(dir, check); }" },
  { name: 'a long-timeout timer that re-arms itself waits, it does not recurse', fn: 'runOnDate', expected: 'io', code: "const lt = require('long-timeout');\nfunction runOnDate(date, job) { const now = Date.now(); const then = date.getTime(); return lt.setTimeout(function () { if (then > Date.now()) runOnDate(date, job); else job(); }, then < now ? 0 : then - now); }" },
  // An ES5 constructor held in a variable (`var FTP = module.exports = function () {}`) has instances, as a declared one does.
  { name: 'a prototype method writing to a socket its constructor variable set up starts I/O', fn: '_send', expected: 'io', code: "const { Socket } = require('net');\nvar FTP = module.exports = function () { this._socket = undefined; this._queue = []; };\nFTP.prototype.connect = function (options) { var socket = new Socket(); this._socket = socket; socket.connect(options.port, options.host); };\nFTP.prototype._send = function (cmd) { this._queue.push(cmd); if (this._socket) this._socket.write(cmd + '\\r\\n'); };" },
  { name: 'a constructor in a variable whose own field holds a parser walks with it', fn: 'parseAll', expected: 'cpu', code: "var Parser = function (text) { this.text = text; };\nParser.prototype.tokens = function () { var out = []; for (var i = 0; i < this.text.length; i++) out.push(this.text.charCodeAt(i)); return out; };\nvar Reader = function (text) { this.parser = new Parser(text); };\nReader.prototype.parseAll = function () { return this.parser.tokens(); };" },
  { name: 'a plain function in a variable is not a constructor: this is unknown there', fn: 'send', expected: 'none', code: "const { Socket } = require('net');\nvar send = function (cmd) { if (this.socket) this.socket.write(cmd); };\nvar other = function () { this.socket = new Socket(); };" },
  // Stream helpers (through, through2) call their handlers per chunk once data flows, not when the stream is made.
  { name: 'making a through stream whose handler splits each chunk does no work yet', fn: 'split', expected: 'none', code: "var through = require('through');\nfunction split(matcher) { var soFar = ''; return through(function (buffer) { var pieces = (soFar + buffer).split(matcher); soFar = pieces.pop(); for (var i = 0; i < pieces.length; i++) this.queue(pieces[i]); }); }" },
  { name: 'reading a file through a through2 handler that walks each chunk still reads and walks', fn: 'count', expected: 'mixed', code: "const fs = require('fs');\nconst through2 = require('through2');\nfunction count(path, done) { let n = 0; fs.createReadStream(path).pipe(through2(function (chunk, enc, next) { for (let i = 0; i < chunk.length; i++) for (let j = i; j < chunk.length; j++) if (chunk[i] === chunk[j]) n++; next(); })).on('finish', () => done(n)); }" },
  { name: 'counting down a literal list with i-- as the test walks its few entries', fn: 'addOptional', expected: 'none', code: "function addOptional(command, options) { var names = ['author', 'since', 'after', 'until']; for (var i = names.length; i--;) { if (options[names[i]]) command.push('--' + names[i] + '=' + options[names[i]]); } return command; }" },
  { name: 'counting down the input with i-- as the test is a pass over it', fn: 'total', expected: 'cpu', code: 'function total(xs) { var t = 0; for (var i = xs.length; i--;) t += xs[i] * xs[i]; return t; }' },
  { name: 'padding with concat adds a few characters', fn: 'pad4', expected: 'none', code: "function pad4(str) { while (str.length < 4) { str = '0'.concat(str); } return str; }" },
  { name: 'padding a string to a width adds a few characters', fn: 'padPart', expected: 'none', code: "function padPart(part, length) { while (part.length < length) { part = `0${part}`; } return part; }" },
  { name: 'a loop that appends input data until a length is reached is a pass', fn: 'build', expected: 'cpu', code: "function build(list) { var out = ''; while (out.length < list.length) out += list[out.length]; return out; }" },
  // A replace with a callback and a global pattern calls it per match: a pass over the text.
  { name: 'escaping a string with a callback per match is a pass over it', fn: 'sanitize', expected: 'cpu', code: "const SYMBOLS = { '\\n': '\\\\n', '\"': '\\\\\"' };\nconst sanitize = (value) => value.replace(/[\\n\"\\u0000-\\u001F]/g, (match) => SYMBOLS[match] || '\\\\u' + match.charCodeAt(0).toString(16));" },
  { name: 'a replace of the first match only is one call', fn: 'capitalize', expected: 'none', code: "function capitalize(s) { return s.replace(/^\\w/, (c) => c.toUpperCase()); }" },
  { name: 'a replace with a callback over an option name is small', fn: 'camel', expected: 'none', code: "function camel(options) { return options.name.replace(/-(\\w)/g, (m, c) => c.toUpperCase()); }" },
  { name: 'new of a constructor that returns another object gives that object', fn: 'parse', expected: 'cpu', code: "function Engine() { this.rules = []; }\nEngine.prototype.run = function (text) { var out = []; for (var i = 0; i < text.length; i++) out.push(text.charCodeAt(i)); return out; };\nvar Parser = function () { var engine = new Engine(); engine.strict = true; return engine; };\nParser.prototype.run = function () { return null; };\nfunction parse(text) { var p = new Parser(); return p.run(text); }" },
  // Euclid's algorithm and digit loops take a few dozen steps for any number.
  { name: 'a greatest common divisor by remainders is small', fn: 'reduce', expected: 'none', code: "function gcd(a, b) { if (!a) return b; if (!b) return a; while (1) { a %= b; if (!a) return b; b %= a; if (!b) return a; } }\nfunction reduce(n, d) { var g = gcd(n, d); return [n / g, d / g]; }" },
  { name: 'spreadsheet column letters divide the shifted number each step', fn: 'encodeCol', expected: 'none', code: "function encodeCol(col) { var s = ''; for (++col; col; col = Math.floor((col - 1) / 26)) s = String.fromCharCode(((col - 1) % 26) + 65) + s; return s; }" },
  { name: 'trimming a given string from one end repeats a few times', fn: 'removeTrailingSlashes', expected: 'none', code: "const removeTrailingSlashes = (input) => { let output = input; while (output.endsWith('/')) { output = output.slice(0, -1); } return output; };" },
  { name: 'cutting a value down one element at a time is a pass over it', fn: 'drain', expected: 'cpu', code: 'function drain(buf, out) { while (buf.length > 0) { out.push(buf[0] ^ 0x5a); buf = buf.slice(1); } return out; }' },
  { name: 'counting the digits of a number divides it each step', fn: 'digits', expected: 'none', code: "function digits(n) { var out = []; while (n > 0) { out.push(n % 10); n = Math.floor(n / 10); } return out; }" },
  { name: 'a rolling hash that takes a remainder per character is still a pass', fn: 'hashAll', expected: 'cpu', code: "function hashAll(s) { var h = 0; for (var i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) % 1000003; } return h; }" },
  { name: 'a bound function handed to a helper that calls it runs as part of the call', fn: 'readAsync', expected: 'io', code: "const fs = require('fs');\nfunction read(file, cb) { fs.readFile(file, cb); }\nfunction makePromise(fn) { return new Promise((resolve, reject) => { fn((error, result) => (error ? reject(error) : resolve(result))); }); }\nconst readAsync = (file) => makePromise(read.bind(null, file));" },
  // A block that ends by throwing is the way out: its loops build the failure's message once.
  { name: 'naming the entries in a block that throws is not the work of the call', fn: 'limit', expected: 'none', code: "function limit(list, max) { if (list.length > max) { const names = list.map((x) => x.name).join(', '); throw new Error('Too many entries: ' + names); } return list.length; }" },
  { name: 'a loop that may throw on a bad element is still a pass', fn: 'check', expected: 'cpu', code: "function check(items) { if (!items) { throw new Error('no items'); } for (const x of items) { if (x < 0) { throw new Error('negative'); } } return true; }" },
  { name: 'the addresses of each network interface are a few', fn: 'interfaces', expected: 'none', code: "const os = require('os');\nfunction interfaces() { const all = {}; const ifaces = os.networkInterfaces(); Object.keys(ifaces).forEach((name) => { ifaces[name].forEach((address) => { if (!address.internal) all[name] = address.address; }); }); return all; }" },
  { name: 'an entry of a table written in the code is small', fn: 'sum', expected: 'none', code: "const TABLE = { a: [1, 2, 3], b: [4, 5] };\nfunction sum(kind) { let s = 0; for (const x of TABLE[kind]) s += x; return s; }" },
  { name: 'the first of the arguments is the caller\'s data', fn: 'sum', expected: 'cpu', code: "function sum() { let s = 0; for (const x of arguments[0]) s += x; return s; }" },
  { name: 'the top of a stack kept in an empty array is filled at run time', fn: 'report', expected: 'cpu', code: "const stack = [];\nfunction enter() { stack.unshift(new Set()); }\nfunction report(seen) { stack[0].forEach((node) => seen.add(node)); }" },
  { name: 'a helper handed an option list is small even when its failure message is JSON', fn: 'create', expected: 'none', code: "class Headers { constructor(parserOptions) { if (Array.isArray(parserOptions.headers)) this.setHeaders(parserOptions.headers); } setHeaders(headers) { const kept = headers.filter((h) => !!h); if (new Set(kept).size !== kept.length) throw new Error('Duplicate headers ' + JSON.stringify(kept)); this.headers = kept; } }\nfunction create(parserOptions) { return new Headers(parserOptions); }" },
  // One header field splits into a few parts.
  { name: 'the directives of a cache-control header are a few', fn: 'isFresh', expected: 'none', code: "function isFresh(cache) { const cc = cache.headers['cache-control']; if (cc) { const parts = cc.split(/,\\s*/); for (let i = 0; i < parts.length; i++) { if (parts[i].split('=')[0] === 'max-age') return true; } } return false; }" },
  { name: 'the languages a request accepts are a few', fn: 'languages', expected: 'none', code: "function languages(req) { return req.get('accept-language').split(',').map((l) => l.trim()); }" },
  { name: 'a value of a map split on commas is data', fn: 'fields', expected: 'cpu', code: "function fields(map) { return map.get('row').split(',').map((x) => x.trim()); }" },
  // Middleware and interceptors run per request later: registering one does not run it.
  { name: 'registering retry interceptors on a client does no I/O yet', fn: 'axiosRetry', expected: 'none', code: "function axiosRetry(client, options) { client.interceptors.response.use(null, async (error) => { await new Promise((resolve) => setTimeout(resolve, options.delay)); return client(error.config); }); }" },
  { name: 'mounting middleware that writes each row does not write yet', fn: 'mount', expected: 'none', code: "function mount(app, rows) { app.use((req, res, next) => { for (const row of rows) res.write(row); next(); }); }" },
  { name: 'a replace that calls a named function per match is a pass over the text', fn: 'utob', expected: 'cpu', code: "var cbUtob = function (c) { var cc = c.charCodeAt(0); return cc < 0x80 ? c : String.fromCharCode(0xc0 | (cc >>> 6)) + String.fromCharCode(0x80 | (cc & 0x3f)); };\nvar reUtob = /[^\\x00-\\x7F]/g;\nvar utob = function (u) { return u.replace(reUtob, cbUtob); };" },
  { name: 'the values of one header field are a few', fn: 'copy', expected: 'none', code: "function copy(init, out) { const rawHeaders = init.raw(); for (const name of Object.keys(rawHeaders)) { for (const value of rawHeaders[name]) out.append(name, value); } }" },
  { name: 'renaming each key of the options is small work per key', fn: 'normalize', expected: 'none', code: "const underscore = function (str) { return str.replace(/([A-Z])/g, function (_, m) { return '_' + m.toLowerCase(); }); };\nfunction normalize(opts) { const options = {}; for (const opt in opts) { options[underscore(opt)] = opts[opt]; } return options; }" },
  { name: 'the same helper handed the caller\'s text is a pass over it', fn: 'one', expected: 'cpu', code: "const underscore = function (str) { return str.replace(/([A-Z])/g, function (_, m) { return '_' + m.toLowerCase(); }); };\nfunction one(text) { return underscore(text); }" },
  { name: 'a replace calling a function declared further down is a pass over the text', fn: 'escapeAll', expected: 'cpu', code: "function escapeAll(text) { return text.replace(/[<>&]/g, escapeChar); }\nfunction escapeChar(c) { return '&#' + c.charCodeAt(0) + ';'; }" },
  { name: 'a helper handed an option list stays small when it may throw an error class that formats its context', fn: 'normalize', expected: 'none', code: "class CsvError extends Error { constructor(code, lines, ...contexts) { super(lines.join(' ')); for (const context of contexts) for (const key in context) this[key] = context[key]; } }\nconst normalizeColumns = function (columns) { const out = []; for (let i = 0, l = columns.length; i < l; i++) { const column = columns[i]; if (typeof column !== 'string') throw new CsvError('CSV_INVALID_COLUMN', ['Invalid column'], { column }); out[i] = { name: column }; } return out; };\nfunction normalize(options) { if (Array.isArray(options.columns)) options.columns = normalizeColumns(options.columns); return options; }" },
  // A function handed to a helper of the file that only keeps it runs when it is looked up, not during the call.
  { name: 'registering a function in a table does not run it', fn: 'setup', expected: 'none', code: "function heavy(xs) { let t = 0; for (const x of xs) for (const y of xs) t += x * y; return t; }\nconst handlers = {};\nfunction register(name, fn) { if (typeof fn !== 'function') throw new TypeError('not a function'); handlers[name] = fn; }\nfunction setup(data) { register('sum', function () { return heavy(data); }); }" },
  { name: 'defining a method through a descriptor helper does not run it', fn: 'extendString', expected: 'none', code: "var decode = function (s) { return s.split('').map(function (c) { return c.charCodeAt(0); }); };\nvar noEnum = function (v) { return { value: v, enumerable: false, writable: true }; };\nvar extendString = function () { var add = function (name, body) { return Object.defineProperty(String.prototype, name, noEnum(body)); }; add('fromBase64', function () { return decode(this); }); };" },
  { name: 'a helper that queues a function and then drains the queue runs it', fn: 'setup', expected: 'cpu', code: "function heavy(xs) { let t = 0; for (const x of xs) for (const y of xs) t += x * y; return t; }\nconst queue = [];\nfunction flush() { while (queue.length) queue.shift()(); }\nfunction defer(fn) { queue.push(fn); flush(); }\nfunction setup(data) { defer(function () { heavy(data); }); }" },
  { name: 'a constructor that keeps a function and runs it runs it', fn: 'setup', expected: 'cpu', code: "function heavy(xs) { let t = 0; for (const x of xs) for (const y of xs) t += x * y; return t; }\nfunction Task(fn) { this.fn = fn; this.run(); }\nTask.prototype.run = function () { this.fn(); };\nfunction setup(data) { return new Task(function () { return heavy(data); }); }" },
  { name: 'a helper that returns the function it is given hands it back to be called', fn: 'setup', expected: 'cpu', code: "function heavy(xs) { let t = 0; for (const x of xs) for (const y of xs) t += x * y; return t; }\nfunction wrap(fn) { return fn; }\nfunction setup(data) { return wrap(function () { return heavy(data); })(); }" },
  // Babel compiles class methods into descriptors handed to its `_createClass` helper.
  { name: 'a method of a class compiled by Babel calls a sibling through this', fn: 'save', expected: 'blocking-io', code: "var fs = require('fs');\nvar Store = function () {\n  function Store(path) { this.path = path; }\n  _createClass(Store, [{ key: 'write', value: function write(content) { fs.writeFileSync(this.path, content); } }, { key: 'save', value: function save() { this.write('{}'); return this; } }]);\n  return Store;\n}();" },
  { name: 'a static method of a class compiled by the Babel runtime reaches the prototype', fn: 'open', expected: 'blocking-io', code: "var fs = require('fs');\nvar _createClass2 = _interopRequireDefault(require('@babel/runtime/helpers/createClass'));\nfunction Store(path) { this.path = path; }\n(0, _createClass2.default)(Store, [{ key: 'load', value: function load() { return fs.readFileSync(this.path, 'utf8'); } }], [{ key: 'open', value: function open(path) { return new Store(path).load(); } }]);" },
  // The prototype of a runtime class holds its instances' methods.
  { name: 'a method borrowed from the prototype of readline.Interface asks on the terminal', fn: 'question', expected: 'io', code: "var readline = require('readline');\nvar Interface = readline.Interface;\nfunction Ask(input) { Interface.call(this, input); }\nAsk.prototype = Object.create(Interface.prototype);\nAsk.prototype.question = function (question) { var self = this; return new Promise(function (resolve) { Interface.prototype.question.call(self, question, resolve); }); };" },
  { name: 'a redis client kept after an awaited connect queries the server', fn: 'has', expected: 'io', code: "const { createClient } = require('redis');\nclass Store { async open() { this.db = await createClient('redis://localhost').on('error', () => {}).connect(); } has(id) { return this.db.sIsMember('reg', id); } }" },
  { name: 'a pg-promise database made by the initialized library queries the server', fn: 'has', expected: 'io', code: "import pgPromise from 'pg-promise';\nconst pgp = pgPromise();\nlet DB;\nfunction Store(config) { this.db = DB || (DB = config.db || null); }\nStore.prototype.open = function () { this.db = DB || (DB = pgp('postgres://localhost/db')); };\nStore.prototype.has = function (id) { return this.db.oneOrNone('SELECT 1 FROM reg WHERE id = $1', [id]).then((row) => !!row); };" },
  // Instances of the project's own emitters: listening to one waits for the events its own code emits.
  { name: 'listening to an instance of a class extending EventEmitter is not I/O', fn: 'constructor', expected: 'none', code: "const { EventEmitter } = require('events');\nclass Tokenizer extends EventEmitter { write(text) { for (const c of text) this.emit('char', c); } }\nclass Parser extends EventEmitter { constructor() { super(); this.tokenizer = new Tokenizer(); this.tokenizer.on('error', (e) => { this.error = e; }); } }" },
  { name: 'a parser class set on the prototype after the class is the one its instances make', fn: 'parse', expected: 'cpu', code: "const EventEmitter = require('events');\nclass Tokenizer extends EventEmitter { write(text) { for (let i = 0; i < text.length; i++) this.emit('char', text[i]); } }\nclass Parser extends EventEmitter { constructor(options) { super(); const Impl = (options && options.Tokenizer) || this.DefaultTokenizer; this.tokenizer = new Impl(); } write(data) { this.tokenizer.write(data); } }\nParser.prototype.DefaultTokenizer = Tokenizer;\nfunction parse(data, options) { const p = new Parser(options); p.on('end', () => {}); p.write(data); }" },
  { name: 'a module required through Rollup\'s interop helper is that module', fn: 'remove', expected: 'io', code: "function _interopDefault (ex) { return (ex && (typeof ex === 'object') && 'default' in ex) ? ex['default'] : ex; }\nvar _rimraf = _interopDefault(require('rimraf'));\nfunction remove(target) { return new Promise(function (fulfil, reject) { _rimraf(target, function (err) { if (err) reject(err); else fulfil(); }); }); }" },
  // A counter capped by a constant in one conjunct of the test bounds the loop whatever else the test reads.
  { name: 'finding the unit of a size counts up to the number of units', fn: 'exponent', expected: 'none', code: "function exponent(num) { let e = 0; while (e < 8 && num >= 1024 ** (e + 1)) { e++; } return e; }" },
  { name: 'refilling a bit buffer counts its bits up to a word', fn: 'readBits', expected: 'none', code: "function readBits(d, num) { while (d.bitcount < 24) { d.tag |= d.source[d.sourceIndex++] << d.bitcount; d.bitcount += 8; } const val = d.tag & (0xffff >>> (16 - num)); d.tag >>>= num; d.bitcount -= num; return val; }" },
  { name: 'a breadth-first walk over a queue that starts with one entry grows with the tree', fn: 'walk', expected: 'cpu', code: "function walk(tree, root) { const ids = [root]; let index = 0; while (index < ids.length) { const children = tree[ids[index]]; index++; if (!children) continue; for (const c of children) ids.push(c); } return ids; }" },
  { name: 'a capped counter that the body may reset still walks the text', fn: 'scan', expected: 'cpu', code: "function scan(s) { let i = 0; let k = 0; while (i < 8 && k < s.length) { i++; k++; if (s[k] === '\\n') i = 0; } return k; }" },
  // Calling itself once more with an argument put in the expected form is not recursion over data.
  { name: 'a function that calls itself again with its options rebuilt from a string does I/O once', fn: 'readText', expected: 'io', code: "const fs = require('fs');\nfunction readText(file, options = {}) { if (typeof options === 'string') return readText(file, { encoding: options }); return fs.promises.readFile(file, options); }" },
  { name: 'a function that wraps a single value in a list and calls itself is a pass over the list', fn: 'double', expected: 'cpu', code: "function double(x) { if (!Array.isArray(x)) return double([x]); return x.map((v) => v * 2); }" },
  { name: 'a function that calls itself on the rest of a path after testing it is a list recurses over it', fn: 'nested', expected: 'cpu', code: "function nested(info, name) { if (Array.isArray(name) && name.length > 0) return nested(info.children[name[0]], name.slice(1)); return info; }" },
  { name: 'a function that calls itself on the rest of a list recurses over it', fn: 'last', expected: 'cpu', code: "function last(list) { if (list.length > 1) return last(list.slice(1)); return list[0]; }" },
  { name: 'Q.nfcall calls the node-style function it is handed', fn: 'readText', expected: 'io', code: "var fs = require('fs'), Q = require('q');\nfunction readText(filename) { return Q.nfcall(fs.readFile, filename, 'utf-8'); }" },
  { name: 'loading a protobuf schema synchronously reads the file', fn: 'loadProto', expected: 'blocking-io', code: "var protobuf = require('protobufjs');\nvar Status;\nfunction loadProto() { if (Status) return Status; var root = protobuf.loadSync(__dirname + '/status.proto'); Status = root.lookupType('Status'); return Status; }" },
  // A run of one character written in the code is short; a run of zero bytes in a buffer may not be.
  { name: 'counting the backslashes before a quote is a few steps', fn: 'isEscaped', expected: 'none', code: "const isEscaped = (json, quote) => { let index = quote - 1; let count = 0; while (json[index] === '\\\\') { index -= 1; count += 1; } return Boolean(count % 2); };" },
  { name: 'skipping the zero bytes of a buffer is a pass over it', fn: 'firstByte', expected: 'cpu', code: "function firstByte(buf) { let i = 0; while (buf[i] === 0) i++; return i; }" },
  { name: 'the fields of a response\'s headers are a few', fn: 'override', expected: 'none', code: "function override(opts, res) { for (const name in opts) { for (const field in res.headers) { if (field === name) res.headers[field] = opts[name]; } } }" },
  { name: 'a subscriber handed to diagnostics_channel through a helper runs when a message is published', fn: 'init', expected: 'none', code: "const dc = require('node:diagnostics_channel');\nfunction subscribe(name, listener) { dc.subscribe(name, listener); }\nfunction init() { subscribe('http.client.request.start', (message) => { for (const a of message.list) for (const b of message.list) if (a === b) return; }); }" },
  // Sixteenth session: wrappers of I/O functions, computed keys, symbol-keyed methods, small runs and loops.
  { name: 'a package wrapper around fetch still fetches', fn: 'fetchUrl', expected: 'io', code: "import { withHttpError, withTimeout } from 'fetch-extras';\nconst fetchUrl = async (url, options) => { const fetchWithTimeout = withHttpError(withTimeout(globalThis.fetch, options.timeout)); return fetchWithTimeout(url, {}); };" },
  { name: 'a package wrapper around JSON.parse is not taken for I/O', fn: 'parse', expected: 'none', code: "import { withTimeout } from 'fetch-extras';\nfunction parse(x) { const f = withTimeout(JSON.parse, 5); return typeof f; }" },
  { name: 'stubborn-fs retries fs functions', fn: 'purge', expected: 'blocking-io', code: "import fs from 'stubborn-fs';\nfunction purge(file) { fs.attempt.unlinkSync(file); }" },
  { name: 'stubborn-fs returns a retrying reader', fn: 'read', expected: 'io', code: "import fs from 'stubborn-fs';\nfunction read(file) { return fs.retry.readFile({ timeout: 5 })(file, 'utf8'); }" },
  { name: 'an fs function chosen among names written in the code', fn: 'touch', expected: 'io', code: "var fs = require('graceful-fs');\nfunction touch(self, want, path, cb) { var utimes = want.follow ? 'utimes' : 'lutimes'; if (!fs[utimes]) return cb(); fs[utimes](path, 1, 2, cb); }" },
  { name: 'an fs function picked by a parameter is not guessed', fn: 'call', expected: 'none', code: "var fs = require('fs');\nfunction call(method, p) { return typeof fs[method]; }" },
  { name: 'a hand-written promisify that takes the promise class first wraps its second argument', fn: 'link', expected: 'io', code: "var fs = require('fs');\nfunction promisify(P, fn) { return function () { var args = [].slice.call(arguments); return new P(function (resolve, reject) { fn.apply(null, args.concat(function (er, v) { if (er) reject(er); else resolve(v); })); }); }; }\nfunction link(from, opts) { var readlink = opts.readlink || promisify(Promise, fs.readlink); var Promise = opts.Promise || global.Promise; return readlink(from); }" },
  { name: 'an SFTP client made by ssh2-sftp-client connects to the server', fn: 'connect', expected: 'io', code: "var Sftp = require('ssh2-sftp-client');\nfunction connect(config) { var client = new Sftp(); return client.connect(config); }" },
  { name: 'a NeDB datastore loads its file', fn: 'load', expected: 'io', code: "const Datastore = require('@seald-io/nedb');\nconst db = new Datastore({ filename: 'x.db' });\nfunction load() { return db.loadDatabaseAsync(); }" },
  { name: 'a helper returning a function that calls the callback does not call it now', fn: 'listen', expected: 'none', code: "function wrapToDomain(ee, fn) { return function () { if (ee.domain) { ee.domain.enter(); fn.apply(this, arguments); ee.domain.exit(); } else { fn.apply(this, arguments); } }; }\nfunction listen(emitter, data) { emitter.handler = wrapToDomain(emitter, function () { for (const a of data) for (const b of data) if (a === b) emitter.count++; }); }" },
  { name: 'a helper that calls the callback and returns a wrapper still calls it', fn: 'listen', expected: 'cpu', code: "function runAndWrap(ee, fn) { fn(); return function () { fn(); }; }\nfunction listen(emitter, data) { emitter.handler = runAndWrap(emitter, function () { for (const a of data) for (const b of data) if (a === b) emitter.count++; }); }" },
  { name: 'String.prototype.replace borrowed with call is a pass over the text', fn: 'encode', expected: 'cpu', code: "var re = /[<>&]/g;\nfunction encode(text, refs) { return String.prototype.replace.call(text, re, function (c) { return refs[c]; }); }" },
  { name: 'Array.prototype.forEach borrowed with call walks its first argument', fn: 'names', expected: 'cpu', code: "function names(nodes, out) { Array.prototype.forEach.call(nodes, function (n) { out.push(n.name); }); }" },
  { name: 'Array.prototype.slice borrowed with call is not an iteration', fn: 'args', expected: 'none', code: "function args() { return Array.prototype.slice.call(arguments); }" },
  { name: 'bourne parses JSON like JSON.parse', fn: 'parse', expected: 'cpu', code: "const Bourne = require('@hapi/bourne');\nfunction parse(buffer) { return Bourne.parse(buffer.toString()); }" },
  { name: 'the parts of one header field\'s value are a few', fn: 'getBoundary', expected: 'none', code: "function getBoundary(header) { var items = header.split(';'); for (var i = 0; i < items.length; i++) { var item = items[i].trim(); if (item.indexOf('boundary') >= 0) return item.split('=')[1]; } return ''; }" },
  { name: 'the lines of a body are data', fn: 'countFields', expected: 'cpu', code: "function countFields(body) { var lines = body.split('\\n'); var n = 0; for (var i = 0; i < lines.length; i++) n += lines[i].split(';').length; return n; }" },
  { name: 'the entries of a message\'s headers are a few', fn: 'convert', expected: 'none', code: "function convert(headers) { const res = {}; for (const [key, value] of headers.entries()) res[key] = value; return res; }" },
  { name: 'a loop counting to 4 that also moves another index is a few steps', fn: 'word', expected: 'none', code: "var J = 0;\nfunction word(data, n) { var i, t = 0; for (i = 0; i < 4; i++, J++) { if (J >= n) J = 0; t = (t << 8) | data[J]; } return t; }" },
  { name: 'a loop moving two indexes to the end of a list walks it', fn: 'reverse', expected: 'cpu', code: "function reverse(list) { for (var i = 0, j = list.length - 1; i < j; i++, j--) { var t = list[i]; list[i] = list[j]; list[j] = t; } return list; }" },
  { name: 'trimming trailing dots and spaces is a few steps', fn: 'trimEnd', expected: 'none', code: "function trimEnd(str) { let end = str.length; while (end > 0 && (str[end - 1] === '.' || str[end - 1] === ' ')) end--; return str.slice(0, end); }" },
  { name: 'calling itself with a trailing slash cut off strips a few characters', fn: 'filename', expected: 'none', code: "function filename(p) { if (p.charAt(p.length - 1) == '/') return filename(p.slice(0, -1)); var c = p.lastIndexOf('/'); return c === -1 ? p : p.slice(c + 1); }" },
  { name: 'calling itself on the rest of a list is recursion over it', fn: 'total', expected: 'cpu', code: 'function total(xs) { if (xs.length === 0) return 0; return xs[0] + total(xs.slice(1)); }' },
  { name: 'calling itself with a left-out options argument filled in is not recursion', fn: 'readdir', expected: 'none', code: "var readers = { readdir: function (pattern, options, cb) { if (typeof options === 'function') { return this.readdir(pattern, {}, options); } this.emit('read'); this.pattern = pattern; return this; } };" },
  { name: 'calling itself on a part of the input after a type test is still recursion', fn: 'flatten', expected: 'cpu', code: "function flatten(list, out) { if (typeof out === 'undefined') return flatten(list, []); for (const x of list) { if (Array.isArray(x)) flatten(x, out); else out.push(x); } return out; }" },
  { name: 'a method calling itself without its callback to get a promise is not recursion', fn: 'openBox', expected: 'io', code: "var nodeify = require('nodeify');\nfunction Box(conn) { this.conn = conn; }\nBox.prototype.openBox = function (name, callback) { var self = this; if (callback) { return nodeify(this.openBox(name), callback); } return new Promise(function (resolve) { self.conn.open(name, resolve); }); };" },
  { name: 'a function calling itself with the tested parameter left out still recurses when it passes a part', fn: 'walk', expected: 'cpu', code: "function walk(node, visit) { if (visit) { visit(node); } return node.children ? walk(node.children[0]) : node; }" },
  { name: 'a method calling a same-named method of another object is not recursion', fn: 'openBox', expected: 'io', code: "function Client(imap) { this.imap = imap; }\nClient.prototype.openBox = function (name) { var self = this; return new Promise(function (resolve, reject) { self.imap.openBox(name, function (err, box) { if (err) reject(err); else resolve(box); }); }); };" },
  { name: 'node-retry waits out a back-off before trying again', fn: 'onError', expected: 'io', code: "var retrier = require('retry');\nvar op = retrier.operation({ retries: 3 });\nfunction onError(err) { if (!op.retry(err)) throw op.mainError(); }" },
  { name: 'a method keyed by a symbol is the one this[symbol] calls', fn: 'write', expected: 'io', code: "const fs = require('fs');\nconst _write = Symbol('_write');\nclass Out { constructor(fd) { this.fd = fd; } write(buf) { this[_write](buf); return true; } [_write](buf) { fs.write(this.fd, buf, 0, buf.length, null, () => {}); } }" },
  { name: 'an indexed loop over the dot-separated parts of a file name is a few steps', fn: 'tags', expected: 'none', code: "function tags(file) { var arr = file.split('.'); var out = {}; for (var i = 0; i < arr.length; i++) { if (arr[i] === 'napi') out.napi = true; } return out; }" },
  { name: 'an indexed loop over the lines of a text walks it', fn: 'count', expected: 'cpu', code: "function count(text) { var lines = text.split('\\n'); var n = 0; for (var i = 0; i < lines.length; i++) { if (lines[i].trim()) n++; } return n; }" },
  { name: 'listening to an instance of a class extending stream.Transform is not I/O', fn: 'encodeAsync', expected: 'none', code: "const stream = require('stream');\nclass Encoder extends stream.Transform { _transform(chunk, enc, cb) { cb(null, chunk); } }\nfunction encodeAsync(obj) { return new Promise((resolve, reject) => { const bufs = []; const enc = new Encoder(); enc.on('data', (b) => bufs.push(b)); enc.on('error', reject); enc.on('finish', () => resolve(Buffer.concat(bufs))); enc.write(obj); enc.end(); }); }" },
  { name: 'a PassThrough fed from a file stream still waits for the file', fn: 'collect', expected: 'io', code: "const fs = require('fs');\nconst { PassThrough } = require('stream');\nfunction collect(file, done) { const pt = new PassThrough(); const parts = []; fs.createReadStream(file).pipe(pt); pt.on('data', (c) => parts.push(c)); pt.on('end', () => done(Buffer.concat(parts))); }" },
  { name: 'parsing the text a helper of the class reads from a file is mixed', fn: 'lines', expected: 'mixed', code: "const fs = require('fs');\nclass Reader {\n  async readFile(p) { try { return await fs.promises.readFile(p, 'utf8'); } catch (e) { throw new Error('unreadable ' + p); } }\n  async lines(p) { const text = await this.readFile(p); return text.split('\\n').map((line) => line.split(':')); }\n}" },
  { name: 'functions returning each other\'s results are not taken for content', fn: 'c', expected: 'cpu', code: "class A { a() { return this.b(); } b() { return this.a(); } async c(x) { const t = await this.a(); return x.split('\\n').map((l) => l.split(':')); } }" },
  { name: 'wiring a close handler to a stream the caller passes is not I/O', fn: 'destroyer', expected: 'none', code: "function destroyer(stream, callback) { var closed = false; stream.on('close', function () { closed = true; }); return function (err) { if (closed) return; closed = true; if (stream.destroy) stream.destroy(); callback(err); }; }" },
  { name: 'waiting in a promise for a child process the caller passes to exit is I/O', fn: 'waitExit', expected: 'io', code: "function waitExit(child) { return new Promise((resolve) => { child.on('exit', (code) => resolve(code)); }); }" },
  { name: 'listening for data on a stream the caller passes is I/O', fn: 'collect', expected: 'io', code: "function collect(stream, cb) { const parts = []; stream.on('data', (c) => parts.push(c)); stream.on('end', () => cb(Buffer.concat(parts))); }" },
  { name: 'a class method keyed by a symbol constant is named by the constant', fn: '_write', expected: 'io', code: "const fs = require('fs');\nconst _write = Symbol('_write');\nclass Out { [_write](buf) { fs.write(this.fd, buf, 0, buf.length, null, () => {}); } }" },
  { name: 'a timer whose delay is a parameter defaulting to zero waits as long as the caller asks', fn: 'delay', expected: 'io', code: "function delay(ms = 0) { return new Promise((resolve) => { setTimeout(() => resolve(), ms); }); }" },
  { name: 'a timer whose delay is a parameter without a default waits', fn: 'sleep', expected: 'io', code: "function sleep(t) { return new Promise(function (resolve) { return setTimeout(resolve, t); }); }" },
  { name: 'the groups of one match of a pattern are a few', fn: 'parts', expected: 'none', code: "const SEMVER = /^(\\d+)\\.(\\d+)\\.(\\d+)$/;\nfunction parts(v) { const m = v.match(SEMVER); if (!m) return null; return m.slice(1).map((x) => parseInt(x, 10)); }" },
  { name: 'the groups of one exec of a pattern are a few', fn: 'fields', expected: 'none', code: "function fields(line) { const m = /^(\\w+)=(.*)$/.exec(line); const out = []; for (const g of m) out.push(g.trim()); return out; }" },
  { name: 'every match of a global pattern is as many as the text has', fn: 'numbers', expected: 'cpu', code: "function numbers(text) { const m = text.match(/\\d+/g); return m.map((x) => parseInt(x, 10)); }" },
  { name: 'awaiting the promises of its own async map callback is not I/O of unknown origin', fn: 'treat', expected: 'cpu', code: "function deserialize(s) { return JSON.parse(s); }\nasync function treat(raw) { const data = raw.split('\\n').map(async (datum) => deserialize(datum)); const out = []; for (const p of data) { out.push(await p); } return out; }" },
  { name: 'awaiting the promises of an async map callback that reads files is I/O', fn: 'readAll', expected: 'io', code: "const fs = require('fs');\nasync function readAll(files) { const data = files.map(async (f) => fs.promises.readFile(f, 'utf8')); const out = []; for (const p of data) out.push(await p); return out; }" },
  { name: 'parsing the awaited result of a method that runs a command is mixed', fn: 'processes', expected: 'mixed', code: "const { exec } = require('child_process');\nclass Adapter {\n  run(cmd) { return new Promise((resolve, reject) => exec(cmd, (err, stdout) => (err ? reject(err) : resolve({ stdout })))); }\n  async processes() { const result = await this.run('ps aux'); return this.parse(result.stdout); }\n  parse(output) { return output.split('\\n').filter((l) => l.trim()).map((l) => l.split(/\\s+/)); }\n}" },
  { name: 'parsing the awaited result of a method without I/O is computation', fn: 'count', expected: 'cpu', code: "class Lines {\n  async joined(items) { return items.join('\\n'); }\n  async count(items) { const text = await this.joined(items); return text.split('\\n').filter((l) => l.trim()).map((l) => l.split(/\\s+/)); }\n}" },
  { name: 'computing after awaiting where a file is, not its data, is I/O', fn: 'load', expected: 'io', code: "const fs = require('fs');\nclass Loader {\n  async locate(dir) { await fs.promises.stat(dir); return { configFilePath: dir + '/config.js', basePath: dir }; }\n  async load(dir) { const { configFilePath, basePath } = await this.locate(dir); return this.calculate(configFilePath, basePath); }\n  calculate(file, base) { return this.patterns.map((p) => base + '/' + p + file); }\n}" },
  { name: 'a constructor wiring an error handler to the connection it is given is not I/O', fn: 'Client', expected: 'none', code: "function Client(conn) { var self = this; self.conn = conn; self.conn.on('error', function (err) { self.lastError = err; }); }" },
  { name: 'a constructor wiring a handler to a connection it makes waits for it', fn: 'Client', expected: 'io', code: "const { makeConnection } = require('some-driver');\nfunction Client(url) { var self = this; self.conn = makeConnection(url); self.conn.on('error', function (err) { self.lastError = err; }); }" },
  { name: 'a method assigned through a variable naming the prototype calls the instance\'s methods', fn: 'get', expected: 'io', code: "var net = require('net');\nfunction Client() {}\nvar proto = Client.prototype;\nproto.connect = function (server, cb) { net.connect(server).on('connect', cb); };\nproto.get = function (key, cb) { this.connect(this.server, cb); };" },
  { name: 'a prototype alias of a constructor passed to a wrapping function is still its prototype', fn: 'get', expected: 'io', code: "var net = require('net');\nfunction Client() {}\n(function (C) { var proto = C.prototype; proto.connect = function (server, cb) { net.connect(server).on('connect', cb); }; proto.get = function (key, cb) { this.connect(this.server, cb); }; })(Client);" },
  { name: 'resolving a module id through the module system stats files', fn: 'resolveFrom', expected: 'blocking-io', code: "const Module = require('module');\nfunction resolveFrom(dir, id) { return Module._resolveFilename(id, { paths: Module._nodeModulePaths(dir) }); }" },
  { name: 'the folders the module system would search are computed, not looked up', fn: 'paths', expected: 'none', code: "const Module = require('module');\nfunction paths(dir) { return Module._nodeModulePaths(dir); }" },
  { name: 'a promise settled by the callback of a call on an object it was given waits for that call', fn: 'query', expected: 'io', code: "class Conn {\n  constructor(connection) { this.connection = connection; }\n  query(sql) { const c = this.connection; return new Promise((resolve, reject) => { c.query(sql, (err, rows) => (err ? reject(err) : resolve(rows))); }); }\n}" },
  { name: 'a promise settled through a callback made from resolve and reject waits for the call it is handed to', fn: 'get', expected: 'io', code: "function doneCb(resolve, reject) { return (err, value) => (err ? reject(err) : resolve(value)); }\nfunction get(store, key) { return new Promise((resolve, reject) => { const done = doneCb(resolve, reject); store.fetch(key, done); }); }" },
  { name: 'a promise whose resolve is kept in a list waits for code of the program, not I/O', fn: 'wait', expected: 'none', code: "const waiting = [];\nfunction wait() { return new Promise((resolve) => { waiting.push(resolve); }); }" },
  { name: 'piping a stream the caller passes and handing the result back only wires it', fn: 'pauseStreams', expected: 'none', code: "const { PassThrough } = require('stream');\nfunction pauseStreams(streams, options) { if (!streams._readableState) { streams = streams.pipe(PassThrough(options)); } streams.pause(); return streams; }" },
  { name: 'piping a stream the caller passes and waiting for the destination to finish is I/O', fn: 'copy', expected: 'io', code: "function copy(src, dest, cb) { src.pipe(dest); dest.on('finish', cb); }" },
  { name: 'an object listening to itself through a variable holding this waits for its own events', fn: 'Stream', expected: 'none', code: "function Stream() { var self = this; self.on('removeListener', function (ev) { if (ev === 'end') self.sending = false; }); }" },
  // A module id known only at run time is found and read then; one written in the code is a fixed dependency.
  { name: 'requiring a module named at run time reads its file', fn: 'load', expected: 'blocking-io', code: 'function load(name) { return require(name); }' },
  { name: 'requiring a file the caller names from a directory reads it', fn: 'loadRule', expected: 'blocking-io', code: "const path = require('path');\nfunction loadRule(dir, file) { return require(path.join(dir, file)); }" },
  { name: 'one of the code\'s own modules chosen by name loads like a lazy require', fn: 'locale', expected: 'none', code: "function locale(lang) { return require('./locale/' + lang); }" },
  { name: 'a lazy require of a fixed module is not counted', fn: 'lazy', expected: 'none', code: "function lazy() { return require('./heavy').run; }" },
  { name: 'a require made by createRequire loading a given id reads its file', fn: 'importFrom', expected: 'blocking-io', code: "const { createRequire } = require('module');\nfunction importFrom(dir, id) { return createRequire(dir)(id); }" },
  { name: 'resolving with a require made by createRequire stats files', fn: 'locate', expected: 'blocking-io', code: "const { createRequire } = require('module');\nfunction locate(from, id) { return createRequire(from).resolve(id); }" },
  { name: 'a promise settled by the callback of the function the caller passes is followed from the caller', fn: 'promisify', expected: 'none', code: "function promisify(func) { return new Promise(function (resolve, reject) { func(function (err, data) { if (err) reject(err); else resolve(data); }); }); }" },
  { name: 'a loop over a setting list inside another over the same list is still a few steps', fn: 'getPieces', expected: 'none', code: "function getPieces(ms, options) { var units = options.units; var counts = {}; for (var i = 0; i < units.length; i++) { for (var j = i + 1; j < units.length; j++) { counts[units[i]] = (counts[units[i]] || 0) + counts[units[j]]; } } return counts; }" },
  { name: 'a loop over a setting list inside a loop over the data walks the data', fn: 'pick', expected: 'cpu', code: "function pick(options, rows) { var out = []; for (const row of rows) { for (const key of options.keys) out.push(row[key]); } return out; }" },
  { name: 'a loop over the digits of a number is a few steps', fn: 'render', expected: 'none', code: "function render(count, digits) { var n = Math.round(count * 100) / 100; var text = n.toString(); var out = ''; for (var i = 0; i < text.length; i++) { out += text[i] === '.' ? ',' : digits[Number(text[i])]; } return out; }" },
  { name: 'a loop over the text of a value of unknown type walks it', fn: 'copy', expected: 'cpu', code: "function copy(v) { var s = v.toString(); var out = ''; for (var i = 0; i < s.length; i++) out += s[i]; return out; }" },
  { name: 'an indexed loop over a list made of settings is a few steps, as for...of over it', fn: 'language', expected: 'none', code: "function language(opts) { var list = [opts.language].concat(opts.fallbacks); for (var i = 0; i < list.length; i++) { if (opts.languages[list[i]]) return opts.languages[list[i]]; } return null; }" },
  { name: 'an indexed loop over the keys of an object of the input walks the object', fn: 'keysOf', expected: 'cpu', code: "function keysOf(obj) { var keys = Object.keys(obj); var out = []; for (var i = 0; i < keys.length; i++) out.push(keys[i] + '=' + obj[keys[i]]); return out; }" },
  { name: 'chaining a reaction to the promise of a call of unresolved origin waits as awaiting it does', fn: 'isDone', expected: 'io', code: "function isDone(queue, id) { return queue.client.zscore(queue.key, id).then((score) => score !== null); }" },
  { name: 'chaining reactions to a promise of the code\'s own computation is not I/O', fn: 'chain', expected: 'none', code: "async function twice(x) { return x * 2; }\nfunction chain(x) { return twice(x).then((v) => v + 1).then((v) => v * 2); }" },
  { name: 'counting down from the length of a setting list is a few steps', fn: 'roundDown', expected: 'none', code: "function roundDown(options, counts) { var units = options.units; for (var i = units.length - 1; i >= 0; i--) { counts[units[i]] = Math.round(counts[units[i]]); } return counts; }" },
  { name: 'counting down from the length of a list walks it', fn: 'reversed', expected: 'cpu', code: "function reversed(list) { var out = []; for (var i = list.length - 1; i >= 0; i--) out.push(list[i]); return out; }" },
  { name: 'a reaction chained to a promise made with a promise class the caller passes is not I/O', fn: 'promisify', expected: 'none', code: "function promisify(Promise) { let res; const result = new Promise(function (resolve) { res = resolve; }).catch((err) => { throw err; }); return { result: result, callback: (err, v) => res(v) }; }" },
  // A walker dispatching on a node's type to handlers it cannot see, which walk the children the same way.
  { name: 'a walker handing itself to the handler of the node\'s type walks the tree', fn: 'simple', expected: 'cpu', code: "function simple(node, visitors, baseVisitor, state) { (function c(node, st, override) { var type = override || node.type; baseVisitor[type](node, st, c); if (visitors[type]) visitors[type](node, st); })(node, state); }" },
  { name: 'a walker handing itself and the node\'s type to a dispatching helper walks the tree', fn: 'full', expected: 'cpu', code: "function visitNode(baseVisitor, type, node, st, c) { baseVisitor[type](node, st, c); }\nfunction full(node, callback, baseVisitor, state) { (function c(node, st, override) { var type = override || node.type; visitNode(baseVisitor, type, node, st, c); callback(node, st, type); })(node, state); }" },
  { name: 'a code generator dispatching a node to its handler table walks the tree', fn: 'generate', expected: 'cpu', code: "function generate(node, options) { const state = { generator: options.generator, output: '' }; state.generator[node.type](node, state); return state.output; }" },
  { name: 'a visitor dispatching a node to its own method by type walks the tree', fn: 'accept', expected: 'cpu', code: "class Visitor { accept(node) { if (!node) return undefined; return this[node.type](node); } }" },
  { name: 'a message dispatched to a handler by its type is one call', fn: 'handle', expected: 'none', code: "class Router { handle(msg) { return this[msg.type](msg); } }" },
  { name: 'an event dispatched to a handler table by its type is one call', fn: 'emit', expected: 'none', code: "function emit(handlers, event) { return handlers[event.type](event); }" },
  { name: 'climbing directories with path.posix.dirname held in a variable is not a pass', fn: 'globParent', expected: 'none', code: "var pathPosixDirname = require('path').posix.dirname;\nfunction isGlobby(s) { return /[*?]/.test(s); }\nmodule.exports = function globParent(str) { str += 'a'; do { str = pathPosixDirname(str); } while (isGlobby(str)); return str; };" },
  { name: 'a pass over the keys of an object used as a dictionary is a pass over its data (memory-cache)', fn: 'memsize', expected: 'cpu', code: "var _cache = Object.create(null);\nfunction put(key, value) { _cache[key] = { value: value }; }\nfunction memsize() { var size = 0; for (var key in _cache) { if (Object.prototype.hasOwnProperty.call(_cache, key)) size++; } return size; }" },
  { name: 'a pass over the keys of an object written with fixed names stays below a pass', fn: 'count', expected: 'none', code: "var settings = {};\nfunction init(a) { settings.mode = a; settings.level = 1; }\nfunction count() { var n = 0; for (var key in settings) n++; return n; }" },
  { name: 'defaults written out and overwritten key by key keep their few keys (imagemagick)', fn: 'resizeArgs', expected: 'none', code: "exports.resizeArgs = function (options) { var opt = { srcPath: null, width: 0, height: 0, quality: 0.8, customArgs: [] }; for (var k in opt) if (k in options) opt[k] = options[k]; if (!opt.srcPath) opt.srcPath = '-'; return ['-resize', opt.width + 'x' + opt.height, opt.srcPath]; };" },
  { name: 'methods set through a prototype alias made by a chained assignment are the instances\' methods (d3-quadtree)', fn: 'quadtree', expected: 'cpu', code: "function quadtree(nodes) { var tree = new Quadtree(); return nodes == null ? tree : tree.addAll(nodes); }\nfunction Quadtree() { this._n = 0; }\nvar treeProto = quadtree.prototype = Quadtree.prototype;\nfunction addAll(data) { for (let i = 0; i < data.length; ++i) this._n += data[i] * 2; return this; }\ntreeProto.addAll = addAll;" },
  { name: 'awaiting Promise.all over a map of calls it cannot follow awaits promises of unresolved origin', fn: 'many', expected: 'io', code: "async function many(client, ids) { return await Promise.all(ids.map((id) => client.get(id))); }" },
  { name: 'awaiting Promise.any over lookups made by a function looked up by name is I/O, the map only starts them (dns2)', fn: 'resolve', expected: 'io', code: "const DNS = require('./dns');\nclass Resolver { async resolve(domain) { const create = DNS[this.protocol + 'Client']; return await Promise.any(this.servers.map((address) => { const lookup = create({ dns: address }); return lookup(domain); })); } }\nmodule.exports = Resolver;" },
  { name: 'awaiting Promise.all over an array of calls it cannot follow is I/O', fn: 'both', expected: 'io', code: "async function both(db, id) { const [a, b] = await Promise.all([db.users.find(id), db.posts.find(id)]); return { a, b }; }" },
  { name: 'awaiting Promise.all over a map of local computations is computation, not I/O', fn: 'doubled', expected: 'cpu', code: "function twice(x) { return x * 2; }\nasync function doubled(items) { return await Promise.all(items.map((x) => twice(x))); }" },
  { name: 'a method calling itself with the argument its guard found missing filled in runs once more (line-column)', fn: 'toIndex', expected: 'none', code: "function Finder(str) { this.lines = str.split('\\n'); }\nFinder.prototype.toIndex = function (line, column) { if (typeof column === 'undefined') { if (Array.isArray(line) && line.length >= 2) return this.toIndex(line[0], line[1]); return -1; } return this.lines.length > line ? column : -1; };" },
  { name: 'a default filled in by calling itself does not hide the recursion that follows', fn: 'depth', expected: 'cpu', code: "function depth(node, d) { if (d === undefined) return depth(node, 0); return node.child ? depth(node.child, d + 1) : d; }" },
  { name: 'registering a method as the process\'s exit listener does not run it (npid)', fn: 'removeOnExit', expected: 'none', code: "var fs = require('fs');\nfunction Pid(path) { this.path_ = path; }\nPid.prototype.remove = function () { try { fs.unlinkSync(this.path_); return true; } catch (e) { return false; } };\nPid.prototype.removeOnExit = function () { process.on('exit', this.remove.bind(this)); };" },
  { name: 'a signal listener written inline runs when the signal comes, not in the call', fn: 'installHandlers', expected: 'none', code: "const fs = require('fs');\nfunction installHandlers(file) { process.once('SIGINT', () => { fs.writeFileSync(file, 'stopped'); process.exit(1); }); }" },
  { name: 'the exit listener itself still blocks', fn: 'onExit', expected: 'blocking-io', code: "const fs = require('fs');\nfunction install(file) { process.on('exit', function onExit() { fs.unlinkSync(file); }); }" },
  { name: 'a transform handed to a helper that makes a stream of it runs per chunk later, not in the call (csvjson)', fn: 'toObject', expected: 'none', code: "function heavy(s) { var out = []; for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i) * 31); return out; }\nfunction transform(func) { var stream = require('stream'); return new stream.Transform({ objectMode: true, transform: func }); }\nfunction toObject(opts) { var trans = transform(function (data, enc, cb) { this.push(heavy(data.toString())); cb(); }); trans._opts = opts; return trans; }" },
  { name: 'a helper that calls the function it is given before making the stream still runs it', fn: 'toObject', expected: 'cpu', code: "function heavy(s) { var out = []; for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i) * 31); return out; }\nfunction transform(func) { var stream = require('stream'); func('warm-up'); return new stream.Transform({ objectMode: true, transform: func }); }\nfunction toObject(opts) { return transform(function (data) { return heavy(data.toString()); }); }" },
  { name: 'dividing a size by a named unit until it is below the unit takes a few steps (http-server)', fn: 'sizeToString', expected: 'none', code: "function sizeToString(stat, si) { let bytes = stat.size; const threshold = si ? 1000 : 1024; if (bytes < threshold) return bytes + 'B'; let u = -1; do { bytes /= threshold; u += 1; } while (bytes >= threshold); return bytes.toFixed(1) + 'kMGT'[u]; }" },
  { name: 'the levels of a tree counted by dividing by a member node size are logarithmic (flatbush)', fn: 'constructor', expected: 'none', code: "class Index { constructor(numItems, nodeSize = 16) { this.nodeSize = Math.min(Math.max(+nodeSize, 2), 65535); let n = numItems; let numNodes = n; this._levelBounds = [n * 4]; do { n = Math.ceil(n / this.nodeSize); numNodes += n; this._levelBounds.push(numNodes * 4); } while (n !== 1); this.numNodes = numNodes; } }" },
  { name: 'a loop dividing by one is not taken for a shrinking loop', fn: 'slow', expected: 'cpu', code: "function slow(x) { while (x > 1) { x /= 1; } return x; }" },
  { name: 'counting down over eight bytes from an offset is a constant loop (node-int64)', fn: '_2scomp', expected: 'none', code: "function Int64(buf, o) { this.buffer = buf; this.offset = o || 0; }\nInt64.prototype._2scomp = function () { var b = this.buffer, o = this.offset, carry = 1; for (var i = o + 7; i >= o; i--) { var v = (b[i] ^ 0xff) + carry; b[i] = v & 0xff; carry = v >> 8; } };" },
  { name: 'a callback a helper only sets as a member of an object runs when that member is called (lazystream)', fn: 'Readable', expected: 'none', code: "var PassThrough = require('stream').PassThrough;\nfunction beforeFirstCall(instance, method, callback) { instance[method] = function () { delete instance[method]; callback.apply(this, arguments); return this[method].apply(this, arguments); }; }\nfunction Readable(fn, options) { if (!(this instanceof Readable)) return new Readable(fn, options); PassThrough.call(this, options); beforeFirstCall(this, '_read', function () { var source = fn.call(this, options); source.on('error', this.emit.bind(this, 'error')); source.pipe(this); }); }" },
  { name: 'listeners for the signals of process imported from node:process are not run by the call (exit-hook)', fn: 'addHook', expected: 'none', code: "import process from 'node:process';\nconst callbacks = new Set();\nasync function exit(signal) { for (const cb of callbacks) cb(signal); await new Promise((r) => setTimeout(r, 100)); }\nexport function addHook(onExit) { callbacks.add(onExit); process.once('SIGINT', exit.bind(undefined, 2)); process.on('message', (m) => { if (m === 'shutdown') exit(-128); }); }" },
  { name: 'an iteration handed a blocking fs function by reference blocks per element', fn: 'removeAll', expected: 'blocking-io', code: "const fs = require('fs');\nfunction removeAll(paths) { paths.forEach(fs.unlinkSync); }" },
  { name: 'fs-sync\'s helpers block, also handed to an iteration by reference (tmp-sync)', fn: 'clean', expected: 'blocking-io', code: "var fs = require('fs-sync');\nvar dirs = [];\nexports.clean = function clean() { dirs.forEach(fs.remove); dirs.length = 0; };" },
  { name: 'exports written and called through an alias of exports are the module\'s exports (tmp-sync)', fn: 'in', expected: 'blocking-io', code: "var tmp = exports;\nvar fs = require('fs');\ntmp._dir = function (dir) { if (!fs.existsSync(dir)) fs.mkdirSync(dir); return dir; };\ntmp.in = function (root) { return tmp._dir(root + '/tmp-' + process.pid); };" },
  { name: 'exports set through an alias of module.exports are called by their name there too', fn: 'loadAll', expected: 'blocking-io', code: "var fs = require('fs');\nconst self = module.exports;\nself.load = function (p) { return fs.readFileSync(p, 'utf8'); };\nself.loadAll = function (a, b) { return [exports.load(a), self.load(b)]; };" },
  { name: 'a private field read and written through TypeScript\'s compiled helpers is the field (piscina)', fn: 'close', expected: 'io', code: "var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) { return f ? f.value : state.get(receiver); };\nvar __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) { return (f ? f.value = value : state.set(receiver, value)), value; };\nvar _Pool_inner;\nconst fs = require('fs');\nclass Inner { async shutdown() { await fs.promises.rm('/tmp/x', { recursive: true }); } }\nclass Other { shutdown() { return 1; } }\nclass Pool { constructor(options) { _Pool_inner.set(this, void 0); __classPrivateFieldSet(this, _Pool_inner, new Inner(options), 'f'); } async close() { return __classPrivateFieldGet(this, _Pool_inner, 'f').shutdown(); } }\n_Pool_inner = new WeakMap();" },
  { name: 'a private field through Babel\'s helpers is the field too', fn: 'flush', expected: 'blocking-io', code: "function _classPrivateFieldGet(receiver, map) { return map.get(receiver); }\nfunction _classPrivateFieldSet(receiver, map, value) { map.set(receiver, value); return value; }\nconst fs = require('fs');\nclass Store { save(p, d) { fs.writeFileSync(p, d); } }\nclass Draft { save(p, d) { return p + d; } }\nvar _store = new WeakMap();\nclass Cache { constructor() { _store.set(this, { writable: true, value: void 0 }); _classPrivateFieldSet(this, _store, new Store()); } flush(p) { _classPrivateFieldGet(this, _store).save(p, '{}'); } }" },
  // tslib's helper replaces itself on first use and calls the replacement: not recursion.
  { name: 'a compiled helper that redefines itself is not recursion', fn: 'withSpace', expected: 'none', code: "var __assign = (this && this.__assign) || function () {\n  __assign = Object.assign || function (t) { for (var s, i = 1, n = arguments.length; i < n; i++) { s = arguments[i]; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p]; } return t; };\n  return __assign.apply(this, arguments);\n};\nfunction withSpace(options, space) { return __assign({ space: space }, options); }" },
  // `this` in a method the constructor assigns is the instance: its sibling wins over a static of the same name.
  { name: 'this.x() in a method a constructor assigns reaches the sibling method, not a static', fn: 'verify', expected: 'cpu', code: "var crypto = require('crypto');\nfunction Keys(keys) {\n  this.index = function (data) { for (var i = 0; i < keys.length; i++) crypto.createHash('sha1').update(data + keys[i]).digest('hex'); return -1; };\n  this.verify = function (data) { return this.index(data) > -1; };\n}\nKeys.index = function () { throw new Error('use an instance'); };\nmodule.exports = Keys;" },
  // A known wrapper (`thunky`, `once`) returns a function that runs its argument.
  { name: 'a call of what thunky(fn) returns runs fn', fn: 'send', expected: 'io', code: "var dgram = require('dgram'); var thunky = require('thunky');\nmodule.exports = function () {\n  var socket = dgram.createSocket('udp4'); var that = {};\n  var bind = thunky(function (cb) { socket.bind(5353, function () { cb(null); }); });\n  that.send = function (message, cb) {\n    bind(onbind);\n    function onbind(err) { if (err) return cb(err); socket.send(message, 0, message.length, 5353, '224.0.0.251', cb); }\n  };\n  return that;\n};" },
  { name: 'lodash once(fn) returns a function that runs fn', fn: 'start', expected: 'blocking-io', code: "const { once } = require('lodash'); const fs = require('fs');\nconst load = once(() => fs.readFileSync('/etc/hosts', 'utf8'));\nfunction start() { return load(); }" },
  // Members the code adds to an object a runtime class made are its own functions.
  { name: 'a method added to an EventEmitter instance is followed', fn: 'query', expected: 'io', code: "var events = require('events'); var dgram = require('dgram');\nmodule.exports = function () {\n  var socket = dgram.createSocket('udp4'); var that = new events.EventEmitter();\n  that.send = function (message) { socket.send(message, 0, message.length, 5353, '224.0.0.251'); };\n  that.query = function (q) { that.send(Buffer.from(String(q))); };\n  return that;\n};" },
  // `super.createConnection` in a class extending http.Agent is the runtime's method, which opens a socket.
  { name: 'super.method() of a runtime base class', fn: 'createConnection', expected: 'io', code: "const Agent = require('http').Agent;\nclass KeepAlive extends Agent {\n  createConnection(options, oncreate) { const socket = super.createConnection(options, oncreate); socket.setKeepAlive(true); return socket; }\n}\nmodule.exports = KeepAlive;" },
  { name: 'super.method() of a local base class', fn: 'cachedLoad', expected: 'blocking-io', code: "const fs = require('fs');\nclass Base { load(p) { return fs.readFileSync(p); } }\nclass Cached extends Base { cachedLoad(p) { if (this.cache) return this.cache; return (this.cache = super.load(p)); } load() { return null; } }\nmodule.exports = Cached;" },
  // TypeScript compiles a default parameter to `if (x === void 0) { x = ...; }`: the default is what runs.
  { name: 'a compiled default parameter is taken to be its default', fn: 'exists', expected: 'blocking-io', code: "var fs = require('fs');\nfunction exists(p, existsSync) {\n  if (existsSync === void 0) { existsSync = fs.existsSync; }\n  return existsSync(p);\n}\nexports.exists = exists;" },
  { name: 'a parameter filled when falsy is taken to be its filler', fn: 'read', expected: 'blocking-io', code: "var fs = require('fs');\nfunction read(p, reader) {\n  if (!reader) reader = function (f) { return fs.readFileSync(f, 'utf8'); };\n  return reader(p);\n}\nexports.read = read;" },
  // Node names the blocking form of an operation with `Sync`: on an injected adapter too.
  { name: 'a file operation named ...Sync on an injected adapter blocks', fn: 'read', expected: 'blocking-io', code: "class Reader {\n  #fs;\n  constructor(fs) { this.#fs = fs; }\n  read(dir) { const entries = this.#fs.scandirSync(dir); return entries.map((e) => e.name); }\n}\nexports.Reader = Reader;" },
  { name: 'a computation named ...Sync on an injected object is not I/O', fn: 'run', expected: 'none', code: "function run(quantizer, image) { return quantizer.quantizeSync(image); }\nexports.run = run;" },
  { name: 'protobufjs Root.loadSync reads the files', fn: 'loadSync', expected: 'blocking-io', code: "const Protobuf = require('protobufjs');\nfunction loadSync(filename) { const root = new Protobuf.Root(); const loaded = root.loadSync(filename); loaded.resolveAll(); return loaded; }\nexports.loadSync = loadSync;" },
  { name: 'a JSON parser package parses the whole text', fn: 'fromText', expected: 'cpu', code: "const parseJSON = require('json-parse-even-better-errors');\nfunction fromText(text) { return parseJSON(text); }\nexports.fromText = fromText;" },
  { name: 'an INI parser package on a constant is cheap', fn: 'defaults', expected: 'none', code: "const ini = require('ini');\nfunction defaults() { return ini.parse('[core]\\nbare = false'); }\nexports.defaults = defaults;" },
  // Options made by spreading defaults: the default's member is what runs unless the caller replaces it.
  { name: 'a member of spread default options', fn: 'findFile', expected: 'blocking-io', code: "import { statSync } from 'node:fs';\nconst defaultFindOptions = { startingFrom: '.', test: (filePath) => { try { return statSync(filePath).isFile(); } catch {} } };\nexport async function findFile(name, _options = {}) {\n  const options = { ...defaultFindOptions, ..._options };\n  if (await options.test(options.startingFrom + '/' + name)) return name;\n  return null;\n}" },
  { name: 'a member the object sets after the spread wins over the spread one', fn: 'findFile', expected: 'none', code: "import { statSync } from 'node:fs';\nconst defaultFindOptions = { test: (filePath) => statSync(filePath).isFile() };\nexport function findFile(name) {\n  const options = { ...defaultFindOptions, test: (filePath) => filePath.endsWith('.json') };\n  return options.test(name);\n}" },
  // The keys of an object a function is handed are its data; those of settings, a module or a copy are a few.
  { name: 'a pass over the keys of a data object', fn: 'filterKeys', expected: 'cpu', code: "function filterKeys(obj, hideFunctions) { var keys = []; for (var branch in obj) { if (!obj.hasOwnProperty(branch)) continue; if (hideFunctions && typeof obj[branch] === 'function') continue; keys.push(branch); } return keys; }" },
  { name: 'a reduce over Object.keys of a data object', fn: 'longest', expected: 'cpu', code: "function longest(levels) { return Object.keys(levels).reduce((max, level) => Math.max(max, level.length), 0); }" },
  { name: 'a pass over the keys of options', fn: 'normalize', expected: 'none', code: "function normalize(opts) { const out = {}; for (const key in opts) out[key.toLowerCase()] = opts[key]; return out; }" },
  { name: 'a shallow copy of an object is option handling', fn: 'merge', expected: 'none', code: "exports.merge = function merge(target, obj) { for (var i in obj) { target[i] = obj[i]; } return target; };" },
  { name: 'a copy under normalised keys is option handling', fn: 'header', expected: 'none', code: "class Request {\n  constructor() { this.headers = {}; }\n  header(values) { Object.keys(values).forEach((name) => { this.headers[name.toLowerCase()] = values[name]; }); return this; }\n}\nmodule.exports = Request;" },
  { name: 'a loop that leaves at the first own key', fn: 'isEmpty', expected: 'none', code: "function isEmpty(value) { if (!value) return true; for (var key in value) { if (Object.prototype.hasOwnProperty.call(value, key)) return false; } return true; }" },
  { name: 'a loop that leaves at the first key a helper finds its own', fn: 'isEmptyObject', expected: 'none', code: "function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }\nfunction isEmptyObject(obj) { for (const key in obj) { if (has(obj, key)) { return false; } } return true; }" },
  { name: 'a copy through a variable, as CoffeeScript writes it, is option handling', fn: 'Parser', expected: 'none', code: "var hasProp = {}.hasOwnProperty;\nfunction Parser(opts, table) {\n  var key, ref, value;\n  this.options = {};\n  ref = table;\n  for (key in ref) { if (!hasProp.call(ref, key)) continue; value = ref[key]; this.options[key] = value; }\n}\nmodule.exports = Parser;" },
  { name: 'the keys of a member of a required module', fn: 'detector', expected: 'none', code: "const index_1 = require('./types/index');\nconst keys = Object.keys(index_1.typeHandlers);\nfunction detector(input) { return keys.find((key) => index_1.typeHandlers[key].validate(input)); }\nexports.detector = detector;" },
  { name: 'the entries a class of header fields walks are a few', fn: 'constructor', expected: 'none', code: "class Headers {\n  constructor(init) { this.map = {}; for (const [name, values] of Object.entries(init.raw())) this.map[name.toLowerCase()] = String(values); }\n}\nmodule.exports = Headers;" },
  { name: 'the keys of a table another module exports', fn: 'accepted', expected: 'none', code: "import { types } from './types.js';\nexport function accepted(name) { return Object.keys(types).filter((t) => t !== 'camelize').includes(name); }" },
  // Up a hierarchy by parent links: as many steps as it is deep, a few.
  { name: 'a walk up parent links is short', fn: 'rootOf', expected: 'none', code: "function rootOf(node) { let depth = 0; for (let at = node; at && at.kind !== 'root'; at = at.parent) depth++; return depth; }" },
  { name: 'a walk along sibling links is a pass', fn: 'count', expected: 'cpu', code: "function count(node) { let n = 0; for (let at = node; at; at = at.next) n++; return n; }" },
  // Output made only when debugging is on is not the work.
  { name: 'serialising for a debug log is not charged', fn: 'subscribe', expected: 'none', code: "class Bus {\n  constructor() { this.listeners = new Map(); this.debug = { enabled: false, log: console.log }; }\n  subscribe(name, listener) {\n    this.listeners.set(name, listener);\n    if (Bus.isDebugEnabled || this.debug.enabled) this.debug.log('subscribe ' + JSON.stringify(this.snapshot()));\n  }\n  snapshot() { return [...this.listeners.keys()]; }\n}\nmodule.exports = Bus;" },
  { name: 'the same serialising outside a debug guard is charged', fn: 'subscribe', expected: 'cpu', code: "class Bus {\n  constructor() { this.listeners = new Map(); this.debug = { enabled: false, log: console.log }; }\n  subscribe(name, listener) {\n    this.listeners.set(name, listener);\n    if (this.listeners.size > 0) this.debug.log('subscribe ' + JSON.stringify(this.snapshot()));\n  }\n  snapshot() { return [...this.listeners.keys()]; }\n}\nmodule.exports = Bus;" },
  // Calling itself on one entry of an array its guard found, at the same position each time: an unwrap, not a walk.
  { name: 'a function calling itself on a fixed entry of its argument is not recursion over data', fn: 'isPipe', expected: 'none', code: "const isPipe = (stdio = 'pipe', fd) => { if (stdio === 'pipe' || stdio === null) return true; if (Array.isArray(stdio)) return isPipe(stdio[fd], fd); return false; };\nmodule.exports = isPipe;" },
  { name: 'a function calling itself on each entry is recursion over data', fn: 'flat', expected: 'cpu', code: "function flat(value, out) { if (Array.isArray(value)) { for (let i = 0; i < value.length; i++) flat(value[i], out); return out; } out.push(value); return out; }\nmodule.exports = flat;" },
  // A helper that only chains a `.catch` onto a promise it is handed: the task is still the call it was handed.
  { name: 'Promise.all over a local helper wrapping calls the analysis cannot follow waits for them', fn: 'resolveBoth', expected: 'io', code: "const ignoreNoResult = (promise) => promise.catch((error) => { if (error.code === 'ENODATA') return []; throw error; });\nclass Lookup {\n  constructor(resolver) { this._resolver = resolver; }\n  async resolveBoth(host) {\n    const [a, aaaa] = await Promise.all([ignoreNoResult(this._resolver.resolve4(host)), ignoreNoResult(this._resolver.resolve6(host))]);\n    return a.length + aaaa.length;\n  }\n}\nmodule.exports = Lookup;" },
  // Calling a generator runs nothing: its body runs as the caller consumes the iterator, and is charged to that caller.
  { name: 'a generator function itself only makes an iterator', fn: 'walkUp', expected: 'none', code: "const { resolve, dirname } = require('path');\nfunction* walkUp(path) { for (path = resolve(path); path;) { yield path; const parent = dirname(path); path = parent === path ? undefined : parent; } }\nfunction* lines(text) { for (const line of text.split('\\n')) yield line.trim(); }\nmodule.exports = { walkUp, lines };" },
  { name: 'a function that consumes a generator over data is charged its body', fn: 'count', expected: 'cpu', code: "function* lines(text) { for (const line of text.split('\\n')) yield line.trim(); }\nfunction count(text) { let n = 0; for (const line of lines(text)) if (line) n++; return n; }\nmodule.exports = { count };" },
  // A known wrapper hands back a function: what it wraps runs when that function is called, not now.
  { name: 'wrapping a function with once runs nothing yet', fn: 'makeLoader', expected: 'none', code: "const once = require('once');\nfunction makeLoader(url) { return once(async () => { const res = await fetch(url); return res.json(); }); }\nmodule.exports = makeLoader;" },
  { name: 'util.callbackify of an async function runs nothing yet', fn: 'wrap', expected: 'none', code: "const { callbackify } = require('util');\nfunction wrap(client) { return callbackify(async (kid) => client.get(await fetch(kid))); }\nmodule.exports = wrap;" },
  { name: 'calling what once wrapped does its work', fn: 'load', expected: 'io', code: "const once = require('once');\nconst fetchConfig = once(async () => { const res = await fetch('https://example.com/config'); return res.json(); });\nasync function load() { return fetchConfig(); }\nmodule.exports = load;" },
  { name: 'counting down from a constant to minus one is constant work', fn: 'negate', expected: 'none', code: "function negate(bytes) { for (let i = 7; i > -1; i--) { bytes[i]++; if (bytes[i] !== 0) break; } }\nmodule.exports = negate;" },
  { name: 'a for...in that leaves at the first key a member object owns', fn: 'isEmpty', expected: 'none', code: "function Set() { this.exactSet = {}; }\nSet.prototype.isEmpty = function isEmpty() { for (var prop in this.exactSet) { if (this.exactSet.hasOwnProperty(prop)) { return false; } } return true; };\nmodule.exports = Set;" },
  { name: 'parsing an environment variable is cheap', fn: 'createNodeFetch', expected: 'none', code: "const nodeFetch = require('node-fetch');\nfunction createNodeFetch() {\n  const useKeepAlive = JSON.parse(process.env.FETCH_KEEP_ALIVE || 'false');\n  if (!useKeepAlive) return nodeFetch;\n  return (input, init) => nodeFetch(input, { ...init, keepalive: true });\n}\nmodule.exports = createNodeFetch;" },
  { name: 'parsing a body is not', fn: 'readBody', expected: 'cpu', code: "function readBody(req) { return JSON.parse(req.body || '{}'); }\nmodule.exports = readBody;" },
  { name: 'a command on a member named as a Redis client', fn: 'length', expected: 'io', code: "class Queue {\n  constructor(connection) { this.connection = connection; }\n  async length(q) { return this.connection.redis.llen('queue:' + q); }\n}\nmodule.exports = Queue;" },
  { name: 'listening on a member named as a Redis client is not a command', fn: 'watch', expected: 'none', code: "class Queue {\n  constructor(connection) { this.connection = connection; }\n  watch(onError) { this.connection.redis.on('error', onError); }\n}\nmodule.exports = Queue;" },
  { name: 'a callback made by CoffeeScript for a bound function tells an fs call of an unknown package', fn: 'readFile', expected: 'io', code: "(function() {\n  var fs = require('fs-plus');\n  module.exports = {\n    readFile: function(objectPath, callback) {\n      return fs.readFile(objectPath, 'utf8', (function(_this) {\n        return function(error, contents) { return callback(error, contents); };\n      })(this));\n    }\n  };\n}).call(this);" },
  { name: 'a loop from one found index to the next until none is left is a pass', fn: 'getLocator', expected: 'cpu', code: "function getLocator(source) {\n  const lineOffsets = [0];\n  for (let i = source.indexOf('\\n'); i !== -1; i = source.indexOf('\\n', i + 1)) lineOffsets.push(i + 1);\n  return (index) => lineOffsets.findIndex((offset) => offset > index);\n}\nmodule.exports = getLocator;" },
  // Packages whose API an async look would misread: their tables say where the work runs.
  { name: 'a gaxios request is network I/O', fn: 'fetchMetadata', expected: 'io', code: "const gaxios = require('gaxios');\nasync function fetchMetadata(url) { const res = await gaxios.request({ url, headers: { 'Metadata-Flavor': 'Google' } }); return res.data; }\nmodule.exports = fetchMetadata;" },
  { name: 'awaiting terser still minifies on this thread', fn: 'minifyBundle', expected: 'cpu', code: "import { minify } from 'terser';\nexport async function minifyBundle(code) { const out = await minify(code, { compress: true }); return out.code; }" },
  { name: 'ejs.renderFile reads the template synchronously, even with a callback', fn: 'page', expected: 'blocking-io', code: "const ejs = require('ejs');\nfunction page(file, data, cb) { ejs.renderFile(file, data, cb); }\nmodule.exports = page;" },
  // A module's member chosen by a parameter: the strings the file's own calls pass for it.
  { name: 'a child_process method named by the caller', fn: 'exec', expected: 'io', code: "var child_process = require('child_process');\nfunction doExec(method, args) {\n  var finalArgs = Array.prototype.slice.call(args, 0);\n  return child_process[method].apply(child_process, finalArgs);\n}\nfunction exec() { return doExec('exec', arguments); }\nmodule.exports = { exec };" },
  { name: 'an fs method bound in by name', fn: 'isTypeSync', expected: 'blocking-io', code: "import fs from 'node:fs';\nfunction isTypeSync(fsStatType, statsMethodName, filePath) {\n  try { return fs[fsStatType](filePath)[statsMethodName](); } catch (error) { if (error.code === 'ENOENT') return false; throw error; }\n}\nexport const isFileSync = isTypeSync.bind(undefined, 'statSync', 'isFile');" },
  { name: 'a loop halving its counter in a sequence of steps is short', fn: 'stringRepeat', expected: 'none', code: "function stringRepeat(str, num) { var result = ''; for (num |= 0; num > 0; num >>>= 1, str += str) { if (num & 1) result += str; } return result; }\nmodule.exports = stringRepeat;" },
  { name: 'direct recursion', fn: 'fib', expected: 'cpu', code: 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }' },
  { name: 'mutual recursion through helpers', fn: 'isEven', expected: 'cpu', code: 'function isEven(n) { return n === 0 ? true : isOdd(n - 1); } function isOdd(n) { return n === 0 ? false : isEven(n - 1); }' },
  // A callback that runs later (here a promise reaction) is not on the stack of the function that passes it.
  { name: 'retry through .then is not recursion', fn: 'next', expected: 'none', code: 'function next(items, i) { return Promise.resolve(items[i]).then((r) => (r !== undefined ? r : next(items, i + 1))); }' },
  // A Node-style completion callback (error first, passed last) handed to a call of unknown origin runs once the
  // operation ends: a pool that opens the next connection from it is not recursing.
  { name: 'reconnecting from a completion callback is not recursion (connecting, told by the callback, is I/O)', fn: 'newClient', expected: 'io', code: "function Pool(Client) { this.Client = Client; this.queue = []; }\nPool.prototype.newClient = function (item) { var client = new this.Client(); var self = this; client.connect(function (err) { if (err) return self.pulse(); item.done(client); }); };\nPool.prototype.pulse = function () { var item = this.queue.shift(); if (item) this.newClient(item); };" },
  { name: 'a visitor callback without an error first may run inline: recursion', fn: 'walk', expected: 'cpu', code: 'function walk(tree, visit) { visit(tree, function (child) { walk(child, visit); }); }' },
  { name: 'a promise executor runs inline: recursion', fn: 'depth', expected: 'cpu', code: 'function depth(n) { return new Promise((resolve) => resolve(n === 0 ? 0 : depth(n - 1))); }' },
  // Going round a cycle of calls inside a loop must not count the loop again each time round.
  { name: 'tree walk after an await stays one pass', fn: 'handler', expected: 'io', code: "const { loadTree } = require('tree-store'); function walk(nodes) { for (const n of nodes) visit(n); } function visit(n) { if (n.children) walk(n.children); }\nasync function handler(url) { await fetch(url, { method: 'POST' }); const tree = await loadTree(url); walk(tree.nodes); }" },
  { name: 'a nested loop over a walk is still two passes', fn: 'handler', expected: 'mixed', code: "const { loadTree } = require('tree-store'); function walk(nodes) { for (const n of nodes) visit(n); } function visit(n) { if (n.children) walk(n.children); }\nasync function handler(url) { await fetch(url, { method: 'POST' }); const trees = await loadTree(url); for (const t of trees) walk(t.nodes); }" },
  // One pass over the content an I/O API produced (a file's text, a response body) is computation over input-sized data.
  { name: 'a pass over a fetched body', fn: 'handler', expected: 'mixed', code: 'function count(nodes) { let n = 0; for (const node of nodes) n += node.size; return n; }\nasync function handler(url) { const res = await fetch(url); const body = await res.json(); return count(body.nodes); }' },
  { name: 'a pass over a file read with a callback', fn: 'countFile', expected: 'mixed', code: "const fs = require('fs'); function countLines(text) { let n = 0; for (const line of text.split('\\n')) if (line.trim()) n++; return n; }\nfunction countFile(p, cb) { fs.readFile(p, 'utf8', (err, text) => { if (err) return cb(err); cb(null, countLines(text)); }); }" },
  { name: 'a pass over an awaited file text', fn: 'countFile', expected: 'mixed', code: "import { readFile } from 'node:fs/promises'; function countLines(text) { let n = 0; for (const line of text.split('\\n')) if (line.trim()) n++; return n; }\nexport async function countFile(p) { return countLines(await readFile(p, 'utf8')); }", fileName: 'a.mjs' },
  { name: 'a pass over names beside an awaited stat is not over content', fn: 'check', expected: 'io', code: "const fs = require('fs'); function countLines(text) { let n = 0; for (const line of text.split('\\n')) if (line.trim()) n++; return n; }\nasync function check(p) { const info = await fs.promises.stat(p); return countLines(info.name); }" },
  // A call through a lookup table may reach any of its functions.
  { name: 'dispatch through an object of functions', fn: 'handle', expected: 'blocking-io', code: "const fs = require('fs'); const handlers = { read: (p) => fs.readFileSync(p), list(p) { return fs.readdirSync(p); } }; async function handle(kind, p) { return handlers[kind](p); }" },
  { name: 'dispatch to function references', fn: 'run', expected: 'cpu', code: 'function sum(xs) { let s = 0; for (const x of xs) s += x; return s; } function first(xs) { return xs[0]; } const ops = { sum, first }; function run(op, xs) { return ops[op](xs); }' },
  { name: 'dispatch through a looked-up variable', fn: 'onEvent', expected: 'io', code: "const handlers = { user: (e) => fetch('/u/' + e.id), ping: () => 0 }; function onEvent(e) { const handler = handlers[e.type]; if (handler) return handler(e); }" },
  { name: 'dispatch with .call', fn: 'emit', expected: 'io', code: "const handlers = { save(e) { return fetch('/s', { method: 'POST', body: e }); }, noop() {} }; function emit(type, e) { return handlers[type].call(this, e); }" },
  { name: 'a table without functions reaches nothing', fn: 'label', expected: 'none', code: "function slow(xs) { let s = 0; for (const x of xs) s += x; return s; } const labels = { a: 'x', b: slow.name }; function label(k) { return labels[k](); }" },
  { name: 'a literal key is a member, not a dispatch', fn: 'f', expected: 'none', code: "const fs = require('fs'); const t = { read: (p) => fs.readFileSync(p), size: (p) => p.length }; function f(p) { return t['size'](p); }" },
  { name: 'async does not make CPU work I/O', fn: 'f', expected: 'cpu', code: 'async function f(items) { let t = 0; for (const i of items) for (const j of items) t += i * j; return t; }' },
  { name: 'CPU through a same-file helper', fn: 'outer', expected: 'cpu', code: 'function inner(a) { const out = []; for (let i = 0; i < a.length; i++) out.push(a[i] * 2); return out; } function outer(a) { return inner(a); }' },
  { name: 'this.method inside a class', fn: 'run', expected: 'cpu', code: 'class Job { run(xs) { return this.sum(xs); } sum(xs) { let s = 0; for (const x of xs) s += x; return s; } }' },
  { name: 'object literal method via this', fn: 'run', expected: 'cpu', code: 'const job = { run(xs) { return this.sum(xs); }, sum(xs) { let s = 0; for (const x of xs) s += x; return s; } };' },
  // Constant-time code.
  { name: 'loop over a small constant bound', fn: 'f', expected: 'none', code: 'function f(o) { for (let i = 0; i < 4; i++) o[i] = 0; return o; }' },
  // What a throw statement computes runs only on the failure path.
  { name: 'describing a thrown error is not charged', fn: 'check', expected: 'none', code: "function describe(items) { return items.map((item) => String(item)).join(', '); }\nfunction check(input) { if (!input.ok) throw new Error('invalid: ' + describe(input.items)); return input; }" },
  { name: 'a CPU API inside a thrown error is not charged', fn: 'check', expected: 'none', code: 'function check(value) { if (typeof value.id !== "number") throw new TypeError(`bad value ${JSON.stringify(value)}`); return value.id; }' },
  { name: 'a CPU API in the message of a returned error is not charged', fn: 'check', expected: 'none', code: 'function check(options) { if (typeof options.match !== "string") return [Error(`bad match ${JSON.stringify(options.match)}`)]; return [undefined, options]; }' },
  { name: 'a helper in the message of an error class of the file is not charged', fn: 'check', expected: 'none', code: "class OptionError extends TypeError {}\nfunction describe(items) { return items.map((item) => String(item)).join(', '); }\nfunction check(input) { if (!input.ok) return new OptionError('invalid: ' + describe(input.items)); return null; }" },
  { name: 'a shadowed Error is an ordinary call', fn: 'check', expected: 'cpu', code: "function describe(items) { return items.map((item) => String(item)).join(', '); }\nfunction check(input) { const Error = (text) => text; return Error(describe(input.items)); }" },
  { name: 'the same helper outside the throw is charged', fn: 'check', expected: 'cpu', code: "function describe(items) { return items.map((item) => String(item)).join(', '); }\nfunction check(input) { const text = describe(input.items); if (!input.ok) throw new Error('invalid: ' + text); return text; }" },
  // Walking down an object by a key path runs as many times as the path is deep, not as the data is large.
  { name: 'walk down a key path with forEach', fn: 'has', expected: 'none', code: 'function has(obj, keys) { let o = obj; keys.slice(0, -1).forEach(function (key) { o = o[key] || {}; }); return keys[keys.length - 1] in o; }' },
  { name: 'walk down a key path with an indexed loop', fn: 'set', expected: 'none', code: 'function set(obj, keys, value) { let o = obj; for (let i = 0; i < keys.length - 1; i++) { if (o[keys[i]] === undefined) o[keys[i]] = {}; o = o[keys[i]]; } o[keys[keys.length - 1]] = value; }' },
  { name: 'following a linked list is a pass over data', fn: 'size', expected: 'cpu', code: 'function size(list) { let n = 0; let node = list.head; while (node) { n++; node = node.next; } return n; }' },
  { name: 'loop over a literal array', fn: 'f', expected: 'none', code: "function f(o) { for (const k of ['a', 'b', 'c']) o[k] = o[k] || 0; return o; }" },
  { name: 'getter', fn: 'size', expected: 'none', code: 'class A { get size() { return this._size; } }' },
  { name: 'returns a closure only', fn: 'make', expected: 'none', code: "const fs = require('fs'); function make(p) { return () => fs.readFileSync(p); }" },
  // Mixed and hand-offs.
  { name: 'reads then parses in loops', fn: 'f', expected: 'mixed', code: "const { readFile } = require('fs/promises'); async function f(p) { const text = await readFile(p, 'utf8'); const rows = []; for (const line of text.split('\\n')) { for (const cell of line.split(',')) rows.push(cell.trim()); } return rows; }" },
  { name: 'worker hand-off is not charged', fn: 'f', expected: 'none', code: "const { Worker } = require('worker_threads'); function f(file) { const w = new Worker(file); return w; }" },
  { name: 'callback passed to an async API is charged', fn: 'f', expected: 'mixed', code: "const fs = require('fs'); function f(p, cb) { fs.readFile(p, (err, buf) => { let h = 0; for (let i = 0; i < buf.length; i++) for (let j = i; j < buf.length; j++) h ^= buf[i] * buf[j]; cb(h); }); }" },
  { name: 'boolean argument rules out the sync branch', fn: 'readAsync', expected: 'io', code: "const fs = require('fs'); function read(p, sync, cb) { if (sync) cb(fs.readFileSync(p)); else fs.readFile(p, cb); } function readAsync(p, cb) { return read(p, false, cb); }" },
  { name: 'boolean argument keeps the sync branch', fn: 'readNow', expected: 'blocking-io', code: "const fs = require('fs'); function read(p, sync, cb) { if (sync) cb(fs.readFileSync(p)); else fs.readFile(p, cb); } function readNow(p, cb) { return read(p, true, cb); }" },
  { name: 'an fs-named method of a package the tables do not describe is that fs method (safefs)', fn: 'load', expected: 'blocking-io', code: "const fsUtil = require('safefs'); function load(file) { return fsUtil.readFileSync(file).toString(); }" },
  { name: 'an fs-named method of an undescribed package with a callback is the callback form', fn: 'load', expected: 'io', code: "import store from 'some-store'; export function load(file, done) { store.readFile(file, done); }" },
  { name: 'an fs-named method of an undescribed package whose result is neither awaited nor called back is not guessed', fn: 'load', expected: 'none', code: "const xlsxLike = require('sheet-lib'); function load(book) { return xlsxLike.stat(book); }" },
  { name: 'a synchronous variant of an I/O call of a package the tables do not describe blocks', fn: 'list', expected: 'blocking-io', code: "const finder = require('file-finder-x'); function list(dir) { return finder.findFilesSync('*.js', { cwd: dir }); }" },
  { name: 'a bare sync member of an undescribed package is not taken for I/O (uid-safe)', fn: 'name', expected: 'none', code: "const uid = require('uid-safe'); function name(ext) { return uid.sync(18) + ext; }" },
  { name: 'path-type: isDirectorySync blocks', fn: 'sync', expected: 'blocking-io', code: "const pathType = require('path-type'); const sync = (input, cwd) => [].concat(input).map(x => pathType.isDirectorySync(cwd + '/' + x) ? x + '/**' : x);" },
  { name: 'a Sync method of an object made by an undescribed package blocks (JoyCon loadSync)', fn: 'loadConfig', expected: 'blocking-io', code: "const JoyCon = require('joycon'); const joycon = new JoyCon(); function loadConfig(p) { const result = joycon.loadSync([p]); return result.data; }" },
  { name: 'the synchronous form of a computation a package does is not I/O (image-q quantizeSync)', fn: 'quantize', expected: 'none', code: "const ImageQ = require('image-q'); function quantize(method, colors) { const quantizer = new ImageQ.palette[method](colors); return quantizer.quantizeSync(); }" },
  { name: 'a Sync-named method of an unknown object is not guessed', fn: 'update', expected: 'none', code: 'function update(store, key) { return store.stateSync(key); }' },
  { name: 'a Sync method of a member of a package-made object is not guessed', fn: 'run', expected: 'none', code: "const Lib = require('lib-x'); const lib = new Lib(); function run(k) { return lib.cache.entrySync(k); }" },
  { name: 'an operation on an injected store reporting to an error-first callback is I/O', fn: 'migrate', expected: 'io', code: "function migrate(db, stores, callback) { stores.bySeqStore.get('uuid', function (err, value) { if (err) return callback(); callback(null, value); }); }" },
  { name: 'a method of an unknown object handed the function\'s own callback is I/O', fn: 'send', expected: 'io', code: "function Producer(client) { this.client = client; }\nProducer.prototype.send = function (payloads, cb) { this.client.sendProduceRequest(payloads, 1, 100, cb); };" },
  { name: 'a callback kept in a collection is not handed to an operation', fn: 'waitFor', expected: 'none', code: 'function waitFor(entry, map, key, callback) { entry.callbacks.push(callback); map.set(key, callback); return entry.handlers.indexOf(callback); }' },
  { name: 'a local function named callback handed on is not the caller\'s completion callback', fn: 'run', expected: 'none', code: 'function run(list) { function callback(item) { return item; } return list.visit(callback); }' },
  { name: 'an error-first callback handed to a promise reaction or a bind is not I/O', fn: 'report', expected: 'none', code: "function report(p, log) { p.then(null, function (err) { log(err); }).catch(function (err) { log(err); }); return log.bind(null, function (err) { log(err); }); }" },
  { name: 'a callback without an error first handed to an unknown method is not taken for I/O', fn: 'each', expected: 'none', code: 'function each(list, fn) { list.visit(function (node) { fn(node); }); }' },
  { name: 'writing to a parameter named socket is I/O', fn: 'flush', expected: 'io', code: "function flush(socket, frames) { socket.write(frames.header); }" },
  { name: 'listening to a parameter named socket still waits for its events', fn: 'attach', expected: 'io', code: "function attach(socket, onData) { socket.on('data', (chunk) => onData(chunk)); }" },
  { name: 'a socket parameter only configured is not I/O', fn: 'tune', expected: 'none', code: 'function tune(socket) { socket.setNoDelay(true); socket.setKeepAlive(true, 1000); }' },
  { name: 'injected fs object is assumed to be fs', fn: 'f', expected: 'blocking-io', code: 'function f(p, options) { options.unlinkSync(p); }' },
  // Callbacks made by a call: a bound method, or a local factory that returns a function.
  { name: 'bound method as callback makes the async form', fn: 'f', expected: 'io', code: "const crypto = require('crypto'); class T { f(n) { crypto.randomBytes(n, this.done.bind(this)); } done() {} }" },
  { name: 'callback factory makes the async form', fn: 'f', expected: 'io', code: "const crypto = require('crypto'); function after(cb) { return function (err, buf) { cb(err, buf); }; } function f(n, cb) { crypto.randomBytes(n, after(cb)); }" },
  { name: 'arrow callback factory', fn: 'f', expected: 'io', code: "const crypto = require('crypto'); const after = (cb) => (err, buf) => cb(err, buf); function f(n, cb) { crypto.randomBytes(n, after(cb)); }" },
  { name: 'a call that returns data is not a callback', fn: 'f', expected: 'cpu', code: "const crypto = require('crypto'); function size(n) { return n * 2; } function f(n) { return crypto.randomBytes(n, size(n)); }" },
  { name: 'injected fs with a callback factory', fn: 'f', expected: 'io', code: 'function done(self, cb) { return function (err, entries) { cb(err, entries); }; } function f(self, dir, cb) { self.fs.readdir(dir, done(self, cb)); }' },
  { name: 'a callback named like one (statcb)', fn: 'f', expected: 'io', code: "const inflight = require('inflight'); function f(self, p, done) { var statcb = inflight('stat' + p, done); if (statcb) self.fs.lstat(p, statcb); }" },
  { name: 'a variable holding a factory-made callback', fn: 'f', expected: 'io', code: 'function after(cb) { return (err, st) => cb(err, st); } function f(self, p, done) { const onStat = after(done); self.fs.lstat(p, onStat); }' },
  { name: 'injected fs without a callback stays unknown', fn: 'f', expected: 'none', code: 'function make(self) { return self.count + 1; } function f(self, dir) { self.fs.readdir(dir, make(self)); }' },
  { name: 'TypeScript field typed by a class', fn: 'go', expected: 'cpu', fileName: 'a.ts', code: 'class Hasher { digest(xs: number[]) { let h = 0; for (const x of xs) h ^= x; return h; } }\nexport class Service { private readonly hasher: Hasher = new Hasher(); go(xs: number[]) { return this.hasher.digest(xs); } }' },
  { name: 'prototype methods', fn: 'run', expected: 'cpu', code: 'function Job() {} Job.prototype.total = function (xs) { let s = 0; for (const x of xs) s += x; return s; }; Job.prototype.run = function (xs) { return new Job().total(xs); };' },
];

describe('classification', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.fn} is ${c.expected}`, () => {
      assert.equal(classify(c.code, c.fn, c.fileName), c.expected);
    });
  }

  it('does not take an awaited read of a stream reader for fs.read', () => {
    const code = 'async function first(stream) { const reader = stream.getReader(); const { value } = await reader.read(); return value; }';
    const first = analyze(code, { fileName: 'case.js' }).functions.find((f) => f.name === 'first');
    assert.equal(first?.classification, 'io');
    assert.doesNotMatch(first.evidence.map((e) => e.message).join('\n'), /fs\.read/);
  });

  it('finds no function in ambient declarations', () => {
    const code = "declare module 'x' { export function f(): void; }\ndeclare global { function g(): void; }\ndeclare namespace N { function h(): void; }\n";
    assert.deepEqual(analyze(code, { fileName: 'a.ts' }).functions, []);
  });

  it('reports positions that span the whole function, 1-based', () => {
    const result = analyze('\n  function f() {\n    return 1;\n  }\n', { fileName: 'a.js' });
    assert.deepEqual(
      { line: result.functions[0].line, column: result.functions[0].column, endLine: result.functions[0].endLine, endColumn: result.functions[0].endColumn },
      { line: 2, column: 3, endLine: 4, endColumn: 4 },
    );
  });

  it('does not take a completion callback handed by name for a strategy the helper runs now', () => {
    // A redirect handler calls back into its caller; were it run inline, the pair would look like recursion.
    const code = [
      "const fs = require('fs');",
      'const cachedWithKey = (fn) => { const cache = new Map(); return (arg, callback) => { const hit = cache.get(arg); if (hit !== undefined) return callback(null, hit); fn(arg, (err, result) => { cache.set(arg, result); callback(err, result); }); }; };',
      "const fetchContent = cachedWithKey((url, callback) => fs.readFile(url, 'utf8', callback));",
      'function resolveContent(url, callback) {',
      "  const handleResult = (err, result) => { if (err) return callback(err); if (result.startsWith('location:')) return resolveContent(result.slice(9), callback); return callback(null, result); };",
      '  fetchContent(url, handleResult);',
      '}',
      'module.exports = resolveContent;',
    ].join('\n');
    const resolveContent = analyze(code, { fileName: 'a.js' }).functions.find((f) => f.name === 'resolveContent')!;
    assert.notEqual(resolveContent.classification, 'cpu');
    assert.ok(!resolveContent.evidence.some((e) => /recursive/.test(e.message)), JSON.stringify(resolveContent.evidence));
  });

  it('names functions after what they are assigned to', () => {
    const code = [
      'exports.a = function () {};',
      'module.exports.b = () => {};',
      'Foo.prototype.c = function () {};',
      'const d = () => {};',
      'const o = { e() {}, f: function () {}, get g() { return 1; } };',
      'class K { h() {} i = () => {}; static j() {} }',
      'setTimeout(() => {});',
      'module.exports = function (message) {};',
      'var k = opts.cmp && function (node) {};',
      'exports.l = fast ? function () {} : null;',
      'const m = opts.cb || (() => {});',
      'if ((() => true)()) {}',
    ].join('\n');
    const names = analyze(code, { fileName: 'a.js' }).functions.map((f) => f.name);
    assert.deepEqual(names, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', '<anonymous>', 'exports', 'k', 'l', 'm', '<anonymous>']);
  });

  it('gives evidence as a chain through the helpers', () => {
    const result = analyze("const fs = require('fs');\nfunction load() { return fs.readFileSync('x'); }\nasync function handler() { return load(); }", { fileName: 'a.js' });
    const handler = result.functions.find((f) => f.name === 'handler')!;
    assert.match(handler.evidence[0].message, /calls load \(line 3\) -> blocks on fs\.readFileSync \(line 2\)/);
  });

  it('says what a generator does when its iterator is consumed', () => {
    const result = analyze("const fs = require('fs');\nfunction* entries(dir) { for (const name of fs.readdirSync(dir)) yield name; }", { fileName: 'a.js' });
    const entries = result.functions.find((f) => f.name === 'entries')!;
    assert.equal(entries.classification, 'none');
    assert.match(entries.evidence[0].message, /^when its iterator is consumed, blocking-io: blocks on fs\.readdirSync \(line 2\)$/);
  });

  it('gives evidence that reaches the API when functions call each other in a cycle', () => {
    const code = "const fs = require('fs');\nfunction walk(dirs, done) { dirs.forEach((dir) => visit(dir, done)); }\nfunction visit(dir, done) { if (dir.children) return walk(dir.children, done); upload(dir, done); }\nfunction upload(dir, done) { if (!fs.existsSync(dir.path)) return done(); walk([], done); }";
    const result = analyze(code, { fileName: 'a.js' });
    for (const name of ['walk', 'visit', 'upload']) {
      const fn = result.functions.find((f) => f.name === name)!;
      assert.equal(fn.classification, 'blocking-io', name);
      assert.match(fn.evidence[0].message, /blocks on fs\.existsSync \(line 4\)$/, name);
    }
  });

  it('says whether a wait of unresolved origin is an await or a chained reaction', () => {
    const result = analyze("async function a(db) { return await db.get('k'); }\nfunction b(db) { return db.get('k').then((v) => v); }\nfunction c(db) { return new Promise((resolve) => { db.get('k', resolve); }); }", { fileName: 'a.js' });
    const message = (name: string): string => result.functions.find((f) => f.name === name)!.evidence[0].message;
    assert.match(message('a'), /awaits a promise of unresolved origin \(line 1\)/);
    assert.match(message('b'), /chains a reaction to a promise of unresolved origin \(line 2\)/);
    assert.match(message('c'), /settles its promise when db\.get\(\.\.\.\) calls back \(line 3\)/);
  });
});

describe('cross-file propagation', () => {
  function project(files: Record<string, string>): Project {
    return new Project({ readFile: (path) => files[path] });
  }

  function functionIn(result: FileResult, name: string) {
    const fn = result.functions.find((f) => f.name === name);
    assert.ok(fn, `no function ${name}`);
    return fn;
  }

  it('follows relative requires to files that were not requested', () => {
    const files = {
      '/p/index.js': "const { load } = require('./lib/load');\nasync function main() { return load(); }\nmodule.exports = main;",
      '/p/lib/load.js': "const fs = require('fs');\nfunction load() { return fs.readFileSync('x'); }\nmodule.exports = { load };",
    };
    const result = project(files).analyzeFile('/p/index.js');
    assert.equal(functionIn(result, 'main').classification, 'blocking-io');
    assert.match(functionIn(result, 'main').evidence[0].message, /load\.js:2/);
  });

  it('counts a reaction to another file\'s reader as computing over the content read', () => {
    const files = {
      '/p/load.js': "import { readFile } from './read.js';\nimport { parseIni } from './parse.js';\nexport const load = async (path) => readFile(path).then(parseIni);",
      '/p/read.js': "import { readFile as fsReadFile } from 'node:fs/promises';\nconst cache = {};\nexport const readFile = (path) => { if (!cache[path]) cache[path] = fsReadFile(path, 'utf8'); return cache[path]; };",
      '/p/parse.js': "export const parseIni = (text) => { const map = {}; for (const line of text.split(/\\r?\\n/)) { const at = line.indexOf('='); if (at > 0) map[line.slice(0, at).trim()] = line.slice(at + 1).trim(); } return map; };",
    };
    const result = project(files).analyzeFile('/p/load.js');
    assert.equal(functionIn(result, 'load').classification, 'mixed');
    assert.match(functionIn(result, 'load').evidence.map((e) => e.message).join('\n'), /parse\.js:1/);
  });

  it('follows the requires a UMD wrapper hands its factory', () => {
    const files = {
      '/p/parser.js': "(function (global, factory) {\n  if (typeof define === 'function' && define.amd) define(['exports', './sql'], factory);\n  else if (typeof exports !== 'undefined') factory(exports, require('./sql'));\n  else { var mod = { exports: {} }; factory(mod.exports, global.sql); global.parser = mod.exports; }\n})(this, function (_exports, _sql) {\n  _sql = _interopRequireDefault(_sql);\n  function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\n  class Parser { sqlify(ast) { return (0, _sql.default)(ast); } }\n  _exports.default = Parser;\n});",
      '/p/sql.js': "function toSql(ast) { const out = []; for (const node of ast.nodes) out.push(node.kind + ' ' + node.name); return out.join(' '); }\nmodule.exports = toSql;",
    };
    const result = project(files).analyzeFile('/p/parser.js');
    assert.equal(functionIn(result, 'sqlify').classification, 'cpu');
    assert.match(functionIn(result, 'sqlify').evidence[0].message, /sql\.js:1/);
  });

  it('takes an fs method on what an unfollowed factory of another file returns for fs', () => {
    const files = {
      '/p/fileSystem.js': "exports.require = function () { if (process.versions.electron) { try { return require('original-fs'); } catch (e) {} } return require('fs'); };",
      '/p/utils.js': "const fsystem = require('./fileSystem').require();\nfunction exists(p) { return fsystem.existsSync(p); }\nfunction open(p, cb) { fsystem.open(p, 'r', cb); }\nfunction size(p) { return fsystem.sizeOf(p); }\nfunction ensure(p, cb) { fsystem.exists(p, (ok) => { if (!ok) fsystem.mkdirSync(p); cb(); }); }\nmodule.exports = { exists, open, size, ensure };",
    };
    const result = project(files).analyzeFile('/p/utils.js');
    assert.equal(functionIn(result, 'exists').classification, 'blocking-io');
    assert.equal(functionIn(result, 'open').classification, 'io');
    assert.equal(functionIn(result, 'size').classification, 'none');
    // The callback of that async call runs later: its blocking call does not block `ensure` itself.
    assert.equal(functionIn(result, 'ensure').classification, 'io');
  });

  it('takes the default of an option read from what another module returns', () => {
    const files = {
      '/p/normalize.js': 'module.exports = function (x, opts) { return opts || {}; };',
      '/p/find.js': "const fs = require('fs');\nconst normalize = require('./normalize');\nconst defaultIsFile = function isFile(file) { try { return fs.statSync(file).isFile(); } catch (e) { return false; } };\nmodule.exports = function find(x, options) {\n  const opts = normalize(x, options);\n  const isFile = opts.isFile || defaultIsFile;\n  return isFile(x) ? x : null;\n};",
    };
    const result = project(files).analyzeFile('/p/find.js');
    assert.equal(functionIn(result, 'find').classification, 'blocking-io');
  });

  it('takes an fs-named method of a module that builds its exports at run time for fs, in the form the call uses', () => {
    const files = {
      '/p/fs-adapter.js': "const fs = require('fs');\nconst { promisify } = require('util');\nfunction adaptAll() { const adapted = {}; Object.keys(fs).forEach((key) => { adapted[key] = typeof fs[key] === 'function' ? promisify(fs[key]) : fs[key]; }); return adapted; }\nmodule.exports = adaptAll();",
      '/p/list.js': "const fs = require('./fs-adapter');\nconst list = (dir) => fs.readdir(dir).then((names) => names);\nasync function size(file) { return (await fs.stat(file)).size; }\nfunction label(file) { return fs.basename(file); }\nmodule.exports = { list, size, label };",
    };
    const result = project(files).analyzeFile('/p/list.js');
    assert.equal(functionIn(result, 'list').classification, 'io');
    assert.equal(functionIn(result, 'size').classification, 'io');
    // Not an fs method, and not used as a promise: nothing to guess.
    assert.equal(functionIn(result, 'label').classification, 'none');
  });

  it('takes a require made with createRequire for require, and .call/.apply with a this value of another module\'s function for a call of it', () => {
    const files = {
      '/p/fs.js': "import nodeFs from 'fs';\nimport { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nlet fs;\ntry { fs = require('graceful-fs'); } catch (e) { fs = nodeFs; }\nexport default fs;",
      '/p/plugin.js': 'export default class Plugin { apply(compiler) { return compiler.name; } }',
      '/p/load.js': "import fs from './fs.js';\nimport Plugin from './plugin.js';\nexport function load(file) { return fs.readFileSync(file, 'utf8'); }\nexport function loadWith(args) { return fs.readFileSync.apply(this, args); }\nexport function loadOwn(file) { return fs.readFileSync.call(fs, file); }\nexport function register(compiler) { return new Plugin().apply(compiler); }",
    };
    const result = project(files).analyzeFile('/p/load.js');
    assert.equal(functionIn(result, 'load').classification, 'blocking-io');
    assert.equal(functionIn(result, 'loadWith').classification, 'blocking-io');
    assert.equal(functionIn(result, 'loadOwn').classification, 'blocking-io');
    // A method named apply, called with an argument that is not a `this` value, is that method.
    assert.equal(functionIn(result, 'register').classification, 'none');
  });

  it('counts a require another file makes with createRequire as loading a module only for an id computed at run time', () => {
    const files = {
      '/p/require.js': "import { createRequire } from 'module';\nexport const req = createRequire(import.meta.url);",
      '/p/use.js': "import { req } from './require.js';\nexport function fixed() { return req('./settings.json').port; }\nexport function named(plugin) { return req(plugin); }",
    };
    const result = project(files).analyzeFile('/p/use.js');
    assert.equal(functionIn(result, 'fixed').classification, 'none');
    assert.equal(functionIn(result, 'named').classification, 'blocking-io');
  });

  it('does not take a local function named require for Node\'s', () => {
    const files = {
      '/p/load.js': "function require(name) { return { readFileSync: () => name }; }\nconst fs = require('fs');\nexport function load(file) { return fs.readFileSync(file); }",
    };
    const result = project(files).analyzeFile('/p/load.js');
    assert.equal(functionIn(result, 'load').classification, 'none');
  });

  it('follows methods of an object made with new of a required module, ES5 constructor or class, or by a constructor called without new', () => {
    const files = {
      '/p/persistence.js': "var fs = require('fs');\nfunction Persistence(options) { this.filename = options.filename; }\nPersistence.prototype.persist = function (docs, cb) { fs.appendFile(this.filename, docs.join('\\n'), cb); };\nmodule.exports = Persistence;",
      '/p/store.js': "const fs = require('fs');\nmodule.exports = class Store { load(file) { return fs.readFileSync(file, 'utf8'); } };",
      '/p/factory.js': "const fs = require('fs');\nmodule.exports = function open(file) { return { size() { return fs.statSync(file).size; } }; };",
      '/p/reader.js': "const fs = require('fs');\nfunction Reader(dir) { if (!(this instanceof Reader)) return new Reader(dir); this.dir = dir; }\nReader.prototype.list = function () { return fs.readdirSync(this.dir); };\nmodule.exports = Reader;",
      '/p/db.js': "var Persistence = require('./persistence');\nvar Store = require('./store');\nvar open = require('./factory');\nvar Reader = require('./reader');\nfunction list(dir) { return Reader(dir).list(); }\nfunction Datastore(options) { this.persistence = new Persistence(options); }\nDatastore.prototype.save = function (docs, cb) { this.persistence.persist(docs, cb); };\nfunction load(file) { return new Store().load(file); }\nfunction size(file) { return open(file).size(); }\nmodule.exports = { Datastore, load, size, list };",
    };
    const result = project(files).analyzeFile('/p/db.js');
    assert.equal(functionIn(result, 'save').classification, 'io');
    assert.equal(functionIn(result, 'load').classification, 'blocking-io');
    assert.equal(functionIn(result, 'size').classification, 'blocking-io');
    // Called without new, a constructor that makes its own instance returns it.
    assert.equal(functionIn(result, 'list').classification, 'blocking-io');
  });

  it('follows the compiled default export (exports.default) through a helper the file defines, such as __importDefault', () => {
    const files = {
      '/p/utils.js': '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst child_process_1 = require("child_process");\nconst utils = { exec(cmd, callback) { (0, child_process_1.exec)(cmd, {}, callback); } };\nexports.default = utils;',
      '/p/main.js': '"use strict";\nvar __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };\nconst utils_1 = __importDefault(require("./utils"));\nfunction execCmd(cmd, done) { utils_1.default.exec(cmd, done); }\nexports.execCmd = execCmd;',
    };
    const result = project(files).analyzeFile('/p/main.js');
    assert.equal(functionIn(result, 'execCmd').classification, 'io');
  });

  it('follows methods a constructor inherits from one in another file: util.inherits, Object.create, extends', () => {
    const files = {
      '/p/base.js': "var fs = require('fs');\nfunction Base(file) { this.file = file; }\nBase.prototype.read = function () { return fs.readFileSync(this.file, 'utf8'); };\nmodule.exports = Base;",
      '/p/child.js': "var util = require('util');\nvar Base = require('./base');\nfunction Child(file) { Base.call(this, file); }\nutil.inherits(Child, Base);\nChild.prototype.size = function () { return this.read().length; };\nfunction Other(file) { Base.call(this, file); }\nOther.prototype = Object.create(Base.prototype);\nOther.prototype.size = function () { return this.read().length; };\nclass Third extends Base { size() { return this.read().length; } }\nclass Mover extends Base { constructor(fs) { super(); this.fs = fs; } move(a, b, cb) { this.fs.rename(a, b, cb); } }\nfunction Plain(file) { this.file = file; }\nfunction inherits(a, b) { return [a, b]; }\ninherits(Plain, Base);\nfunction Loose(file) { this.file = file; }\nfunction _inheritsLoose(sub, sup) { sub.prototype = Object.create(sup.prototype); sub.prototype.constructor = sub; }\n_inheritsLoose(Loose, Base);\nLoose.prototype.size = function () { return this.read().length; };\nPlain.prototype.size = function () { return this.read().length; };\nmodule.exports = { Child, Other, Third, Plain, Mover };",
    };
    const analysis = project({ ...files, '/p/user.js': "const { Child, Third } = require('./child');\nfunction viaChild(f) { return new Child(f).read(); }\nfunction viaThird(f) { return new Third(f).read(); }\nmodule.exports = { viaChild, viaThird };" });
    const result = analysis.analyzeFile('/p/child.js');
    const user = analysis.analyzeFile('/p/user.js');
    // Another file reaches the inherited method through the subclass.
    assert.equal(functionIn(user, 'viaChild').classification, 'blocking-io');
    assert.equal(functionIn(user, 'viaThird').classification, 'blocking-io');
    const sizes = result.functions.filter((fn) => fn.name === 'size').map((fn) => fn.classification);
    // util.inherits, Object.create(Base.prototype), extends and a compiler's _inheritsLoose reach Base's read; a local
    // function named inherits that sets no prototype does not.
    assert.deepEqual(sizes, ['blocking-io', 'blocking-io', 'blocking-io', 'blocking-io', 'none']);
    // A field the subclass sets from a parameter is its own, not the base class's: an injected fs by its method name.
    assert.equal(functionIn(result, 'move').classification, 'io');
  });

  it('follows re-exports compiled by TypeScript: defineProperty getters and __exportStar', () => {
    const files = {
      '/p/b.js': 'function heavy(xs) { let n = 0; for (const x of xs) for (const y of xs) n += x * y; return n; }\nexports.heavy = heavy;',
      '/p/index.js': '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.heavy = void 0;\nvar b_1 = require("./b");\nObject.defineProperty(exports, "heavy", { enumerable: true, get: function () { return b_1.heavy; } });',
      '/p/star.js': '"use strict";\nvar __exportStar = (this && this.__exportStar) || function (m, exports) { for (var p in m) if (p !== "default") exports[p] = m[p]; };\n__exportStar(require("./b"), exports);',
      '/p/main.js': "const lib = require('./index');\nconst star = require('./star');\nfunction run(xs) { return lib.heavy(xs); }\nfunction runStar(xs) { return star.heavy(xs); }\nmodule.exports = { run, runStar };",
    };
    const result = project(files).analyzeFile('/p/main.js');
    assert.equal(functionIn(result, 'run').classification, 'cpu');
    assert.equal(functionIn(result, 'runStar').classification, 'cpu');
  });

  it('follows re-exports compiled by Babel: export * copied key by key', () => {
    const files = {
      '/p/b.js': 'function heavy(xs) { let n = 0; for (const x of xs) for (const y of xs) n += x * y; return n; }\nexports.heavy = heavy;',
      '/p/index.js': '"use strict";\nvar _b = require("./b");\nObject.keys(_b).forEach(function (key) {\n  if (key === "default" || key === "__esModule") return;\n  Object.defineProperty(exports, key, { enumerable: true, get: function () { return _b[key]; } });\n});',
      '/p/main.js': "const lib = require('./index');\nfunction run(xs) { return lib.heavy(xs); }\nmodule.exports = run;",
    };
    assert.equal(functionIn(project(files).analyzeFile('/p/main.js'), 'run').classification, 'cpu');
  });

  it('finds members defined with Object.defineProperties', () => {
    const files = {
      '/p/main.js': "const http = require('http');\nconst wrapped = {};\nfunction request(url, cb) { return http.request(url, cb); }\nfunction get(url, cb) { const req = wrapped.request(url, cb); req.end(); return req; }\nObject.defineProperties(wrapped, { request: { value: request, enumerable: true }, get: { value: get, enumerable: true } });\nmodule.exports = wrapped;",
    };
    assert.equal(functionIn(project(files).analyzeFile('/p/main.js'), 'get').classification, 'io');
  });

  it('finds the prototype of a constructor exported by a member and held in a variable', () => {
    const files = {
      '/p/monitor.js': "const fs = require('fs');\nconst Monitor = (exports.Monitor = function (script) { this.script = script; });\nMonitor.prototype.start = function () { return fs.statSync(this.script); };",
      '/p/index.js': "exports.Monitor = require('./monitor').Monitor;\nexports.start = function (script) { return new exports.Monitor(script).start(); };",
    };
    assert.equal(functionIn(project(files).analyzeFile('/p/index.js'), 'start').classification, 'blocking-io');
  });

  it('follows ES module named, default and re-exports, and TypeScript extension mapping', () => {
    const files = {
      '/p/a.ts': "import hash, { sum } from './b.js';\nexport function run(xs: number[]) { return sum(xs) + hash(xs); }",
      '/p/b.ts': "export { sum } from './c';\nexport default function hash(xs: number[]) { let h = 0; for (const x of xs) h ^= x; return h; }",
      '/p/c.ts': 'export function sum(xs: number[]) { return xs.reduce((a, b) => a + b, 0); }',
    };
    const result = project(files).analyzeFile('/p/a.ts');
    assert.equal(functionIn(result, 'run').classification, 'cpu');
  });

  it('follows a lookup table whose functions are imported', () => {
    const files = {
      '/p/remote.js': 'exports.fetchRemote = async function fetchRemote(url) { return fetch(url); };',
      '/p/main.js': "const { fetchRemote } = require('./remote');\nfunction local(p) { return p.length; }\nconst loaders = { remote: fetchRemote, local };\nfunction load(kind, p) { return loaders[kind](p); }\nmodule.exports = load;",
    };
    const load = functionIn(project(files).analyzeFile('/p/main.js'), 'load');
    assert.equal(load.classification, 'io');
    assert.match(load.evidence[0].message, /calls fetchRemote \(line 4\) -> starts async I\/O with fetch \(remote\.js:1\)/);
  });

  it("follows TypeScript's 'export =' through 'import x = require' and a namespace import", () => {
    const files = {
      '/p/load.ts': "import fs = require('fs');\nfunction load(p: string) { return fs.readFileSync(p, 'utf8'); }\nexport = load;",
      '/p/api.ts': "class Api { get(u: string) { return fetch(u); } }\nexport = new Api();",
      '/p/main.ts':
        "import load = require('./load');\nimport * as loadAgain from './load';\nimport api = require('./api');\n" +
        'export function config() { return load(\'c.json\'); }\nexport function again() { return loadAgain(\'c.json\'); }\nexport async function user() { return api.get(\'/u\'); }',
    };
    const result = project(files).analyzeFile('/p/main.ts');
    assert.equal(functionIn(result, 'config').classification, 'blocking-io');
    assert.equal(functionIn(result, 'again').classification, 'blocking-io');
    assert.equal(functionIn(result, 'user').classification, 'io');
  });

  it('survives import cycles', () => {
    const files = {
      '/p/a.js': "const b = require('./b');\nfunction ping(n) { return n > 0 ? b.pong(n - 1) : require('fs').readFileSync('x'); }\nmodule.exports = { ping };",
      '/p/b.js': "const a = require('./a');\nfunction pong(n) { return a.ping(n); }\nmodule.exports = { pong };",
    };
    const result = project(files).analyzeFile('/p/b.js');
    assert.equal(functionIn(result, 'pong').classification, 'blocking-io');
  });

  it('leaves unknown imports unknown', () => {
    const result = project({ '/p/a.js': "const x = require('./missing');\nfunction f() { return x.go(); }" }).analyzeFile('/p/a.js');
    assert.equal(functionIn(result, 'f').classification, 'none');
  });
});
