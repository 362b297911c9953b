/** Administration: API keys and erasure from the personal-data register. Admins only. */
import { ArrayMinSize, IsArray, IsOptional } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import { READ_ROLES, type CallerRole as Role } from '../auth/rights';
import type { ApiKeyRecord } from '../auth/apiKeys';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { IdList, LedgerId, Text } from '../inputs/rules';
import { CallerRole } from '../types/enums';
import { DateTimeScalar } from '../types/scalars';

@ObjectType({ description: 'An API key as the ledger keeps it: never the key itself, only who it is for.' })
class ApiKey {
  @Field(() => ID, { description: 'The key id, to revoke it by.' }) keyId!: string;
  @Field(() => ID, { description: 'The actor it acts as: for recording roles, a participant id.' })
  actorId!: string;
  @Field(() => [CallerRole], { description: 'What it allows.' }) roles!: Role[];
  @Field(() => [ID], {
    nullable: true,
    description: 'The programmes the key is limited to; null when it reaches every programme.',
  })
  programmes!: readonly string[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What it is for; also how the journey names an actor the register does not hold. Null if none.',
  })
  label!: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was issued; null for keys from the environment.',
  })
  createdAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: string | null;
}

@ObjectType({ description: 'A new API key. The key is shown this once; the ledger keeps only its hash.' })
class IssuedApiKey {
  @Field({ description: 'Send as "Authorization: Bearer <key>". Store it safely: it cannot be shown again.' })
  key!: string;
  @Field(() => ApiKey, { description: 'The key as the ledger keeps it.' }) apiKey!: ApiKeyRecord;
}

@InputType({ description: 'Who a new API key is for and what it allows.' })
class IssueApiKeyInput {
  @Field(() => ID, { description: 'The actor the key acts as: for recording roles, a participant id.' })
  @LedgerId()
  actorId!: string;
  @Field(() => [CallerRole], { description: 'What it allows (at least one role).' })
  @IsArray()
  @ArrayMinSize(1)
  roles!: Role[];
  @Field(() => [ID], {
    nullable: true,
    description:
      'Limit the key to these programmes: it reads and records in them only. Leave out for every programme.',
  })
  @IsOptional()
  @IdList(1)
  programmes?: string[];
  @Field({
    nullable: true,
    description:
      'What the key is for, e.g. "dashboard" (up to 200 characters). An actor the register does not hold (an admin, a service) is named by it in the journey and history.',
  })
  @IsOptional()
  @Text(200)
  label?: string;
}

@Resolver()
@UseMiddleware(ErrorMapping)
export class AdminResolver {
  @Authorized(READ_ROLES.admin)
  @Query(() => [ApiKey], { description: 'Every API key the ledger accepts or has revoked (admins).' })
  apiKeys(@Ctx() context: LedgerContext): readonly ApiKeyRecord[] {
    return context.services.apiKeys.list();
  }

  @Authorized(READ_ROLES.admin)
  @Mutation(() => IssuedApiKey, { description: 'Issue an API key for an actor and roles (admins).' })
  issueApiKey(
    @Arg('input', { description: 'What to record.' }) input: IssueApiKeyInput,
    @Ctx() context: LedgerContext,
  ): IssuedApiKey {
    const issued = context.services.apiKeys.issue(input);
    context.log.info({
      msg: 'api key issued',
      correlationId: context.correlationId,
      keyId: issued.record.keyId,
    });
    return { key: issued.key, apiKey: issued.record };
  }

  @Authorized(READ_ROLES.admin)
  @Mutation(() => ApiKey, { description: 'Revoke an API key: it is refused from now on (admins).' })
  revokeApiKey(
    @Arg('keyId', () => ID, { description: 'The key, by the id it was issued with.' }) keyId: string,
    @Ctx() context: LedgerContext,
  ): ApiKeyRecord {
    return context.services.apiKeys.revoke(keyId);
  }

  @Authorized(READ_ROLES.admin)
  @Mutation(() => Boolean, {
    description:
      'Erase a person from the personal-data register. The history keeps their id; readers see "[erased]" (admins).',
  })
  async erasePerson(
    @Arg('participantId', () => ID, { description: 'The participant to erase.' }) participantId: string,
    @Ctx() context: LedgerContext,
  ): Promise<boolean> {
    await context.services.register.erase(participantId);
    context.names.clear(participantId);
    return true;
  }
}
