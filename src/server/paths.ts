import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isSourceFile } from '../analyzer/source-files';
import { compileGlob, toSlashes } from '../scan/exclude';
import type { Minimatch } from 'minimatch';

/** File extension that makes the parser read a document of this language id in the right dialect. */
const LANGUAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}

/** File system path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function fileUriToPath(uri: string): string | undefined {
  if (!isFileUri(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/**
 * The path under which the analyzer sees a document, or undefined when the document is not JavaScript or
 * TypeScript. Files keep their path (a source extension the parser does not know is completed from the language
 * id); documents of other schemes (`untitled:`) get a stable pseudo path that no disk file can have.
 */
export function documentPath(uri: string, languageId: string): string | undefined {
  const languageExtension = LANGUAGE_EXTENSIONS[languageId];
  const filePath = fileUriToPath(uri);
  if (filePath !== undefined) {
    if (isSourceFile(filePath)) return filePath;
    return languageExtension ? filePath + languageExtension : undefined;
  }
  if (!languageExtension) return undefined;
  const colon = uri.indexOf(':');
  const scheme = colon > 0 ? uri.slice(0, colon) : 'document';
  const rest = uri.slice(colon + 1).replace(/^\/+/, '');
  return `${nodePath.sep}${scheme}:${nodePath.sep}${encodeURIComponent(rest)}${languageExtension}`;
}

/**
 * The first of `globs` that excludes `filePath`, or undefined. Globs are matched against the path relative to
 * the innermost workspace folder that contains the file, and against the absolute path, both with `/`.
 */
export function excludingGlob(filePath: string, globs: readonly string[], folders: readonly string[]): string | undefined {
  if (globs.length === 0) return undefined;
  const absolute = toSlashes(filePath);
  const folder = containingFolder(filePath, folders);
  const candidates = folder === undefined ? [absolute] : [toSlashes(nodePath.relative(folder, filePath)), absolute];
  return globs.find((glob) => candidates.some((candidate) => matches(candidate, glob)));
}

/** The innermost of `folders` that contains `filePath`. */
export function containingFolder(filePath: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const relative = nodePath.relative(folder, filePath);
    const inside = relative !== '' && !relative.startsWith('..') && !nodePath.isAbsolute(relative);
    if (inside && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}

/** Globs compiled once: settings hold a handful, and each is checked against every file of a workspace. */
const compiledGlobs = new Map<string, Minimatch | null>();
const MAX_COMPILED_GLOBS = 256;

function matches(candidate: string, glob: string): boolean {
  let matcher = compiledGlobs.get(glob);
  if (matcher === undefined) {
    try {
      matcher = compileGlob(glob);
    } catch {
      matcher = null; // a malformed glob excludes nothing
    }
    if (compiledGlobs.size >= MAX_COMPILED_GLOBS) compiledGlobs.clear();
    compiledGlobs.set(glob, matcher);
  }
  try {
    return matcher !== null && matcher.match(candidate);
  } catch {
    return false;
  }
}
