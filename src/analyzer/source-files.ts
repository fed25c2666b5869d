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
