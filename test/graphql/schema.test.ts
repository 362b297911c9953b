import { readFileSync } from 'node:fs';
import { isIntrospectionType, isSpecifiedScalarType } from 'graphql';
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
});
