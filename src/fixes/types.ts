import type { SourceHost } from '../analyzer/project';
import type { FileSummary } from '../analyzer/summary';
import type { Diagnostic } from '../analyzer/types';

/** Replace text[start, end) with newText; offsets are UTF-16 code units into the file's current text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FileEdit {
  path: string;
  edits: TextEdit[];
}

export interface FileCreation {
  path: string;
  text: string;
}

export interface Fix {
  title: string;
  rule: string;
  isPreferred: boolean;
  /** Safe to apply without review, as part of `source.fixAll.concurrencyAdvisor`. */
  safe: boolean;
  edits: FileEdit[];
  creates: FileCreation[];
  /** What the user must know after applying it, e.g. the callers that now receive a promise. */
  notes: string[];
}

/** A fix that exists for the rule but cannot be applied safely here, with the reason (shown in the hover). */
export interface FixRefusal {
  rule: string;
  title: string;
  reason: string;
}

export interface FixRequest {
  path: string;
  text: string;
  diagnostic: Diagnostic;
  /** Reads other files (the helper a diagnostic points into, package.json to find piscina). */
  host: SourceHost;
  /**
   * Optional: summaries the caller already has (e.g. its analyzer Project), for the same texts the host returns.
   * Files the requested one imports are then not read and summarized again; the requested file always is.
   */
  summaries?: { summaryOf(path: string): FileSummary | undefined };
}

export interface FixResult {
  fixes: Fix[];
  refusals: FixRefusal[];
}
