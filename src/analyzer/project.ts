/** The analyzer's entry point for many files; the implementation lives in analysis.ts. */
export { Project, describeChain, summarizeText, type AnalyzeOptions, type RuleSetting, type SourceHost } from './analysis';
