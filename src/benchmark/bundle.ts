/**
 * Bundles the user's module with esbuild into a temp folder, so that the same CommonJS file loads in the host's
 * main thread, in worker threads and in child processes: TypeScript compiled, the user's own imports inlined,
 * npm packages left to load from the user's node_modules (by absolute path), an inline source map for stacks.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as Esbuild from 'esbuild';
import { TARGET_SYMBOL_KEY } from './task-runtime';
import { errorMessage } from '../analyzer/errors';

export interface UserBundle {
  dir: string;
  bundlePath: string;
  remove(): Promise<void>;
}

const LOADERS: Record<string, Esbuild.Loader> = {
  '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx',
  '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx',
};

/**
 * esbuild from the package's own dependencies, else from the project of the file being benchmarked (the editor
 * extension ships no node_modules; many projects have esbuild through vite, tsx or their own build). Loaded at run
 * time through `createRequire`, so that no bundler inlines it (its JavaScript API must stay next to its binary).
 */
function loadEsbuild(userFile: string): typeof Esbuild {
  const attempts: string[] = [];
  for (const from of [__filename, userFile]) {
    try {
      return createRequire(from)('esbuild') as typeof Esbuild;
    } catch (error) {
      attempts.push((error as Error).message.split('\n')[0]);
    }
  }
  throw new Error(`benchmarking a function needs the esbuild package (npm install --save-dev esbuild in your project), which could not be loaded: ${attempts.join('; ')}`);
}

export async function bundleUserModule(file: string, functionName: string): Promise<UserBundle> {
  const esbuild = loadEsbuild(file);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'concurrency-advisor-bench-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const bundlePath = path.join(dir, 'target.cjs');
  try {
    await esbuild.build({
      entryPoints: [file],
      outfile: bundlePath,
      absWorkingDir: path.dirname(file),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [npmPackagesFromUserProject(), markTarget(file, functionName), keepModulePaths()],
    });
  } catch (error) {
    await remove();
    throw new Error(`cannot bundle ${file}: ${esbuildMessage(error)}`);
  }
  return { dir, bundlePath, remove };
}

/**
 * npm packages stay external, required by absolute path from the user's project (native addons and package
 * state work as in the user's app). Packages that `require` cannot resolve (ESM-only) are bundled instead.
 */
function npmPackagesFromUserProject(): Esbuild.Plugin {
  return {
    name: 'npm-packages-from-user-project',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === 'entry-point' || path.isAbsolute(args.path)) return undefined;
        try {
          const resolved = createRequire(path.join(args.resolveDir, 'noop.js')).resolve(args.path);
          return { path: path.isAbsolute(resolved) ? resolved : args.path, external: true };
        } catch {
          return undefined;
        }
      });
    },
  };
}

/**
 * Appends to the entry module a line that hands the benchmarked function to the runtime, so a top-level
 * function works whether or not it is exported. Only when the file declares that name, so that no global
 * of the same name is picked up instead.
 */
function markTarget(file: string, functionName: string): Esbuild.Plugin {
  return {
    name: 'mark-benchmark-target',
    setup(build) {
      build.onLoad({ filter: /.*/ }, async (args) => {
        if (path.resolve(args.path) !== path.resolve(file)) return undefined;
        const source = withModulePaths(await readFile(args.path, 'utf8'), args.path);
        const declared = /^[A-Za-z_$][\w$]*$/.test(functionName)
          && new RegExp(`(?:function\\s*\\*?\\s*|class\\s+|(?:const|let|var)\\s+)${functionName.replace(/\$/g, '\\$')}\\b`).test(source);
        const mark = declared
          ? `\n;globalThis[Symbol.for(${JSON.stringify(TARGET_SYMBOL_KEY)})] = typeof ${functionName} === "function" ? ${functionName} : undefined;\n`
          : '';
        return { contents: source + mark, loader: loaderFor(args.path), resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** `__dirname` and `__filename` of the user's CommonJS files keep pointing at their own folder, not the temp one. */
function keepModulePaths(): Esbuild.Plugin {
  return {
    name: 'keep-module-paths',
    setup(build) {
      build.onLoad({ filter: /\.(c?js|jsx|c?ts|tsx|mts|mjs)$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(source)) return undefined;
        return { contents: withModulePaths(source, args.path), loader: loaderFor(args.path), resolveDir: path.dirname(args.path) };
      });
    },
  };
}

function withModulePaths(source: string, file: string): string {
  if (!/\b__(dirname|filename)\b/.test(source)) return source;
  // On the first line, after a shebang if any, so that line numbers (and source-mapped stacks) stay right.
  const declaration = `var __filename = ${JSON.stringify(file)}, __dirname = ${JSON.stringify(path.dirname(file))};`;
  return source.startsWith('#!') ? source.replace(/^(#![^\n]*\n)/, `$1${declaration}`) : declaration + source;
}

function loaderFor(file: string): Esbuild.Loader {
  return LOADERS[path.extname(file).toLowerCase()] ?? 'js';
}

function esbuildMessage(error: unknown): string {
  const failure = error as Partial<Esbuild.BuildFailure>;
  if (Array.isArray(failure.errors) && failure.errors.length > 0) {
    return failure.errors
      .map((message) => {
        const where = message.location ? `${message.location.file}:${message.location.line}:${message.location.column + 1}: ` : '';
        return `${where}${message.text}`;
      })
      .join('; ');
  }
  return errorMessage(error);
}
