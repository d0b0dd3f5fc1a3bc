/**
 * "Did you mean": the known name closest to a misspelt one (`prefx` -> `prefix`,
 * `--verbos` -> `--verbose`), for the messages of unknown config keys, flags and commands.
 */

/**
 * The candidate nearest to `word` by edit distance (insertions, deletions, substitutions and
 * swaps of neighbours, case ignored), when it is near enough to be a slip: at most 1 edit for
 * names of up to 4 characters, 2 up to 8, else 3. Ties go to the earlier candidate.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === word ? null : best;
}

/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours (`pefrix`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
