// Shared by test/editor/run.mjs (code-server + Chromium) and test/editor/run-electron.mjs (desktop VS Code):
// build the project if needed, bundle the test suite, lay out a throw-away workspace.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const suiteDir = path.join(projectRoot, 'test', 'editor', 'suite');
export const fixturesDir = path.join(projectRoot, 'test', 'editor', 'fixtures');
/** Inside the extension folder on purpose: a module under extensionDevelopmentPath gets that extension's `vscode` API. */
export const bundleDir = path.join(projectRoot, 'out', 'editor-tests');
export const outputDir = path.join(projectRoot, 'test-output', 'editor');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The extension entry the manifest names (`main`), and what is missing for an editor test run. */
export async function extensionStatus() {
  const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  const main = manifest.main ? path.resolve(projectRoot, manifest.main) : undefined;
  const problems = [];
  if (!existsSync(path.join(projectRoot, 'dist', 'extension.js'))) problems.push('dist/extension.js does not exist (src/extension not built or not written yet)');
  if (!existsSync(path.join(projectRoot, 'dist', 'server.js'))) problems.push('dist/server.js does not exist (src/server not built or not written yet)');
  if (!existsSync(path.join(projectRoot, 'dist', 'server-worker.js'))) problems.push('dist/server-worker.js (the language server\'s analysis worker) does not exist: run npm run build');
  if (!main || path.relative(projectRoot, main) !== path.join('dist', 'extension.js')) {
    problems.push(`package.json "main" is ${JSON.stringify(manifest.main)}; VS Code loads the extension from "main", so it must be "./dist/extension.js"`);
  }
  if (!manifest.contributes?.commands?.length) problems.push('package.json has no contributes.commands');
  if (!manifest.activationEvents?.length && !manifest.contributes) problems.push('package.json has no activationEvents');
  return { manifest, main, problems };
}

/**
 * Waits (up to `timeoutMs`) until dist/extension.js, dist/server.js and dist/server-worker.js exist and have not
 * changed for a second: a build running in another terminal (scripts/build.mjs empties dist/ first) must finish
 * before a session starts.
 */
export async function waitForStableBundles({ timeoutMs = 60_000, log = console.error } = {}) {
  const files = ['extension.js', 'server.js', 'server-worker.js'].map((name) => path.join(projectRoot, 'dist', name));
  const stamp = () => files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : -1)).join(',');
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    const first = stamp();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const second = stamp();
    if (first === second && !second.includes('-1')) return true;
    if (Date.now() > deadline) return false;
    if (!said) log('waiting for dist/extension.js and dist/server.js (a build seems to be running)...');
    said = true;
  }
}

/**
 * A copy of what the .vsix ships (package.json, dist/, media/, docs/, README, CHANGELOG, LICENSE) plus a link to
 * node_modules, for `--snapshot`: a rebuild in another terminal cannot pull files from under a running session.
 */
export async function snapshotExtension(target) {
  await mkdir(target, { recursive: true });
  for (const name of ['package.json', 'dist', 'media', 'docs', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    const source = path.join(projectRoot, name);
    if (existsSync(source)) await cp(source, path.join(target, name), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}

/** Runs `npm run build` when a bundle is missing or older than a source file. */
export async function buildProjectIfStale({ force = false, log = console.error } = {}) {
  const bundles = ['extension.js', 'server.js', 'server-worker.js'].map((name) => path.join(projectRoot, 'dist', name));
  const oldestBundle = Math.min(...bundles.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const newestSource = Math.max(newestMtime(path.join(projectRoot, 'src')), statSync(path.join(projectRoot, 'scripts', 'build.mjs')).mtimeMs);
  if (!force && oldestBundle > newestSource) return false;
  log('building the project (npm run build)...');
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code})`))));
  });
  return true;
}

/**
 * Bundles test/editor/suite (index.ts + every *.test.ts, mocha included, `vscode` external) into
 * out/editor-tests/suite.js, which exports `run()`.
 */
export async function bundleSuite() {
  const esbuild = await import('esbuild');
  const files = readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  const entry = [
    `import { runFiles } from './index';`,
    `export function run() {`,
    `  return runFiles([`,
    ...files.map((name) => `    { name: ${JSON.stringify(name)}, load: () => require(${JSON.stringify('./' + name.replace(/\.ts$/, ''))}) },`),
    `  ]);`,
    `}`,
  ].join('\n');
  await mkdir(bundleDir, { recursive: true });
  const outfile = path.join(bundleDir, 'suite.js');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: suiteDir, sourcefile: 'editor-tests-entry.ts', loader: 'ts' },
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    // mocha's optional `require(reporterName)` / ESM loader paths are never taken here.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
  });
  return { outfile, files };
}

/** A fresh workspace: examples/ -> <dir>/examples, test/editor/fixtures -> <dir>/fixtures. */
export async function prepareWorkspace(dir, { settings = {} } = {}) {
  await mkdir(dir, { recursive: true });
  await cp(path.join(projectRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
  if (existsSync(fixturesDir)) await cp(fixturesDir, path.join(dir, 'fixtures'), { recursive: true });
  await mkdir(path.join(dir, '.vscode'), { recursive: true });
  await writeFile(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  return dir;
}

/** User settings for a quiet, deterministic workbench. */
export const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.hover.sticky': true,
  'editor.stickyScroll.enabled': false,
  'editor.hover.above': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};
