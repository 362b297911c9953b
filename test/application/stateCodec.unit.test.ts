/**
 * The snapshot codec (src/application/snapshots/stateCodec.ts): what JSON cannot say by itself
 * comes back as it was written, and what could not come back exactly is refused.
 */
import { List, Map as PersistentMap, OrderedMap, OrderedSet, Set as PersistentSet, is } from 'immutable';
import { decodeState, encodeState, type Encoded } from '../../src/application/snapshots/stateCodec';

const roundTrip = (value: unknown) => decodeState(JSON.parse(JSON.stringify(encodeState(value))) as Encoded);

describe('the snapshot codec', () => {
  it('brings back persistent collections of the same kind, entries and order', () => {
    const state = {
      list: List(['b', 'a']),
      map: PersistentMap({ x: 1 }),
      ordered: OrderedMap([
        ['z', { kept: true }],
        ['a', { kept: false }],
      ]),
      set: PersistentSet(['p']),
      orderedSet: OrderedSet(['q', 'c']),
    };

    const back = roundTrip(state) as typeof state;

    expect(is(back.list, state.list) && List.isList(back.list)).toBe(true);
    expect(is(back.map, state.map) && !OrderedMap.isOrderedMap(back.map)).toBe(true);
    expect([...back.ordered.keys()]).toEqual(['z', 'a']);
    expect(OrderedMap.isOrderedMap(back.ordered)).toBe(true);
    expect(is(back.set, state.set)).toBe(true);
    expect([...back.orderedSet]).toEqual(['q', 'c']);
    expect(OrderedSet.isOrderedSet(back.orderedSet)).toBe(true);
  });

  it('brings back bigints, undefined, numbers JSON has no word for, native maps and sets, and a key "~"', () => {
    const state = {
      position: 12345678901234567890n,
      missing: undefined,
      numbers: [Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5],
      native: new Map([[1n, new Set(['x'])]]),
      '~': 'a key of its own',
    };

    const back = roundTrip(state) as typeof state;

    expect(back).toEqual(state);
    expect(Object.keys(back)).toEqual(['position', 'missing', 'numbers', 'native', '~']);
    expect(Object.is(back.numbers[2], -0)).toBe(true);
  });

  it('refuses what it could not bring back', () => {
    expect(() => encodeState({ at: new Date(0) })).toThrow('Date cannot be kept in a snapshot');
    expect(() => encodeState({ run: () => 1 })).toThrow('a function cannot be kept in a snapshot');
    expect(() => decodeState({ '~': 'Stack', v: [] })).toThrow(
      '"Stack" is not a kind of value a snapshot holds',
    );
  });
});
