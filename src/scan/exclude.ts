import * as path from 'node:path';
import { Minimatch } from 'minimatch';

/** Tells which glob, if any, keeps a walked file out of a scan. */
export type ExcludeMatcher = (filePath: string) => string | undefined;

/**
 * Globs as `--exclude` takes them: matched with `/` against the path relative to `baseDir` (the working folder)
 * and against the absolute path; a glob without a slash matches a file name at any depth (`*.test.js`).
 */
export function excludeMatcher(globs: readonly string[], baseDir: string): ExcludeMatcher {
  if (globs.length === 0) return () => undefined;
  const compiled = globs.map((glob) => ({ glob, matcher: compileGlob(glob, { matchBase: true }) }));
  return (filePath) => {
    const absolute = path.resolve(baseDir, filePath);
    const candidates = [toSlashes(path.relative(baseDir, absolute)), toSlashes(absolute)];
    return compiled.find(({ matcher }) => candidates.some((candidate) => matcher.match(candidate)))?.glob;
  };
}

/** A path glob as the project matches them: `/` separators, dot files included, case-insensitive on Windows. */
export function compileGlob(glob: string, options: { matchBase?: boolean } = {}): Minimatch {
  return new Minimatch(toSlashes(glob), { dot: true, matchBase: options.matchBase ?? false, nocase: process.platform === 'win32' });
}

export function toSlashes(filePath: string): string {
  return filePath.split(path.sep).join('/');
}
