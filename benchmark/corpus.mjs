// The benchmark corpus: fixed package versions from the npm registry, downloaded once into
// .cache/bench-corpus/<name>@<version>/ (only the selected files are extracted), verified by the
// registry's sha512 integrity and by the expected file and line counts.
//
// Plain Node ESM, no dependencies: fetch + node:zlib + a minimal ustar reader below.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';

const REGISTRY = 'https://registry.npmjs.org';

/**
 * `select` decides which tarball paths (without the `package/` prefix) belong to the corpus.
 * `files` and `lines` are the expected counts; a mismatch means the cache or the download is wrong.
 */
export const PACKAGES = [
  {
    name: 'webpack',
    version: '5.97.1',
    root: 'lib',
    pattern: 'lib/**/*.js',
    integrity: 'sha512-EksG6gFY3L1eFMROS/7Wzgrii5mBAFe4rIr3r2BTfo7bcc+DWwFZ4OJ/miOuHJO/A85HwyI4eQ0F6IKXesO7Fg==',
    select: (p) => p.startsWith('lib/') && p.endsWith('.js'),
    files: 555,
    lines: 134436,
  },
  {
    name: 'eslint',
    version: '9.17.0',
    root: 'lib',
    pattern: 'lib/**/*.js',
    integrity: 'sha512-evtlNcpJg+cZLcnVKwsai8fExnqjGPicK7gnUtlNuzu+Fv9bI0aLpND5T44VLQtoMEnI57LoXO9XAkIXwohKrA==',
    select: (p) => p.startsWith('lib/') && p.endsWith('.js'),
    files: 384,
    lines: 85748,
  },
  {
    name: 'rxjs',
    version: '7.8.1',
    root: 'src',
    pattern: 'src/**/*.ts (not .d.ts)',
    integrity: 'sha512-AA3TVj+0A2iuIoQkWEK/tqFjBq2j+6PO6Y0zJcvzLAFhEFIO3HL0vls9hWLncZbAAbK0mar7oZ4V079I/qPMxg==',
    select: (p) => p.startsWith('src/') && p.endsWith('.ts') && !p.endsWith('.d.ts'),
    files: 251,
    lines: 21439,
  },
];

const MARKER = '.corpus.json';

/** Lines as an editor counts them: a final newline does not start another line. */
export function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/**
 * Makes sure every package is in the cache and returns the corpus:
 * { dir, packages: [{ name, version, dir, folder, files, lines, bytes }], files: [absolute paths, sorted], lines, bytes }.
 */
export async function ensureCorpus(cacheDir, { log = () => {} } = {}) {
  await mkdir(cacheDir, { recursive: true });
  const packages = [];
  for (const pkg of PACKAGES) {
    const id = `${pkg.name}@${pkg.version}`;
    const dir = path.join(cacheDir, id);
    let manifest = await readManifest(dir);
    if (!manifest || manifest.integrity !== pkg.integrity) {
      log(`downloading ${id} from ${REGISTRY} ...`);
      // concurrency-advisor-disable-next-line await-in-loop-independent -- three downloads, once per machine
      manifest = await download(pkg, dir);
    }
    // Re-read what is on disk: the counts must hold for the files the tools will actually read.
    // concurrency-advisor-disable-next-line await-in-loop-independent -- small, once per run
    const files = await listFiles(path.join(dir, pkg.root));
    let lines = 0;
    let bytes = 0;
    for (const file of files) {
      // concurrency-advisor-disable-next-line await-in-loop-independent -- counting, once per run
      const text = await readFile(file, 'utf8');
      lines += countLines(text);
      bytes += Buffer.byteLength(text);
    }
    if (files.length !== manifest.files || lines !== manifest.lines) {
      throw new Error(`${id}: the cache holds ${files.length} files / ${lines} lines, the download had ${manifest.files} / ${manifest.lines}; delete ${dir} and run again`);
    }
    if ((pkg.files !== null && files.length !== pkg.files) || (pkg.lines !== null && lines !== pkg.lines)) {
      throw new Error(`${id}: expected ${pkg.files} files / ${pkg.lines} lines, found ${files.length} / ${lines}`);
    }
    packages.push({ name: pkg.name, version: pkg.version, pattern: pkg.pattern, dir, folder: path.join(dir, pkg.root), files, lines, bytes });
  }
  const files = packages.flatMap((p) => p.files);
  return {
    dir: cacheDir,
    packages,
    files,
    lines: packages.reduce((sum, p) => sum + p.lines, 0),
    bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
  };
}

