import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../model';
import { identifiersIn } from '../walk';
import type { FileRule } from './types';
import { isTestFile } from './context';
import { awaitedCall, isMutatingCall, isOrderSensitiveCall, receiverKey, transactionBoundary } from './order';

interface AwaitStatement {
  statement: Node;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  declares: string[];
}

export const sequentialAwaits: FileRule = {
  meta: {
    id: 'sequential-awaits',
    description: 'Two or more consecutive awaits where no later one uses an earlier one\'s result: each waits for the previous one for no reason.',
    recommendation: 'Start them together: `const [a, b] = await Promise.all([f(), g()])`.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/sequential-awaits.md',
  },
  scope: 'file',
  check({ file, report }) {
    if (isTestFile(file)) return;
    for (const fn of file.functions) {
      if (!fn.isAsync || fn.awaits.length < 2) continue;
      const blocks = new Set<Node>();
      for (const awaitNode of fn.awaits) {
        const block = enclosingStatementList(awaitNode);
        if (block) blocks.add(block);
      }
      for (const block of blocks) {
        for (const group of independentGroups(statementsOf(block), file.text)) {
          const names = group.map((s) => file.text.slice(s.call.callee.range[0], s.call.callee.range[1]).replace(/\s+/g, ' '));
          report({
            node: group[0].statement,
            message: `${group.length} independent awaits run one after another: ${names.join(', ')}.`,
            suggestion: `Start them together: \`const [${group.map((s, i) => s.declares[0] ?? `r${i + 1}`).join(', ')}] = await Promise.all([...])\`.`,
          });
        }
      }
    }
  },
};

function statementsOf(block: Node): Node[] {
  if (block.type === 'BlockStatement' || block.type === 'Program' || block.type === 'StaticBlock') return block.body as Node[];
  if (block.type === 'SwitchCase') return block.consequent;
  return [];
}

function enclosingStatementList(node: Node): Node | null {
  let current: Node | undefined = node;
  while (current) {
    const parent: Node | undefined = (current as { parent?: Node }).parent;
    if (!parent) return null;
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase' || parent.type === 'StaticBlock') return parent;
    if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration') return null;
    current = parent;
  }
  return null;
}

/** Splits a statement list into runs of consecutive, mutually independent awaited calls (two or more). */
function independentGroups(statements: Node[], text: string): AwaitStatement[][] {
  const groups: AwaitStatement[][] = [];
  let group: AwaitStatement[] = [];
  const flush = () => {
    if (group.length >= 2) groups.push(group);
    group = [];
  };
  // Between BEGIN and COMMIT the statements share one connection and their order is the transaction's meaning.
  let inTransaction = false;
  for (const statement of statements) {
    const current = asAwaitStatement(statement);
    const boundary = current ? transactionBoundary(current.call) : null;
    if (boundary) inTransaction = boundary === 'begin';
    if (!current || boundary || inTransaction || isOrderSensitiveCall(current.call, text)) {
      flush();
      continue;
    }
    if (group.some((earlier) => dependsOn(current, earlier, text))) flush();
    group.push(current);
  }
  flush();
  return groups;
}

function dependsOn(later: AwaitStatement, earlier: AwaitStatement, text: string): boolean {
  const used = identifiersIn(later.call);
  if (earlier.declares.some((name) => used.has(name))) return true;
  const receiver = receiverKey(later.call, text);
  if (receiver !== null && receiver === receiverKey(earlier.call, text)) return true;
  // Operations on the same resource where one of them changes it (mkdir, then write into it) keep their order.
  if (isMutatingCall(later.call) || isMutatingCall(earlier.call)) {
    const earlierArgs = new Set(earlier.call.arguments.flatMap((a) => [...identifiersIn(a)]));
    if (later.call.arguments.some((a) => [...identifiersIn(a)].some((name) => earlierArgs.has(name)))) return true;
  }
  return false;
}

function asAwaitStatement(statement: Node): AwaitStatement | null {
  if (statement.type === 'ExpressionStatement') {
    const expression = statement.expression;
    if (expression.type === 'AwaitExpression') {
      const call = awaitedCall(expression);
      return call ? { statement, call, declares: [] } : null;
    }
    if (expression.type === 'AssignmentExpression' && expression.operator === '=' && expression.right.type === 'AwaitExpression') {
      const call = awaitedCall(expression.right);
      return call ? { statement, call, declares: [...identifiersIn(expression.left)] } : null;
    }
    return null;
  }
  if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) {
    const declarator = statement.declarations[0];
    if (declarator.init?.type !== 'AwaitExpression') return null;
    const call = awaitedCall(declarator.init);
    return call ? { statement, call, declares: [...identifiersIn(declarator.id)] } : null;
  }
  return null;
}
