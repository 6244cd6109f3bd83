export interface EditDistanceOptions {
  /** Count a swap of two neighbouring characters as one edit (optimal string alignment); default true. */
  swaps?: boolean;
  /**
   * Callers that only care whether the distance is at most `limit` pass it: any larger distance is reported as
   * `limit + 1`, and words whose lengths already differ by more are not compared at all.
   */
  limit?: number;
}

/**
 * Typo distance between two short words (case-sensitive: callers fold case as their names need). The one
 * implementation behind every "did you mean" of the library and the CLI.
 */
export function editDistance(a: string, b: string, options: EditDistanceOptions = {}): number {
  const { swaps = true, limit = Number.POSITIVE_INFINITY } = options;
  if (a === b) return 0;
  // Each insert or delete closes the length gap by one at most, so the gap is a lower bound.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table are enough: the one being filled, the one before, and the one before that (swaps).
  // They are reused between calls: "did you mean" compares one word with every known name.
  const width = b.length + 1;
  if (scratch.length < 3 * width) scratch = new Uint32Array(Math.max(3 * width, 2 * scratch.length));
  let prevPrev = scratch.subarray(0, width);
  let prev = scratch.subarray(width, 2 * width);
  let row = scratch.subarray(2 * width, 3 * width);
  for (let j = 0; j < width; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A cell builds on the row above or, through a swap, on the one above that (plus one edit): once two rows in
    // a row are past the limit, every later one is too.
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const distance = prev[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

let scratch = new Uint32Array(3 * 32);
