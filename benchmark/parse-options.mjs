// The typescript-estree options the analyzer parses with (src/analyzer/parse.ts, as the analyzer calls it):
// the default of the floor and of the edit-latency run's "parse of that file alone".
export const ANALYZER_PARSE_OPTIONS = Object.freeze({ loc: true, range: true, jsDocParsingMode: 'none', allowInvalidAST: true });
