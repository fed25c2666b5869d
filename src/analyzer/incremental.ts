import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { parseSource, type ParseOptions, type ParseOutcome } from './parse';
import { parserFileName } from './source-files';

type Node = TSESTree.Node;

/** A text and the tree parsed from it, kept so that the next version of the text can reuse the tree. */
export interface ParsedText {
  text: string;
  program: TSESTree.Program;
}

interface Span {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The part of the tree re-parsed for an edit: a top-level statement, or a member of a top-level class. */
interface Unit {
  node: Node;
  siblings: Node[];
  /** The class the member belongs to; null for a top-level statement. */
  owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression | null;
}

/** Statements whose closing `}` ends them whatever follows (a `}` of an expression does not: `x = {}\n(y)`). */
const BRACE_ENDED = new Set([
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSInterfaceDeclaration',
  'TSEnumDeclaration',
  'TSModuleDeclaration',
  'MethodDefinition',
  'TSAbstractMethodDefinition',
  'StaticBlock',
]);

/**
 * Parses `text`, a new version of `previous.text`, by re-parsing only the top-level statement or class member
 * that contains the whole change and splicing it into the previous tree. Returns undefined whenever that could
 * differ from a full parse: the change crosses a unit's boundary, a neighbour ends without `;` or a block, the
 * unit does not parse on its own, or it parses into something of another extent. The previous tree is updated
 * in place.
 */
export function reparse(previous: ParsedText, text: string, fileName: string, options: ParseOptions): TSESTree.Program | undefined {
  const span = changedSpan(previous.text, text);
  if (!span) return previous.program;
  const unit = unitAround(previous.program, previous.text, span);
  if (!unit) return undefined;
  const [start, oldUnitEnd] = unit.node.range;
  const newUnitEnd = oldUnitEnd + span.newEnd - span.oldEnd;

  const wrapper = wrapperFor(unit, previous.program);
  // The piece has no `#!` line of its own: a script without an extension keeps the kind its whole text gave it.
  const parsed = parseSource(wrapper.opener + text.slice(start, newUnitEnd) + wrapper.closer, parserFileName(fileName, text), options);
  if (!parsed.ok) return undefined;
  const replacement = unitIn(parsed.program, unit.owner !== null);
  const length = newUnitEnd - start;
  if (!replacement || replacement.type !== unit.node.type) return undefined;
  if (replacement.range[0] !== wrapper.opener.length || replacement.range[1] !== wrapper.opener.length + length) return undefined;
  // Nothing before the unit changed, so it starts where it did: move it there from its place in the snippet.
  const at = unit.node.loc.start;
  moveSnippet(replacement, start - wrapper.opener.length, wrapper.openerLines + 1, at.line - wrapper.openerLines - 1, at.column);
  if (!endsExplicitly(replacement, text)) return undefined;

  shiftAfter(previous.program, unit.node, previous.text, text, span);
  unit.siblings[unit.siblings.indexOf(unit.node)] = replacement;
  (replacement as { parent?: Node }).parent = (unit.node as { parent?: Node }).parent;
  return previous.program;
}

/** The smallest span that differs: a common prefix and a common suffix that do not overlap. */
function changedSpan(before: string, after: string): Span | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Whether the change lies strictly inside `node`: its first and last characters are untouched. */
function strictlyInside(node: Node, span: Span): boolean {
  return node.range[0] < span.start && span.oldEnd < node.range[1];
}

function unitAround(program: TSESTree.Program, text: string, span: Span): Unit | undefined {
  const statementIndex = program.body.findIndex((statement) => strictlyInside(statement, span));
  if (statementIndex === -1) return undefined;
  const statement = program.body[statementIndex];
  const cls = topLevelClass(statement);
  if (cls && !cls.declare) {
    const members = cls.body.body as Node[];
    const memberIndex = members.findIndex((member) => strictlyInside(member, span));
    if (memberIndex !== -1 && separated(members, memberIndex, text)) return { node: members[memberIndex], siblings: members, owner: cls };
  }
  const statements = program.body as Node[];
  return separated(statements, statementIndex, text) ? { node: statement, siblings: statements, owner: null } : undefined;
}

/** The unit and the one before it end explicitly, so neither can run into its neighbour once re-parsed. */
function separated(siblings: Node[], index: number, text: string): boolean {
  const before = siblings[index - 1];
  if (before && !endsExplicitly(before, text)) return false;
  return endsExplicitly(siblings[index], text);
}

function endsExplicitly(node: Node, text: string): boolean {
  const last = text[node.range[1] - 1];
  if (last === ';') return true;
  const declaration = node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration' ? node.declaration : node;
  return last === '}' && declaration !== null && BRACE_ENDED.has(declaration.type);
}

/** A class declared at the top level (`class`, `export class`, `module.exports = class`, `const X = class`). */
function topLevelClass(statement: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  let node: Node | null | undefined = statement;
  if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') node = node.declaration;
  else if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression') node = node.expression.right;
  else if (node.type === 'VariableDeclaration' && node.declarations.length === 1) node = node.declarations[0].init;
  return node && (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') ? node : undefined;
}

/**
 * What goes around the unit so it parses on its own as it did in the file: an empty class for a class member, and
 * a module stays a module (`await` at the top level parses differently in a script).
 */
function wrapperFor(unit: Unit, program: TSESTree.Program): { opener: string; closer: string; openerLines: number } {
  const inClass = unit.owner !== null;
  const opener = inClass ? (unit.owner!.abstract ? 'abstract class _ {\n' : 'class _ {\n') : '';
  const closer = (inClass ? '\n}' : '') + (program.sourceType === 'module' ? '\nexport {};' : '');
  return { opener, closer, openerLines: inClass ? 1 : 0 };
}

function unitIn(program: TSESTree.Program, inClass: boolean): Node | undefined {
  const statements = program.body.filter((statement) => statement.type !== 'ExportNamedDeclaration' || statement.declaration || statement.specifiers.length > 0 || statement.source);
  if (!inClass) return statements.length === 1 ? statements[0] : undefined;
  if (statements.length !== 1 || statements[0].type !== 'ClassDeclaration') return undefined;
  const members = statements[0].body.body;
  return members.length === 1 ? members[0] : undefined;
}

/**
 * Moves a re-parsed unit from the snippet to its place in the file: offsets by `offsetDelta`, lines by
 * `lineDelta`, and columns by `columnDelta` on the snippet line where the unit starts.
 */
function moveSnippet(unit: Node, offsetDelta: number, firstLine: number, lineDelta: number, columnDelta: number): void {
  const move = (position: TSESTree.Position): void => {
    if (position.line === firstLine) position.column += columnDelta;
    position.line += lineDelta;
  };
  walkSharing(unit, (node, sharesRange, sharesLoc) => {
    if (!sharesRange) {
      node.range[0] += offsetDelta;
      node.range[1] += offsetDelta;
    }
    if (!sharesLoc) {
      move(node.loc.start);
      move(node.loc.end);
    }
    return true;
  });
}

/**
 * Moves every position after `unit` by the change: offsets by the length difference, lines by the difference in
 * line breaks, and columns on the line where the change ends. Nodes that end before the unit are not visited.
 */
function shiftAfter(program: TSESTree.Program, unit: Node, before: string, after: string, span: Span): void {
  const delta = span.newEnd - span.oldEnd;
  const unitStart = unit.loc.start;
  const oldEnd = advance(unitStart, before, unit.range[0], span.oldEnd);
  const newEnd = advance(unitStart, after, unit.range[0], span.newEnd);
  const lineDelta = newEnd.line - oldEnd.line;
  const columnDelta = newEnd.column - oldEnd.column;
  const unitEnd = unit.range[1];
  const move = (position: TSESTree.Position): void => {
    if (position.line === oldEnd.line) position.column += columnDelta;
    position.line += lineDelta;
  };
  walkSharing(program, (node, sharesRange, sharesLoc, parentStart) => {
    if (node === unit) return false;
    // A shared range was moved with the parent: judge by where the parent started.
    const start = sharesRange ? parentStart : node.range[0];
    if (!sharesRange) {
      if (node.range[1] < unitEnd) return false;
      if (start >= unitEnd) node.range[0] += delta;
      node.range[1] += delta;
    }
    if (!sharesLoc) {
      if (start >= unitEnd) move(node.loc.start);
      move(node.loc.end);
    }
    return true;
  });
}

/**
 * Visits `root` and its descendants depth first. typescript-estree lets a node share its range or its `loc`
 * with its parent (a default import and its name; a type predicate's annotation): `visit` is told, so shared
 * positions move once. `parentStart` is the parent's start before the visit changed it. Returning false skips
 * the children.
 */
function walkSharing(root: Node, visit: (node: Node, sharesRange: boolean, sharesLoc: boolean, parentStart: number) => boolean): void {
  const nodes: Node[] = [root];
  const parents: (Node | null)[] = [null];
  const parentStarts: number[] = [-1];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    const parentStart = parentStarts.pop()!;
    const start = node.range[0];
    if (!visit(node, parent !== null && node.range === parent.range, parent !== null && node.loc === parent.loc, parentStart)) continue;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) {
          if (item && typeof (item as Node).type === 'string') {
            nodes.push(item as Node);
            parents.push(node);
            parentStarts.push(start);
          }
        }
      } else if (child && typeof (child as Node).type === 'string') {
        nodes.push(child as Node);
        parents.push(node);
        parentStarts.push(start);
      }
    }
  }
}

