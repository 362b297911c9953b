import type { Page, PageRequest } from '../application/ports/readModelStore';

/** Reads a paged list to its end. */
export const allPages = async <T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> => {
  const nodes: T[] = [];
  for (let after: string | undefined; ;) {
    const page = await read({ first: 500, ...(after ? { after } : {}) });
    nodes.push(...page.items.map(({ node }) => node));
    after = page.items.at(-1)?.cursor;
    if (!page.hasNextPage || !after) return nodes;
  }
};
