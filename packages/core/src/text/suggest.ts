import { closestName } from '../config/suggest.js';

/** Case and the separators `-`, `_`, `.` and spaces do not count when a typed word is compared with known ones. */
function squash(word: string): string {
  return word.toLowerCase().replace(/[\s_.-]+/g, '');
}

/**
 * "Did you mean": the known word a mistyped one most likely stands for, or undefined when none is close enough.
 * A typo within a third of the word's length counts (the config linter's rule: a swap of neighbours is one edit,
 * `Desktop_WSL2` is `desktop-wsl2`), and so does the one known word containing the input, or contained in it
 * (`hyperv` → `desktop-hyperv`, `warning` → `warn`). Used by both actions for every input with a fixed choice.
 */
export function suggest(input: string, known: readonly string[]): string | undefined {
  const wanted = squash(input.slice(0, 64));
  if (wanted === '') return undefined;
  const typo = closestName(wanted, known);
  if (typo !== undefined) return typo;
  const containing = known.filter((k) => wanted.length >= 3 && squash(k).includes(wanted));
  if (containing.length === 1) return containing[0];
  const contained = known.filter((k) => squash(k).length >= 3 && wanted.includes(squash(k)));
  return contained.length === 1 ? contained[0] : undefined;
}

/** ` Did you mean \`x\`?` for a message, or '' when nothing is close. */
export function didYouMean(input: string, known: readonly string[]): string {
  const hint = suggest(input, known);
  return hint === undefined ? '' : ` Did you mean \`${hint}\`?`;
}
