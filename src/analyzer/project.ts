/** The analyzer's entry point for many files; the implementation lives in analysis.ts. */
export { Project, contentHash, describeChain, summarizeText, type AnalyzeOptions, type Loaded, type RuleSetting, type SourceHost } from './analysis';
