import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Node } from './model';

/** Node types that start a function: walks within a function stop at them. */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Keys that hold only type information: never walked. */
const TYPE_ONLY_KEYS = new Set(['typeAnnotation', 'typeParameters', 'returnType', 'typeArguments', 'superTypeArguments', 'implements']);
const childKeysByType = new Map<string, readonly string[]>();

/** The keys of a node type that may hold code (type-only keys left out), computed once per type. */
export function childKeys(type: string): readonly string[] {
  let keys = childKeysByType.get(type);
  if (!keys) {
    keys = (visitorKeys[type as keyof typeof visitorKeys] ?? []).filter((key) => !TYPE_ONLY_KEYS.has(key));
    childKeysByType.set(type, keys);
  }
  return keys;
}

/**
 * Visits `root` and its descendants depth first without recursion, skipping nested functions.
 * `visit` returns false to skip a node's children.
 */
export function walkWithinFunction(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && FUNCTION_TYPES.has(node.type)) continue;
    if (visit(node) === false) continue;
    const keys = childKeys(node.type);
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) if (child[i] && typeof (child[i] as Node).type === 'string') stack.push(child[i] as Node);
      } else if (child && typeof (child as Node).type === 'string') {
        stack.push(child as Node);
      }
    }
  }
}

/** Names read in an expression (not property names, not object keys). */
export function identifiersIn(root: Node): Set<string> {
  const names = new Set<string>();
  walkWithinFunction(root, (node) => {
    if (node.type === 'Identifier' && !isPropertyName(node)) names.add(node.name);
  });
  return names;
}

/** `o.name`, `{ name: v }`: an identifier that names a property, not a variable. */
export function isPropertyName(id: Node): boolean {
  const parent = (id as { parent?: Node }).parent;
  if (parent?.type === 'MemberExpression') return parent.property === id && !parent.computed;
  return parent?.type === 'Property' && parent.key === id && !parent.computed && !parent.shorthand;
}

/** Root identifier of an assignment target or member chain: `a.b[c].d` -> a. */
export function rootName(node: Node): string | null {
  let current = node;
  for (;;) {
    if (current.type === 'Identifier') return current.name;
    if (current.type === 'MemberExpression') current = current.object;
    else if (current.type === 'TSNonNullExpression' || current.type === 'TSAsExpression' || current.type === 'ChainExpression') current = current.expression;
    else return null;
  }
}
