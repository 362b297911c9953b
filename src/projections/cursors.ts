/** Opaque, stable page cursors: the sort key of the last item seen, never an offset. */
import { ValidationError } from '../domain/shared/errors';

export const encodeCursor = (list: string, key: readonly string[]): string =>
  Buffer.from(JSON.stringify([list, ...key])).toString('base64url');

/** The key parts of a cursor made by encodeCursor for the same list (and as many parts), or a ValidationError. */
export const decodeCursor = (cursor: string, list: string, parts: number): string[] => {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(decoded) &&
      decoded.length === parts + 1 &&
      decoded[0] === list &&
      decoded.slice(1).every((part) => typeof part === 'string')
    )
      return decoded.slice(1) as string[];
  } catch {
    // falls through to the error below
  }
  throw new ValidationError(
    'CursorFromThisList',
    `The cursor "${cursor}" does not come from this ${list} list`,
  );
};
