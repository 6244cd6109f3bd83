import { editDistance } from '../text/edit-distance.js';

// "Did you mean" for section and key names: case-insensitive optimal-string-alignment distance (a swap of two
// neighbouring letters counts as one edit), ignoring the `_`, `-` and `.` that WSL rejects anyway.

/** Normalise a name the way a person might have meant it: drop separators WSL does not allow. */
function squashName(name: string): string {
  return name.replace(/[_\-.\s]/g, '').toLowerCase();
}

// Candidates are the schema's section, key and enum names, squashed again on every lookup otherwise; the cap
// keeps the cache bounded should a caller pass other lists.
const squashedCandidates = new Map<string, string>();

function squashCandidate(name: string): string {
  let squashed = squashedCandidates.get(name);
  if (squashed === undefined) {
    if (squashedCandidates.size >= 1024) squashedCandidates.clear();
    squashed = squashName(name);
    squashedCandidates.set(name, squashed);
  }
  return squashed;
}

/** What a typed name is compared as, and how far from a candidate it may be to still read as a typo. */
function typoTarget(input: string): { wanted: string; limit: number } | undefined {
  const wanted = squashName(input);
  // Names are short; a very long input is no typo, and the distance table would grow with its length.
  if (wanted === '' || wanted.length > 64) return undefined;
  return { wanted, limit: Math.max(1, Math.floor(wanted.length / 3)) };
}

/** The closest candidate within a distance that still reads as a typo, or undefined. */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  const target = typoTarget(input);
  if (!target) return undefined;
  const { wanted, limit } = target;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(wanted, squashCandidate(candidate), { limit });
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A test for "is this candidate a typo of `input`" (what `closestName(input, [candidate])` answers), squashing `input` once. */
export function typoOf(input: string): (candidate: string) => boolean {
  const target = typoTarget(input);
  if (!target) return () => false;
  const { wanted, limit } = target;
  return (candidate) => editDistance(wanted, squashCandidate(candidate), { limit }) <= limit;
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
