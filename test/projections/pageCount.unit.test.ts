import { connectionFrom } from '../../src/graphql/views';
import { pageCountedOnRead, withItems } from '../../src/application/ports/readModelStore';

// Counting a long journey costs about as much as reading a page of it (bench/RESULTS.md), so a
// page counts its list only when a client asks for totalCount, and then once.
it('counts a list only when its totalCount is read, and only once', () => {
  let counts = 0;
  const page = pageCountedOnRead(
    { items: [{ cursor: 'c1', node: 'entry' }], hasNextPage: true, hasPreviousPage: false },
    () => (counts += 1) && 7,
  );
  const connection = connectionFrom(withItems(page, page.items));
  expect([connection.pageInfo, counts]).toEqual([
    { hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c1' },
    0,
  ]);
  expect([connection.totalCount, connection.totalCount, counts]).toEqual([7, 7, 1]);
});
