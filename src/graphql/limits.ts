/**
 * Query limits, checked before anything runs: how deep a query nests and what it would cost (each
 * field 1, a page its size times what each item asks for). Introspection is not counted, so
 * explorers and code generators always work.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
}

const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string> = new Set(),
): number => {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !visiting.has(name))
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...visiting, name])));
    }
  }
  return deepest;
};

const tooMuch = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** The refusal for a query over the limits, or undefined when it may run. */
export const checkLimits = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  limits: QueryLimits,
): GraphQLError | undefined => {
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    const depth = depthOf(definition.selectionSet, fragments);
    if (depth > limits.maxDepth)
      return tooMuch(
        `This query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for less at once.`,
      );
  }
  const cost = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost > limits.maxCost)
    return tooMuch(
      `This query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer fields.`,
    );
  return undefined;
};
