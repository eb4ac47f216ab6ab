/**
 * The index of the first item of a sorted list that is not `before` the point sought (the list's length when all
 * are): the halving search the stages use to start reading sorted quotations or mentions from one place instead of
 * the start.
 */
export function lowerBound<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