/** The position of offset `to` in `text`, from offset `from` at `position`, counting line breaks as TypeScript does. */
function advance(position: TSESTree.Position, text: string, from: number, to: number): TSESTree.Position {
  let line = position.line;
  let column = position.column;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const lineBreak = code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10) || code === 0x2028 || code === 0x2029;
    if (lineBreak) {
      line++;
      column = 0;
    } else {
      column++;
    }
  }
  return { line, column };
}

/**
 * Keeps the trees of the last few files parsed through it, so that the next version of one of them (an editor's
 * unsaved buffer, one keystroke later) is parsed incrementally. Bounded in files and in characters: a tree takes
 * about 35 bytes per character of source, and only the files being edited gain from it.
 */
export class SyntaxTreeCache {
  private readonly trees = new Map<string, ParsedText>();
  private characters = 0;

  constructor(
    private readonly options: ParseOptions,
    private readonly maxFiles = 2,
    private readonly maxCharacters = 1_000_000,
  ) {}

  parse(path: string, text: string): ParseOutcome {
    const previous = this.trees.get(path);
    this.forget(path);
    const reused = previous ? reparseOrGiveUp(previous, text, path, this.options) : undefined;
    if (reused) {
      this.keep(path, { text, program: reused });
      return { ok: true, program: reused };
    }
    const parsed = parseSource(text, path, this.options);
    if (parsed.ok) this.keep(path, { text, program: parsed.program });
    return parsed;
  }

  forget(path: string): void {
    const kept = this.trees.get(path);
    if (!kept) return;
    this.characters -= kept.text.length;
    this.trees.delete(path);
  }

  private keep(path: string, parsed: ParsedText): void {
    if (parsed.text.length > this.maxCharacters) return;
    this.trees.set(path, parsed);
    this.characters += parsed.text.length;
    while (this.trees.size > this.maxFiles || this.characters > this.maxCharacters) this.forget(this.trees.keys().next().value!);
  }
}

/** The incremental path is an optimization: if it fails in a way nobody foresaw, a full parse gives the answer. */
function reparseOrGiveUp(previous: ParsedText, text: string, fileName: string, options: ParseOptions): TSESTree.Program | undefined {
  try {
    return reparse(previous, text, fileName, options);
  } catch {
    return undefined;
  }
}
