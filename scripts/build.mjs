// Bundles the CLI and the library with esbuild and emits the API's type declarations.
// Dependencies stay external: they are installed next to the package at runtime.
import { spawn } from 'node:child_process';
import { chmod, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
};

/** tsc for declarations only; type errors are reported by `npm run typecheck`, but still fail the build. */
function emitDeclarations() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.api.json'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.api.json exited with ${code}`))));
  });
}

/**
 * Every bundle the project ships. The CLI and library keep npm dependencies external (installed beside them);
 * the editor bundles (`bundleDependencies`) carry everything but `vscode`, because a .vsix ships only dist/.
 */
const bundles = [
  // Self-contained, so that the .vsix (which ships no node_modules) can run the benchmark and scan commands too.
  { entry: 'src/cli/main.ts', outfile: 'dist/cli.js', executable: true, bundleDependencies: true },
  { entry: 'src/api.ts', outfile: 'dist/api.js' },
  // Parallel scans from the CLI; not shipped in the .vsix (the language server then parses on one thread).
  { entry: 'src/scan/summarize-worker.ts', outfile: 'dist/scan-worker.js' },
  // The benchmark's worker-thread and child-process entry scripts, found next to cli.js/api.js at runtime.
  { entry: 'src/benchmark/worker-entry.ts', outfile: 'dist/bench-worker.js' },
  { entry: 'src/benchmark/child-entry.ts', outfile: 'dist/bench-child.js' },
  { entry: 'src/server/main.ts', outfile: 'dist/server.js', bundleDependencies: true, executable: true },
  // The language server's analysis thread (analyzer and quick fixes), started by dist/server.js; shipped in the .vsix.
  { entry: 'src/server/analysis-worker.ts', outfile: 'dist/server-worker.js', bundleDependencies: true },
  { entry: 'src/extension/extension.ts', outfile: 'dist/extension.js', bundleDependencies: true },
];

function buildBundle({ entry, outfile, executable, bundleDependencies }) {
  const options = { ...common, entryPoints: [entry], outfile };
  if (executable) options.banner = { js: '#!/usr/bin/env node' };
  if (bundleDependencies) Object.assign(options, { packages: undefined, external: ['vscode'], minify: true });
  const built = esbuild.build(options);
  return executable ? built.then(() => chmod(path.join(root, outfile), 0o755)) : built;
}

const started = Date.now();
await rm(dist, { recursive: true, force: true });
await Promise.all([...bundles.map(buildBundle), emitDeclarations()]);
console.log(`built ${bundles.map((b) => b.outfile).join(', ')} and dist/types in ${Date.now() - started} ms`);
