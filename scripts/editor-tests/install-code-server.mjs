#!/usr/bin/env node
// Installs code-server (VS Code 1.100.3 server + web workbench, from the npm registry) into a cache folder for the
// editor tests. Idempotent: does nothing when the cache already holds a complete install.
//
// Why this route and these tricks: ../shared/notes/editor-tests.md (VS Code's own download host is unreachable here).
//  - npm_config_unsafe_perm=true: code-server's postinstall refuses to run as root without it.
//  - npm_config_yes=true: node-pty's install runs `npx node-gyp`, and this machine's npm config says yes=false.
//  - @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds a cached tarball in $TMPDIR; we build that
//    tarball from the system's rg (Debian package `ripgrep`).
//  - the `kerberos` native module needs the gssapi headers (Debian package `libkrb5-dev`).
//
// Usage: node scripts/editor-tests/install-code-server.mjs [--force] [--quiet]
// Environment: CODE_SERVER_CACHE (default <project>/.vscode-test), npm_config_cache is honoured as usual.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** @vscode/ripgrep versions (and the rg release each one fetches) that code-server's VS Code may depend on. */
const RIPGREP_CACHES = [
  { pkg: '1.15.11', rg: 'v13.0.0-10' },
  { pkg: '1.15.10', rg: 'v13.0.0-10' },
  { pkg: '1.15.9', rg: 'v13.0.0-10' },
];
const MARKER = '.install-complete.json';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function cacheRoot() {
  return path.resolve(process.env.CODE_SERVER_CACHE || path.join(projectRoot, '.vscode-test'));
}

export function codeServerDir(version = CODE_SERVER_VERSION) {
  return path.join(cacheRoot(), `code-server-${version}`);
}

/** Paths inside an installed code-server. */
export function codeServerPaths(dir = codeServerDir()) {
  const pkg = path.join(dir, 'node_modules', 'code-server');
  return {
    dir,
    pkg,
    /** The CLI entry; run it with the current Node (code-server 4.100.x requires Node 20). */
    entry: path.join(pkg, 'out', 'node', 'entry.js'),
    vscode: path.join(pkg, 'lib', 'vscode'),
  };
}

export async function isInstalled(dir = codeServerDir()) {
  try {
    const marker = JSON.parse(await readFile(path.join(dir, MARKER), 'utf8'));
    return marker.version === CODE_SERVER_VERSION && existsSync(codeServerPaths(dir).entry);
  } catch {
    return false;
  }
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Everything the native builds need; each missing piece is named with the Debian package that provides it. */
export function missingPrerequisites() {
  const missing = [];
  if (!which('rg')) missing.push('ripgrep (the `rg` binary; Debian package `ripgrep`)');
  const gssapi = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((file) => existsSync(file));
  if (!gssapi && !which('krb5-config')) missing.push('Kerberos/GSSAPI headers (Debian package `libkrb5-dev`)');
  for (const tool of ['make', 'g++', 'python3', 'tar']) {
    if (!which(tool)) missing.push(`${tool} (Debian packages \`build-essential\` / \`python3\` / \`tar\`)`);
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) missing.push(`Node 20 (code-server ${CODE_SERVER_VERSION} requires Node 20; this is ${process.version})`);
  return missing;
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk).slice(-20000);
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail}`)),
    );
  });
}

/** `$TMPDIR/vscode-ripgrep-cache-<pkg>/ripgrep-<rg>-<target>.tar.gz` holding the system rg, so no GitHub download. */
async function seedRipgrepCache(tmpDir) {
  const rg = which('rg');
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new Error(`no ripgrep target known for ${process.arch}`);
  const staging = path.join(tmpDir, 'rg-staging');
  await mkdir(staging, { recursive: true });
  await copyFile(rg, path.join(staging, 'rg'));
  for (const { pkg, rg: release } of RIPGREP_CACHES) {
    const folder = path.join(tmpDir, `vscode-ripgrep-cache-${pkg}`);
    await mkdir(folder, { recursive: true });
    const tarball = path.join(folder, `ripgrep-${release}-${target}.tar.gz`);
    await run('tar', ['-czf', tarball, '-C', staging, 'rg'], { stdio: ['ignore', 'pipe', 'pipe'], quiet: true });
  }
}

/** A lock beside the install folder so two runs never install at once. */
async function withLock(lockFile, fn) {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockFile, 'utf8').catch(() => '0'));
      let alive = false;
      try {
        if (owner) process.kill(owner, 0), (alive = true);
      } catch {}
      if (!alive) {
        await unlink(lockFile).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockFile} (held by pid ${owner})`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lockFile).catch(() => {});
  }
}

/**
 * Installs code-server unless the cache already has it. Returns its paths.
 * @param {{ force?: boolean, quiet?: boolean, log?: (line: string) => void }} [options]
 */
export async function ensureCodeServer({ force = false, quiet = false, log = (line) => console.error(line) } = {}) {
  const dir = codeServerDir();
  if (!force && (await isInstalled(dir))) return codeServerPaths(dir);

  const missing = missingPrerequisites();
  if (missing.length) {
    throw new Error(
      `cannot install code-server ${CODE_SERVER_VERSION}; missing:\n  - ${missing.join('\n  - ')}\n` +
        'On Debian/Ubuntu: apt-get update && apt-get install -y chromium ripgrep libkrb5-dev build-essential python3',
    );
  }

  return withLock(`${dir}.lock`, async () => {
    if (!force && (await isInstalled(dir))) return codeServerPaths(dir);
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (one time, about a minute)...`);
    const staging = `${dir}.partial`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await writeFile(
      path.join(staging, 'package.json'),
      JSON.stringify({ name: 'code-server-cache', private: true, description: 'editor-test host, installed by scripts/editor-tests/install-code-server.mjs' }, null, 2) + '\n',
    );
    const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'code-server-install-'));
    try {
      await seedRipgrepCache(tmpDir);
      const env = {
        ...process.env,
        TMPDIR: tmpDir,
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        npm_config_progress: 'false',
      };
      // Not the project's lockfile: a folder of its own, so `npm ci` in the project never pays for ~300 MB.
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      await run(npm, ['install', '--no-save', '--omit=dev', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: staging,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        quiet,
      });
      const paths = codeServerPaths(staging);
      const rg = path.join(paths.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
      for (const required of [paths.entry, rg]) {
        if (!existsSync(required)) throw new Error(`code-server install incomplete: ${required} is missing`);
      }
      await writeFile(
        path.join(staging, MARKER),
        JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, installedAt: new Date().toISOString() }, null, 2) + '\n',
      );
      await rm(dir, { recursive: true, force: true });
      await rename(staging, dir);
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw error;
    } finally {
      await rm(tmpDir, { recursive: true, force: true }).catch(() => {});
    }
    log(`installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return codeServerPaths(dir);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  try {
    const paths = await ensureCodeServer({ force: args.has('--force'), quiet: args.has('--quiet') });
    console.log(paths.entry);
  } catch (error) {
    console.error(`install-code-server: ${error.message}`);
    process.exitCode = 1;
  }
}
