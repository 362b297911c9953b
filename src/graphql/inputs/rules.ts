/** Field rules shared by the inputs, in the words a person reads in an error. */
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** Ids of programmes, items and actors (the command-line tool checks them the same way). */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const ID_RULE =
  'must be an id: up to 100 letters, digits and . _ : - (starting with a letter or digit)';
/** Business dates and times: a date, or a UTC timestamp (the command-line tool's form; the API's DateOrDateTime scalar). */
export const WHEN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** Descriptions shared by many inputs. */
export const MADE =
  'Its id; left out, the ledger makes one (from the command id, so a retry addresses the same item).';
export const PROGRAMME = 'The programme.';
/** A required rationale is nullable in the schema, so a missing one is refused like a blank one. */
export const REQUIRED_RATIONALE = (why: string) =>
  `Why ${why}: required, up to 2000 characters (missing or blank, refused with rule RationaleRequired).`;

/** Text a person wrote: not blank, at most `max` characters. */
export const Text = (max = 2000) =>
  all(IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(max));

/**
 * DOMAIN: wherever something is declined, adapted, reverted, stopped, revised or removed. Missing,
 * null or blank, it is refused as the domain refuses it (rule RationaleRequired, field rationale),
 * so a client meets one shape however the rationale went missing; the schema types it nullable.
 */
export const Rationale = () =>
  all(
    ValidateBy(
      {
        name: 'rationaleRequired',
        validator: {
          validate: (value) => typeof value === 'string' && /\S/.test(value),
          defaultMessage: () => 'A rationale is required here: say why',
        },
      },
      { context: { rule: 'RationaleRequired' } },
    ),
    ValidateBy({
      name: 'rationaleLength',
      validator: {
        validate: (value) => typeof value !== 'string' || value.length <= 2000,
        defaultMessage: () => 'A rationale may be at most 2000 characters long',
      },
    }),
  );

export const LedgerId = () => all(IsString(), Matches(ID, { message: `$property ${ID_RULE}` }));

export const IdList = (min = 0, max = 100) =>
  all(
    IsArray(),
    ArrayMinSize(min, { message: `$property needs at least ${min} entr${min === 1 ? 'y' : 'ies'}` }),
    ArrayMaxSize(max),
    ArrayUnique({ message: '$property lists the same id more than once' }),
    Matches(ID, { each: true, message: `each of $property ${ID_RULE}` }),
  );

export const TextList = (max = 50, length = 2000) =>
  all(IsArray(), ArrayMaxSize(max), IsString({ each: true }), MaxLength(length, { each: true }));

/** A list of nested inputs, each validated with its own rules. */
export const NestedList = (max = 50) => all(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }));

/** An optional filter list: any of these values. */
export const AnyOf = (max = 20) => all(IsOptional(), IsArray(), ArrayMaxSize(max));
