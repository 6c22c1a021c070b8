// Static checks GitHub runs before executing a query: every connection needs `first` or
// `last` (1..100), and the query's cost by GitHub's documented formula — for each
// connection, the number of requests implied by its parents' `first`/`last`; the sum divided
// by 100, rounded, at least 1. `nodeCount` multiplies through each connection's own size.

import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryAnalysis {
  cost: number;
  nodeCount: number;
  errors: GraphQLError[];
  /** `rateLimit(dryRun: true)`: report the cost without charging it. */
  dryRun: boolean;
  operation?: OperationDefinitionNode;
}

const MAX_PAGE = 100;

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();
}

function valueOf(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.NULL) return null;
  if (node.kind === Kind.BOOLEAN) return node.value;
  return undefined;
}

export function selectOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

export function analyzeQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown>,
  operationName?: string | null,
): QueryAnalysis {
  const errors: GraphQLError[] = [];
  const operation = selectOperation(document, operationName);
  if (!operation) return { cost: 1, nodeCount: 0, errors, dryRun: false };
  const variables: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    variables[name] = name in rawVariables ? rawVariables[name] : valueOf(def.defaultValue, {});
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let requests = 0;
  let nodeCount = 0;
  let dryRun = false;
  const root =
    operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { cost: 1, nodeCount: 0, errors, dryRun: false };

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    multiplier: number,
    path: string[],
    seen: Set<string>,
  ): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (cond) walk(sel.selectionSet, cond, multiplier, path, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        const cond = schema.getType(frag.typeCondition.name.value);
        if (cond) walk(frag.selectionSet, cond, multiplier, path, new Set([...seen, frag.name.value]));
        continue;
      }
      if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
      const def = parent.getFields()[sel.name.value];
      if (!def) continue;
      if (parent === root && sel.name.value === 'rateLimit') {
        dryRun ||= valueOf(sel.arguments?.find((a) => a.name.value === 'dryRun')?.value, variables) === true;
      }
      const named = getNamedType(def.type);
      const here = [...path, sel.alias?.value ?? sel.name.value];
      let childMultiplier = multiplier;
      if (isConnection(named)) {
        const arg = (n: string) => valueOf(sel.arguments?.find((a) => a.name.value === n)?.value, variables);
        const first = arg('first');
        const last = arg('last');
        const size = typeof first === 'number' ? first : typeof last === 'number' ? last : undefined;
        if (size === undefined) {
          errors.push(
            new GraphQLError(
              `You must provide a \`first\` or \`last\` value to properly paginate the \`${sel.name.value}\` connection.`,
              {
                nodes: sel,
                path: here,
                extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
              },
            ),
          );
          continue;
        }
        const which = typeof first === 'number' ? 'first' : 'last';
        if (size > MAX_PAGE || size < 0) {
          errors.push(
            new GraphQLError(
              size > MAX_PAGE
                ? `Requesting ${size} records on the \`${sel.name.value}\` connection exceeds the \`${which}\` limit of ${MAX_PAGE} records.`
                : `\`${which}\` on the \`${sel.name.value}\` connection cannot be less than zero.`,
              { nodes: sel, path: here, extensions: { type: 'EXCESSIVE_PAGINATION' } },
            ),
          );
          continue;
        }
        requests += multiplier;
        childMultiplier = multiplier * size;
        nodeCount += childMultiplier;
      }
      if (sel.selectionSet) walk(sel.selectionSet, named, childMultiplier, here, seen);
    }
  };
  walk(operation.selectionSet, root, 1, [operation.operation], new Set());
  return { cost: Math.max(1, Math.round(requests / 100)), nodeCount, errors, dryRun, operation };
}
