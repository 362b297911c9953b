/**
 * The cost check remembers the operations it accepted (issue 14: costing the same document again
 * on every request was a seventh of an overview's CPU). What it remembers must never let through
 * what it would refuse: the same document with other variables is costed again.
 */
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { costChecker, type QueryLimits } from '../../src/graphql/limits';

const item = new GraphQLObjectType({
  name: 'Item',
  fields: { a: { type: GraphQLInt }, b: { type: GraphQLInt } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(item),
        args: { first: { type: GraphQLInt } },
        // A page costs its size times what each item asks for, as the ledger's connections do.
        extensions: {
          complexity: ({ args, childComplexity }: { args: { first: number }; childComplexity: number }) =>
            args.first * childComplexity,
        },
      },
    },
  }),
});
const limits: QueryLimits = {
  maxDepth: 12,
  maxCost: 100,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
};
const page = parse('query Page($first: Int) { items(first: $first) { a b } }');

describe('the remembered cost check', () => {
  it('accepts a page it accepted before, and refuses the same document asking for a larger page', () => {
    const refusalOf = costChecker(schema, limits);
    expect(refusalOf(page, { first: 10 }, 'Page')).toBeUndefined();
    expect(refusalOf(page, { first: 10 }, 'Page')).toBeUndefined();
    expect(refusalOf(page, { first: 1000 }, 'Page')?.message).toBe(
      'This query would cost 2000; the limit is 100. Ask for smaller pages (first) or fewer fields.',
    );
  });

  it('refuses a refused operation every time it is sent', () => {
    const refusalOf = costChecker(schema, limits);
    const refused = () => refusalOf(page, { first: 51 }, 'Page')?.extensions.code;
    expect([refused(), refused()]).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX']);
  });

  it('still refuses variables that do not fit their types after accepting the same document', () => {
    const refusalOf = costChecker(schema, limits);
    expect(refusalOf(page, { first: 2 }, 'Page')).toBeUndefined();
    expect(refusalOf(page, { first: 'two' }, 'Page')?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
