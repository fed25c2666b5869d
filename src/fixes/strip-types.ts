import type { Node } from '../analyzer/model';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { applyEdits, wholeLinesRange } from './text';
import type { TextEdit } from './types';

const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
const REMOVED_STATEMENTS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);
const UNSUPPORTED = new Map([
  ['TSEnumDeclaration', 'an enum'],
  ['TSModuleDeclaration', 'a namespace'],
  ['TSParameterProperty', 'a parameter property'],
  ['Decorator', 'a decorator'],
  ['TSImportEqualsDeclaration', 'import = require()'],
  ['TSExportAssignment', 'export ='],
]);

/**
 * The source of `node` as JavaScript: TypeScript annotations, `as`/`satisfies`/`!` and type-only declarations
 * removed by position, so everything else stays as written. Returns a reason for syntax it does not remove.
 */
export function stripTypes(text: string, node: Node): { code: string } | { reason: string } {
  const base = node.range[0];
  const removals: [number, number][] = [];
  let reason: string | null = null;
  const stack: Node[] = [node];
  while (stack.length > 0 && !reason) {
    const current = stack.pop()!;
    const unsupported = UNSUPPORTED.get(current.type);
    if (unsupported) {
      reason = `it uses ${unsupported}, which has no JavaScript equivalent to copy`;
      break;
    }
    if (REMOVED_STATEMENTS.has(current.type)) {
      const lines = wholeLinesRange(text, current.range[0], current.range[1]);
      removals.push([Math.max(lines.start, node.range[0]), Math.min(lines.end, node.range[1])]);
      continue;
    }
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression': {
        // `x as T`, `(x) as T`: from the keyword (and the space before it) to the end; parentheses stay.
        const tail = text.slice(current.expression.range[1], current.range[1]);
        const parens = /^[\s)]*/.exec(tail)![0].replace(/\s+$/, '').length;
        const keyword = /\s*\b(as|satisfies)\b/.exec(tail.slice(parens));
        if (keyword) removals.push([current.expression.range[1] + parens + keyword.index, current.range[1]]);
        else reason = 'it uses a type assertion this fix cannot remove';
        break;
      }
      case 'TSNonNullExpression':
        removals.push([current.range[1] - 1, current.range[1]]);
        break;
      case 'TSTypeAssertion': {
        // `<T>x`: the angle brackets and the type.
        const close = text.indexOf('>', current.typeAnnotation.range[1]);
        removals.push([current.range[0], close + 1]);
        break;
      }
      case 'Identifier': {
        const end = current.typeAnnotation ? current.typeAnnotation.range[0] : current.range[1];
        const after = text.slice(current.range[0] + current.name.length, end);
        const mark = after.search(/[?!]/);
        if (mark >= 0 && (current.optional || (current as { definite?: boolean }).definite || /^\s*[!?]\s*$/.test(after))) {
          const at = current.range[0] + current.name.length + mark;
          removals.push([at, at + 1]);
        }
        if (current.name === 'this' && current.typeAnnotation) reason = 'it declares a `this` parameter';
        break;
      }
      case 'VariableDeclarator':
        if (current.definite && current.id.type === 'Identifier') {
          const at = text.indexOf('!', current.id.range[0] + current.id.name.length);
          if (at >= 0 && at < current.id.range[1]) removals.push([at, at + 1]);
        }
        break;
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (current.accessibility || (current.type === 'PropertyDefinition' && (current.readonly || current.declare)) || (current as { override?: boolean }).override) {
          reason = 'it uses TypeScript class member modifiers';
        }
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (current.abstract) reason = 'it uses an abstract class';
        break;
      default:
        break;
    }
    for (const key of visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(child) ? child : [child];
      for (const item of children) {
        if (!item || typeof (item as Node).type !== 'string') continue;
        if (TYPE_KEYS.has(key)) removals.push([(item as Node).range[0], (item as Node).range[1]]);
        else stack.push(item as Node);
      }
    }
  }
  if (reason) return { reason };
  removals.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const edits: TextEdit[] = [];
  let coveredUntil = -1;
  for (const [start, end] of removals) {
    if (end <= coveredUntil) continue;
    const from = Math.max(start, coveredUntil);
    edits.push({ start: from - base, end: end - base, newText: '' });
    coveredUntil = end;
  }
  return { code: applyEdits(text.slice(node.range[0], node.range[1]), edits) };
}
