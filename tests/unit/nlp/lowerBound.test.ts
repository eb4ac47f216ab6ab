import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../src/nlp/text/lowerBound.ts';

describe('lowerBound', () => {
  it('finds the first item not before the point, or the length when every item is', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(lowerBound(xs, (x) => x < 0)).toBe(0);
    expect(lowerBound(xs, (x) => x < 3)).toBe(1);
    expect(lowerBound(xs, (x) => x < 4)).toBe(3);
    expect(lowerBound(xs, (x) => x < 9)).toBe(5);
    expect(lowerBound([], () => true)).toBe(0);
  });
});
