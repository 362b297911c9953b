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

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** A real calendar date and time: Date.parse rolls 2022-02-30 over to March, a real one round-trips. */
const onTheCalendar = (value: string): boolean =>
  !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value.slice(0, 10);

/**
 * A string scalar in one of the given forms. Values come in and go out as the same strings, so a
 * date a client sent reads back exactly as sent; `out` only adapts values older versions stored.
 */
const timeScalar = (options: {
  name: string;
  description: string;
  forms: readonly RegExp[];
  expected: string;
  out?: (stored: string) => string;
}) => {
  const parse = (value: unknown): string => {
    if (typeof value === 'string' && options.forms.some((form) => form.test(value)) && onTheCalendar(value))
      return value;
    throw new GraphQLError(`${JSON.stringify(value)} is not ${options.expected}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
  return new GraphQLScalarType<string, string>({
    name: options.name,
    description: options.description,
    serialize: (value) => {
      if (value instanceof Date) return value.toISOString();
      if (typeof value !== 'string') throw new GraphQLError(`${options.name} cannot show ${String(value)}`);
      return options.out ? options.out(value) : value;
    },
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
};

export const DateScalar = timeScalar({
  name: 'Date',
  description:
    'A calendar date, written YYYY-MM-DD (e.g. 2024-09-02): a start date, a planned date, the first or last day of a measured period.',
  forms: [DATE],
  expected: 'a date (2022-03-14)',
  // Before dates were typed, such fields also took a timestamp: it reads as its UTC day.
  out: (stored) => stored.slice(0, 10),
});

export const DateTimeScalar = timeScalar({
  name: 'DateTime',
  description:
    'A moment in UTC, written as an ISO 8601 timestamp with milliseconds (e.g. 2024-09-02T09:30:00.000Z): when the ledger recorded something (server time).',
  forms: [TIMESTAMP],
  expected: 'a UTC timestamp (2022-03-14T09:30:00Z)',
});

export const DateOrDateTimeScalar = timeScalar({
  name: 'DateOrDateTime',
  description:
    'A UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z; seconds and milliseconds optional), read back exactly as written. Business time (when something happened) takes this form, since many facts are known only to the day. As the end of a range or an as-of moment, a date includes its whole day.',
  forms: [DATE, TIMESTAMP],
  expected: 'a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z)',
});
