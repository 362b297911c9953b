/**
 * Query limits, checked before anything runs and each linear in the document's size: tokens while
 * parsing (graphql-js), then depth, aliases and directives as validation rules (GraphQL Armor,
 * which counts each fragment once however often it is spread), then the cost of the operation with
 * its variables (graphql-query-complexity: each field 1, a page its size times what each item asks
 * for), which also stops after a fixed number of fields however the fragments multiply. Fragment
 * cycles are refused by GraphQL's own validation. Introspection is not counted, so explorers and
 * code generators always work.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getOperationAST,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
}

/** How many fields, fragments expanded, the cost check visits before it gives up on a document. */
export const MAX_FIELDS_VISITED = 10_000;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });

export const parseOptions = (limits: QueryLimits): ParseOptions => ({ maxTokens: limits.maxTokens });

/** Armor reports "… limit of N exceeded, found M."; the ledger says it in its own words. */
const found = (error: GraphQLError) => /found (\d+)/.exec(error.message)?.[1] ?? 'more';

const report =
  (say: (count: string) => string) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(tooComplex(say(found(error))));

/** Depth, aliases and directives, refused as QUERY_TOO_COMPLEX during validation. */
export const limitRules = (limits: QueryLimits): ValidationRule[] => [
  maxDepthRule({
    n: limits.maxDepth,
    flattenFragments: true,
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [
      report(
        (depth) =>
          `This query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for less at once.`,
      ),
    ],
  }),
  maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [
      report(
        (aliases) =>
          `This query uses ${aliases} aliases; the limit is ${limits.maxAliases}. Send fewer at once.`,
      ),
    ],
  }),
  maxDirectivesRule({
    n: limits.maxDirectives,
    propagateOnRejection: false,
    onReject: [
      report(
        (directives) =>
          `This query uses ${directives} directives; the limit is ${limits.maxDirectives}. Send fewer at once.`,
      ),
    ],
  }),
];

const badVariables = (errors: readonly GraphQLError[]) =>
  new GraphQLError(errors.map((error) => error.message).join(' '), {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

/**
 * The refusal for an operation whose variables do not fit their types, or that costs more than
 * the limit; undefined when it may run. Runs after validation, so depth and fragments are bounded.
 */
export const checkCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | undefined | null,
  limits: QueryLimits,
): GraphQLError | undefined => {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return badVariables(coerced.errors);
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      // getComplexity coerces them itself; they are known to coerce by now.
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      maxQueryNodes: MAX_FIELDS_VISITED,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    return tooComplex(
      /maximum allowed number of nodes/.test((error as Error).message)
        ? `This query asks for more than ${MAX_FIELDS_VISITED} fields once its fragments are expanded; ask for less at once.`
        : `This query could not be costed (${(error as Error).message}); ask for less at once.`,
    );
  }
  if (cost > limits.maxCost)
    return tooComplex(
      `This query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer fields.`,
    );
  return undefined;
};

/** How many sets of variables an operation's accepted cost is remembered for. */
const VARIABLE_SETS_KEPT = 64;

/**
 * checkCost, remembering the operations it accepted: a dashboard or a client pages through the
 * same few documents, and costing one again on every request was a seventh of the CPU an overview
 * took. Keyed by the parsed document (Apollo parses each query text once and hands the same
 * document back), the operation and its variables; refusals are worked out afresh each time.
 */
export const costChecker = (schema: GraphQLSchema, limits: QueryLimits) => {
  const accepted = new WeakMap<DocumentNode, Set<string>>();
  return (
    document: DocumentNode,
    variables: Record<string, unknown> | null | undefined,
    operationName: string | undefined | null,
  ): GraphQLError | undefined => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const known = accepted.get(document);
    if (known?.has(key)) return undefined;
    const refusal = checkCost(schema, document, variables, operationName, limits);
    if (refusal) return refusal;
    const kept = known && known.size < VARIABLE_SETS_KEPT ? known : new Set<string>();
    accepted.set(document, kept.add(key));
    return undefined;
  };
};
