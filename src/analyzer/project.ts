/** The analyzer's entry point for many files; the implementation lives in analysis.ts. */
export { Project, contentHash, summarizeText, type AnalyzeOptions, type Loaded, type RuleSetting, type SourceHost } from './analysis';
export { describeChain } from './chains';
