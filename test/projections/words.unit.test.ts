import { day } from '../../src/projections/words';

describe('date words in journey summaries', () => {
  it('names the day, the month and the year as a British reader writes them', () => {
    expect(day('2021-10-14')).toBe('14 Oct 2021');
    expect(day('2024-09-05T09:00:00Z')).toBe('5 Sep 2024');
    expect(day('2025-01-31')).toBe('31 Jan 2025');
  });

  it('leaves what is not a date as it was given', () => {
    expect(day('soon')).toBe('soon');
  });
});
