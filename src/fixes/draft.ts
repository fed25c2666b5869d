import type { FileCreation, FileEdit, TextEdit } from './types';

/** A fix before verification: edits to the requested file, plus edits to other files and files to create. */
export interface Draft {
  refused?: false;
  title: string;
  isPreferred: boolean;
  safe: boolean;
  edits: TextEdit[];
  otherEdits?: FileEdit[];
  creates: FileCreation[];
  notes: string[];
}

export interface Refused {
  refused: true;
  title: string;
  reason: string;
}

export type Candidate = Draft | Refused;

export function refuse(title: string, reason: string): Refused {
  return { refused: true, title, reason };
}

export function draft(title: string, edits: TextEdit[], options: Partial<Omit<Draft, 'title' | 'edits'>> = {}): Draft {
  return { title, edits, isPreferred: options.isPreferred ?? false, safe: options.safe ?? false, creates: options.creates ?? [], notes: options.notes ?? [], ...(options.otherEdits ? { otherEdits: options.otherEdits } : {}) };
}

/** A sub-step's result: edits and notes, or why it cannot be done. */
export type Step = { edits: TextEdit[]; notes: string[] } | { reason: string };

export function isReason<T extends object>(value: T | { reason: string }): value is { reason: string } {
  return 'reason' in value;
}