async function readManifest(dir) {
  try {
    return JSON.parse(await readFile(path.join(dir, MARKER), 'utf8'));
  } catch {
    return null;
  }
}

async function download(pkg, dir) {
  const url = `${REGISTRY}/${pkg.name}/-/${pkg.name}-${pkg.version}.tgz`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const tgz = Buffer.from(await response.arrayBuffer());
  const [algorithm, expected] = pkg.integrity.split('-');
  const actual = createHash(algorithm).update(tgz).digest('base64');
  if (actual !== expected) throw new Error(`${url}: integrity mismatch (expected ${pkg.integrity}, got ${algorithm}-${actual})`);

  // Extract into a fresh temporary folder, then swap it in, so an interrupted run leaves no half corpus.
  const staging = `${dir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  let files = 0;
  let lines = 0;
  for (const entry of readTar(gunzipSync(tgz))) {
    if (entry.type !== 'file') continue;
    const relative = entry.path.replace(/^[^/]+\//, ''); // npm tarballs put everything under package/
    if (!pkg.select(relative) || relative.split('/').includes('..')) continue;
    const target = path.join(staging, relative);
    // concurrency-advisor-disable-next-line await-in-loop-independent -- extraction, once per machine
    await mkdir(path.dirname(target), { recursive: true });
    // concurrency-advisor-disable-next-line await-in-loop-independent -- extraction, once per machine
    await writeFile(target, entry.data);
    files++;
    lines += countLines(entry.data.toString('utf8'));
  }
  const manifest = { name: pkg.name, version: pkg.version, url, integrity: pkg.integrity, pattern: pkg.pattern, files, lines };
  await writeFile(path.join(staging, MARKER), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return manifest;
}

/** Every file under `folder`, absolute, sorted by code unit (stable across machines). */
async function listFiles(folder) {
  const result = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop();
    // concurrency-advisor-disable-next-line await-in-loop-independent -- a small tree, once per run
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) result.push(full);
    }
  }
  return result.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Minimal tar reader (POSIX ustar, with pax `path` records and GNU long names): yields
 * { path, type: 'file' | 'directory' | 'other', data }. Enough for npm package tarballs.
 */
export function* readTar(buffer) {
  let offset = 0;
  let longName = null;
  let paxPath = null;
  while (offset + 512 <= buffer.length) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break; // end of archive
    verifyChecksum(header, offset);
    const size = readSize(header.subarray(124, 136));
    const typeflag = String.fromCharCode(header[156] || 0x30);
    const dataStart = offset + 512;
    const data = buffer.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;

    if (typeflag === 'x') { paxPath = readPax(data).path ?? null; continue; }
    if (typeflag === 'g') continue; // global pax header: nothing we need
    if (typeflag === 'L') { longName = readString(data, 0, data.length); continue; }

    let name = readString(header, 0, 100);
    if (readString(header, 257, 6) === 'ustar') {
      const prefix = readString(header, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    if (longName !== null) name = longName;
    if (paxPath !== null) name = paxPath;
    longName = null;
    paxPath = null;

    const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : 'other';
    yield { path: name.replace(/^\.\//, ''), type, data };
  }
}

function readString(buffer, start, length) {
  const field = buffer.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function readSize(field) {
  if (field[0] & 0x80) {
    // base-256 (GNU) for sizes beyond the octal field
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = readString(field, 0, field.length).trim();
  return text ? parseInt(text, 8) : 0;
}

function verifyChecksum(header, offset) {
  const stored = parseInt(readString(header, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  if (sum !== stored) throw new Error(`tar: bad header checksum at byte ${offset}`);
}

/** pax records: "<length> <key>=<value>\n" */
function readPax(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!(length > 0)) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

/** True when `dir` already holds a verified copy of every package (no network needed). */
export function corpusCached(cacheDir) {
  return PACKAGES.every((pkg) => existsSync(path.join(cacheDir, `${pkg.name}@${pkg.version}`, MARKER)));
}
