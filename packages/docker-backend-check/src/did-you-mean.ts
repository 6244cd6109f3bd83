import { editDistance } from '@wsl-ready/core';

/**
 * The closest known word to a mistyped one, or null when nothing is close enough to be a typo. Separators and
 * case are ignored (`Desktop_WSL2` → `desktop-wsl2`), and a unique known word containing the input, or contained
 * in it, also counts (`hyperv` → `desktop-hyperv`, `warning` → `warn`).
 */
export function didYouMean(input: string, known: readonly string[]): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');
  const wanted = squash(input.slice(0, 64));
  if (wanted === '') return null;
  const exact = known.find((k) => squash(k) === wanted);
  if (exact) return exact;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(wanted, squash(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the shorter word may differ: `desktop` is not a typo of `desktop-mac`.
  const allowed = best === null ? 0 : Math.max(1, Math.floor(Math.min(wanted.length, squash(best).length) / 3));
  if (best !== null && bestDistance <= allowed) return best;
  // One known word containing the input (`hyperv`), or contained in it (`warning` → `warn`).
  const containing = known.filter((k) => wanted.length >= 3 && squash(k).includes(wanted));
  if (containing.length === 1) return containing[0]!;
  const contained = known.filter((k) => squash(k).length >= 3 && wanted.includes(squash(k)));
  return contained.length === 1 ? contained[0]! : null;
}
