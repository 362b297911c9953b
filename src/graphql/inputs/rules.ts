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
/** Business dates and times: a date, or a UTC timestamp (the command-line tool checks them the same way). */
export const WHEN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** Text a person wrote: not blank, at most `max` characters. */
export const Text = (max = 2000) =>
  all(IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(max));

/** DOMAIN: wherever something is declined, adapted, reverted, stopped, revised or removed. */
export const Rationale = () =>
  all(IsString(), Matches(/\S/, { message: 'a rationale is required here: say why' }), MaxLength(2000));

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

/** Business time in UTC: 2022-03-14 or 2022-03-14T09:30:00Z. */
export const BusinessTime = () =>
  all(
    IsString(),
    Matches(WHEN, {
      message: '$property must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z)',
    }),
  );

/** A list of nested inputs, each validated with its own rules. */
export const NestedList = (max = 50) => all(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }));

/** An optional filter list: any of these values. */
export const AnyOf = (max = 20) => all(IsOptional(), IsArray(), ArrayMaxSize(max));
