/**
 * "Did you mean" for section and key names: case-insensitive optimal-string-alignment distance (a swap of two
 * neighbouring letters counts as one edit), ignoring the `_`, `-` and `.` that WSL rejects anyway.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  // Rows of the DP table; names are short, so two full rows plus the one before are enough.
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      row.push(best);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/** Normalise a name the way a person might have meant it: drop separators WSL does not allow. */
export function squashName(name: string): string {
  return name.replace(/[_\-.\s]/g, '').toLowerCase();
}

/** The closest candidate within a distance that still reads as a typo, or undefined. */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = squashName(input);
  // Names are short; a very long input is no typo, and the distance table would grow with its length.
  if (wanted === '' || wanted.length > 64) return undefined;
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(wanted, squashName(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * User text quoted in a message: control characters made visible and long text cut, so a hostile or broken file
 * cannot blow up a report or inject line breaks into it.
 */
export function clip(text: string, max = 80): string {
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}
