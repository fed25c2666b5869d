/**
 * Quick fixes for the analyzer's diagnostics. Pure: it reads other files only through the request's host and
 * returns edits and files to create; the caller applies them. Every fix offered was applied to a copy of the text,
 * parsed and analyzed again before it is returned: the output parses and the diagnostic is gone from its place.
 */
import { Project } from '../analyzer/project';
import { parseSource } from '../analyzer/parse';
import { asyncForeachFixes } from './async-foreach';
import { awaitInLoopFixes } from './await-in-loop';
import { blockingIoFixes } from './blocking-io';
import { createContext, overlayHost, type FixContext } from './context';
import type { Candidate, Draft } from './draft';
import { sequentialAwaitsFixes } from './sequential-awaits';
import { sleepFix, sleepNodeAt } from './sleep';
import { suppressFixes } from './suppress';
import { applyEdits, lineStarts, mapOffset, offsetAt } from './text';
import type { Fix, FixRefusal, FixRequest, FixResult } from './types';
import { workerFixes } from './worker';
import { errorMessage } from '../analyzer/errors';

export type { FileCreation, FileEdit, Fix, FixRefusal, FixRequest, FixResult, TextEdit } from './types';
export { applyEdits } from './text';

export { FIXABLE_RULES } from './fixable-rules';

export function fixesFor(request: FixRequest): FixResult {
  const rule = request.diagnostic.rule;
  try {
    return computeFixes(request);
  } catch (error) {
    return { fixes: [], refusals: [{ rule, title: 'Quick fix', reason: `the fixes could not be computed: ${errorMessage(error)}` }] };
  }
}

function computeFixes(request: FixRequest): FixResult {
  const rule = request.diagnostic.rule;
  const context = createContext(request);
  if ('error' in context) return { fixes: [], refusals: [{ rule, title: 'Quick fix', reason: context.error }] };
  const candidates: Candidate[] = [];
  try {
    candidates.push(...ruleFixes(context));
  } catch (error) {
    candidates.push({ refused: true, title: 'Quick fix', reason: `the fix failed: ${errorMessage(error)}` });
  }
  candidates.push(...suppressFixes(context));
  const verifier = new Verifier(context);
  const fixes: Fix[] = [];
  const refusals: FixRefusal[] = [];
  let preferred = false;
  for (const candidate of candidates) {
    if (candidate.refused) {
      refusals.push({ rule, title: candidate.title, reason: candidate.reason });
      continue;
    }
    let problem: string | null;
    try {
      problem = verifier.check(candidate);
    } catch (error) {
      problem = `the result could not be checked: ${errorMessage(error)}`;
    }
    if (problem) {
      refusals.push({ rule, title: candidate.title, reason: problem });
      continue;
    }
    const isPreferred = candidate.isPreferred && !preferred;
    if (isPreferred) preferred = true;
    fixes.push({
      title: candidate.title,
      rule,
      isPreferred,
      safe: candidate.safe,
      edits: [{ path: request.path, edits: candidate.edits }, ...(candidate.otherEdits ?? [])].filter((e) => e.edits.length > 0),
      creates: candidate.creates,
      notes: candidate.notes,
    });
  }
  return { fixes, refusals };
}

function ruleFixes(ctx: FixContext): Candidate[] {
  switch (ctx.diagnostic.rule) {
    case 'blocking-io-in-async':
      return blockingIoFixes(ctx);
    case 'await-in-loop-independent':
      return awaitInLoopFixes(ctx);
    case 'sequential-awaits':
      return sequentialAwaitsFixes(ctx);
    case 'async-foreach':
      return asyncForeachFixes(ctx);
    case 'cpu-heavy-on-event-loop':
    case 'cpu-in-promise-all':
      return workerFixes(ctx);
    case 'sync-sleep': {
      const node = sleepNodeAt(ctx);
      return node ? [sleepFix(ctx, node)] : [{ refused: true, title: 'Wait with await setTimeout() from timers/promises', reason: 'the diagnostic does not match the current text: analyze the file again' }];
    }
    default:
      return [];
  }
}

/**
 * Applies drafts to copies of the files and checks that they parse and that re-analysis no longer reports the
 * rule where the diagnostic was. One Project serves every draft of a request, so the files the requested file
 * imports are read and summarized once.
 */
class Verifier {
  private readonly project: Project;

  constructor(private readonly ctx: FixContext) {
    this.project = new Project(overlayHost(ctx.host, new Map([[ctx.path, ctx.text]])));
    this.project.addSummaries(ctx.otherSummaries().map((summary) => [summary.path, { ok: true, summary }] as const));
  }

  /** The problem with the draft, or null. */
  check(draft: Draft): string | null {
    const ctx = this.ctx;
    let text: string;
    try {
      text = applyEdits(ctx.text, draft.edits);
    } catch (error) {
      return `the fix produced conflicting edits (${errorMessage(error)})`;
    }
    const parsed = parseSource(text, ctx.path);
    if (!parsed.ok) return `the rewritten code would not parse (${parsed.message}, line ${parsed.line})`;
    const touched: string[] = [];
    try {
      for (const created of draft.creates) {
        const createdParse = parseSource(created.text, created.path);
        if (!createdParse.ok) return `the created file ${created.path} would not parse (${createdParse.message})`;
        this.project.setText(created.path, created.text);
        touched.push(created.path);
      }
      for (const other of draft.otherEdits ?? []) {
        const original = ctx.host.readFile(other.path);
        if (original === undefined) return `cannot read ${other.path}`;
        this.project.setText(other.path, applyEdits(original, other.edits));
        touched.push(other.path);
      }
      const result = this.project.analyzeFile(ctx.path, text);
      if (result.error) return `the rewritten file could not be analyzed (${result.error})`;
      const place = mapOffset(ctx.start, draft.edits);
      const starts = lineStarts(text);
      const here = result.diagnostics.filter((d) => {
        if (d.rule !== ctx.diagnostic.rule) return false;
        const offset = offsetAt(starts, text, d.line, d.column);
        return offset >= place.start && offset <= place.end;
      });
      // The same finding again means the fix did not work. A different one (the enclosing loop of a fixed inner
      // loop now awaits) is news the user should hear about.
      const same = here.find((d) => d.message === ctx.diagnostic.message);
      if (same) return `after the change the rule would still report here: ${same.message}`;
      for (const other of here) draft.notes.push(`After this change the rule reports something new here: ${other.message}`);
      return null;
    } finally {
      for (const path of touched) this.project.invalidate(path);
    }
  }
}
