import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const parse = (value: unknown): bigint => {
  if (
    (typeof value === 'string' && /^-?\d+$/.test(value)) ||
    (typeof value === 'number' && Number.isInteger(value))
  )
    return BigInt(value);
  throw new GraphQLError(
    `A revision is a whole number written as a string, e.g. "3"; got ${JSON.stringify(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
};

/** Stream revisions and log positions are 64-bit; GraphQL's Int is 32-bit, so they travel as strings. */
export const RevisionScalar = new GraphQLScalarType({
  name: 'Revision',
  description:
    'A stream revision or log position: a whole number as a string ("0" is a stream\'s first event). Pass the revision a payload returned as the next `expectedRevision`.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.value);
    return parse(undefined);
  },
});
