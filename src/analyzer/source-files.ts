/** Which files the analyzer reads: kept apart from the parser so that checking a name does not load TypeScript. */
export const SOURCE_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'] as const;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

export function isSourceFile(fileName: string): boolean {
  if (/\.d\.[cm]?ts$/i.test(fileName)) return false;
  return (SOURCE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/** Interpreters named on a `#!` line that run the file as JavaScript or TypeScript, with the extension it stands for. */
const SCRIPT_INTERPRETERS: Readonly<Record<string, string>> = { node: '.js', nodejs: '.js', 'ts-node': '.ts', tsx: '.ts' };

/** A file name without an extension (`bin/cli`), as executable scripts have; dot files such as `.npmrc` have one. */
export function hasNoExtension(filePath: string): boolean {
  const base = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  return base.length > 0 && !base.includes('.');
}

/**
 * The extension a script's `#!` line stands for: `#!/usr/bin/env node`, `#!/usr/bin/env -S node --flag` and
 * `#!/usr/local/bin/node` give `.js`; undefined without such a line.
 */
export function scriptExtension(text: string): string | undefined {
  if (!text.startsWith('#!')) return undefined;
  const lineEnd = text.indexOf('\n');
  const words = text.slice(2, lineEnd < 0 ? undefined : lineEnd).trim().split(/\s+/);
  const programOf = (word: string) => word.slice(word.lastIndexOf('/') + 1);
  let program = programOf(words[0] ?? '');
  // `env` runs the first word that is neither an option nor a variable assignment.
  if (program === 'env') program = programOf(words.slice(1).find((word) => !word.startsWith('-') && !word.includes('=')) ?? '');
  return Object.hasOwn(SCRIPT_INTERPRETERS, program) ? SCRIPT_INTERPRETERS[program] : undefined;
}

/** The name the parser is given for a file: a script without an extension gets the one its `#!` line stands for. */
export function parserFileName(filePath: string, text: string): string {
  return hasNoExtension(filePath) ? filePath + (scriptExtension(text) ?? '.js') : filePath;
}
