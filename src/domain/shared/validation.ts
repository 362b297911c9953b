import { ValidationError } from './errors';

export const requireText = (value: string | undefined, field: string, maxLength = 2000): string => {
  const text = value?.trim() ?? '';
  if (!text) throw new ValidationError('RequiredText', `${field} must not be empty`);
  if (text.length > maxLength) {
    throw new ValidationError('TextTooLong', `${field} must be at most ${maxLength} characters`);
  }
  return text;
};

/** DOMAIN: a rationale is mandatory wherever something is declined, adapted, reverted, stopped, revised or removed. */
export const requireRationale = (value: string | undefined, when: string): string => {
  if (!value?.trim())
    throw new ValidationError('RationaleRequired', `A rationale is required when ${when}`, 'rationale');
  return requireText(value, 'rationale');
};

export const requireNonEmpty = <T>(values: readonly T[] | undefined, field: string): readonly T[] => {
  if (!values || values.length === 0)
    throw new ValidationError('AtLeastOneRequired', `${field} needs at least one entry`);
  if (new Set(values).size !== values.length) {
    throw new ValidationError('NoDuplicates', `${field} lists the same entry more than once`);
  }
  return values;
};

export const requireOneOf = <T extends string>(value: string, allowed: readonly T[], field: string): T => {
  if (!allowed.includes(value as T)) {
    throw new ValidationError(
      'UnknownValue',
      `${field} must be one of ${allowed.join(', ')}; got "${value}"`,
    );
  }
  return value as T;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** A business date or timestamp in UTC: 2022-03-14 or 2022-03-14T09:30:00Z. */
export const requireDate = (value: string | undefined, field: string): string => {
  const valid =
    !!value &&
    (DATE.test(value) || TIMESTAMP.test(value)) &&
    !Number.isNaN(Date.parse(value)) &&
    sameDay(value);
  if (!valid) {
    throw new ValidationError(
      'ValidDate',
      `${field} must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "${value}"`,
    );
  }
  return value!;
};

// Date.parse('2022-02-30') rolls over to March; a real calendar date round-trips.
const sameDay = (value: string) => new Date(value).toISOString().slice(0, 10) === value.slice(0, 10);

export const isBefore = (earlier: string, later: string): boolean => Date.parse(earlier) < Date.parse(later);

export const requireWholeNumber = (value: number, field: string, min = 0): number => {
  if (!Number.isInteger(value) || value < min) {
    throw new ValidationError('WholeNumber', `${field} must be a whole number of at least ${min}`);
  }
  return value;
};

export const requireFiniteNumber = (value: number, field: string): number => {
  if (!Number.isFinite(value)) throw new ValidationError('FiniteNumber', `${field} must be a number`);
  return value;
};
