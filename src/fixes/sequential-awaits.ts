import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../analyzer/model';
import { awaitedCall } from '../analyzer/rules/order';
import { identifiersIn } from '../analyzer/walk';
import { indentationAt } from './text';
import { nodesAt, semi, statementInList, textOf, type FixContext } from './context';
import { draft, refuse, type Candidate } from './draft';

interface AwaitStatement {
  statement: Node;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  awaitNode: TSESTree.AwaitExpression;
  declares: string[];
}

const MAX_LINE = 100;

function asAwaitStatement(statement: Node): AwaitStatement | null {
  if (statement.type === 'ExpressionStatement') {
    const expression = statement.expression;
    if (expression.type === 'AwaitExpression') {
      const call = awaitedCall(expression);
      return call ? { statement, call, awaitNode: expression, declares: [] } : null;
    }
    if (expression.type === 'AssignmentExpression' && expression.operator === '=' && expression.right.type === 'AwaitExpression') {
      const call = awaitedCall(expression.right);
      return call ? { statement, call, awaitNode: expression.right, declares: [...identifiersIn(expression.left)] } : null;
    }
    return null;
  }
  if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) {
    const declarator = statement.declarations[0];
    if (declarator.init?.type !== 'AwaitExpression') return null;
    const call = awaitedCall(declarator.init);
    return call ? { statement, call, awaitNode: declarator.init, declares: [...identifiersIn(declarator.id)] } : null;
  }
  return null;
}

export function sequentialAwaitsFixes(ctx: FixContext): Candidate[] {
  const count = Number(/^(\d+) independent awaits/.exec(ctx.diagnostic.message)?.[1] ?? 0);
  const title = count > 0 ? `Run the ${count} awaits together with Promise.all` : 'Run the awaits together with Promise.all';
  const first = nodesAt(ctx.program, ctx.start, ctx.end).find((n) => n.type === 'VariableDeclaration' || n.type === 'ExpressionStatement');
  const place = first ? statementInList(first) : null;
  if (!first || !place) return [refuse(title, 'the diagnostic does not match the current text: analyze the file again')];
  // The rule reports a run of consecutive statements at its first one; its message says how many.
  const index = place.list.indexOf(first);
  const group = place.list.slice(index, index + count).map(asAwaitStatement);
  if (count < 2 || group.length !== count || group.some((s) => s === null)) return [refuse(title, 'the diagnostic does not match the current text: analyze the file again')];
  return fixFor(ctx, title, first, group as AwaitStatement[]);
}

function fixFor(ctx: FixContext, title: string, first: Node, group: AwaitStatement[]): Candidate[] {
  const result = combine(ctx, group);
  if ('reason' in result) return [refuse(title, result.reason)];
  return [draft(title, [{ start: first.range[0], end: group[group.length - 1].statement.range[1], newText: result.text }], { isPreferred: true, notes: result.notes })];
}

function combine(ctx: FixContext, group: AwaitStatement[]): { text: string; notes: string[] } | { reason: string } {
  const declarations = group.filter((s) => s.statement.type === 'VariableDeclaration');
  const assignments = group.filter((s) => s.statement.type === 'ExpressionStatement' && (s.statement as TSESTree.ExpressionStatement).expression.type === 'AssignmentExpression');
  if (declarations.length > 0 && assignments.length > 0) return { reason: 'the awaits mix declarations and assignments, which one destructuring cannot hold' };
  const kinds = new Set(declarations.map((s) => (s.statement as TSESTree.VariableDeclaration).kind));
  if (kinds.size > 1) return { reason: `the awaits declare with both ${[...kinds].join(' and ')}` };
  const kind = [...kinds][0];
  if (kind && kind !== 'const' && kind !== 'let' && kind !== 'var') return { reason: `\`${kind}\` declarations cannot be combined` };

  const targets: (string | null)[] = [];
  const types: (string | null)[] = [];
  for (const item of group) {
    const statement = item.statement;
    if (statement.type === 'VariableDeclaration') {
      const id = statement.declarations[0].id;
      const annotation = 'typeAnnotation' in id ? id.typeAnnotation : undefined;
      if (annotation) {
        targets.push(ctx.text.slice(id.range[0], annotation.range[0]).trimEnd());
        types.push(textOf(ctx, annotation.typeAnnotation));
      } else {
        targets.push(textOf(ctx, id));
        types.push(null);
      }
    } else {
      const expression = (statement as TSESTree.ExpressionStatement).expression;
      targets.push(expression.type === 'AssignmentExpression' ? textOf(ctx, expression.left) : null);
      types.push(null);
    }
  }
  const annotated = types.filter((t) => t !== null).length;
  const bound = targets.filter((t) => t !== null).length;
  if (annotated > 0 && annotated < declarations.length) return { reason: 'only some of the declarations have type annotations, so they cannot be carried over as one tuple type' };

  const elements = group.map((item) => textOf(ctx, item.awaitNode.argument));
  while (targets.length > 0 && targets[targets.length - 1] === null) targets.pop();
  const pattern = `[${targets.map((t) => t ?? '').join(', ')}]`;
  const tuple = annotated > 0 ? `: [${types.map((t) => t ?? 'unknown').join(', ')}]` : '';
  const indent = indentationAt(ctx.text, group[0].statement.range[0]);
  const end = semi(ctx);
  const head = bound === 0 ? '' : declarations.length > 0 ? `${kind} ${pattern}${tuple} = ` : `${ctx.style.semicolons ? '' : ';'}${pattern} = `;
  let all = `${head}await Promise.all([${elements.join(', ')}])${end}`;
  if (indent.length + all.length > MAX_LINE || elements.some((e) => e.includes('\n'))) {
    const inner = indent + ctx.style.indentUnit;
    all = `${head}await Promise.all([${ctx.style.eol}${elements.map((e) => `${inner}${e},`).join(ctx.style.eol)}${ctx.style.eol}${indent}])${end}`;
  }
  // Comments between the statements move above the combined one.
  const startOffset = group[0].statement.range[0];
  const endOffset = group[group.length - 1].statement.range[1];
  const comments = ctx.comments.filter((c) => c.range[0] > startOffset && c.range[1] <= endOffset && !group.some((g) => g.awaitNode.argument.range[0] <= c.range[0] && c.range[1] <= g.awaitNode.argument.range[1]));
  const leading = comments.map((c) => `${textOf(ctx, c)}${ctx.style.eol}${indent}`).join('');
  const notes = [`The calls now start together: if one of them fails, the others still run (their results are dropped).`];
  return { text: leading + all, notes };
}
