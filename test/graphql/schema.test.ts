import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { SCHEMA_FILE, schemaText } from '../../src/graphql/printSchema';
import { ledgerSchema } from '../../src/graphql/schema';

describe('the published schema', () => {
  it('is committed as generated: run `npm run schema` after changing the API', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaText());
  });

  it('describes every type, every operation and every argument of an operation', async () => {
    const schema = await ledgerSchema();
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name))
        undescribed.push(type.name);
    }
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root!.getFields())) {
        if (!field.description) undescribed.push(`${root!.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description) undescribed.push(`${root!.name}.${field.name}(${arg.name})`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('starts every description with a capital letter, as a sentence', async () => {
    const lowercase = describedElements(await ledgerSchema()).filter(([, description]) =>
      /^[a-z]/.test(description),
    );
    expect(lowercase).toEqual([]);
  });
});

/** Every described element of the schema's own types, as [where, description]. */
const describedElements = (schema: GraphQLSchema): [string, string][] =>
  Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .flatMap((type) => {
      const own: [string, string | null | undefined][] = [[type.name, type.description]];
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
        for (const field of Object.values(type.getFields())) {
          own.push([`${type.name}.${field.name}`, field.description]);
          for (const arg of 'args' in field ? field.args : [])
            own.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
        }
      if (isEnumType(type))
        for (const value of type.getValues()) own.push([`${type.name}.${value.name}`, value.description]);
      return own.filter((entry): entry is [string, string] => Boolean(entry[1]));
    });
