/**
 * Small-file I/O in two folders, timed inside one shell process: create, stat, read and delete N files in a fresh
 * temporary folder. Shell builtins only in the loops (`printf >`, `[ -e ]`, `read <`), so the figure is the file
 * system's, not fork's. Prints `<label> <nanoseconds>` per folder.
 */
export const BENCH_FILES = 200;

export const IO_BENCH_SCRIPT = `bench() {
  d=$(mktemp -d "$2/.wsl-ready-bench.XXXXXX") || { echo "$1 error"; return; }
  s=$(date +%s%N)
  i=0; while [ $i -lt ${BENCH_FILES} ]; do printf 'wsl-ready\\n' > "$d/f$i"; i=$((i+1)); done
  i=0; while [ $i -lt ${BENCH_FILES} ]; do [ -e "$d/f$i" ]; i=$((i+1)); done
  i=0; while [ $i -lt ${BENCH_FILES} ]; do read -r x < "$d/f$i"; i=$((i+1)); done
  rm -rf "$d"
  e=$(date +%s%N)
  echo "$1 $((e-s))"
}
bench here "$1"
bench home "$2"`;

export interface IoBenchResult {
  hereNs: number | null;
  homeNs: number | null;
  /** How many times slower the current folder is than the Linux home. */
  ratio: number | null;
}

export function parseIoBench(text: string): IoBenchResult {
  const read = (label: string): number | null => {
    const match = new RegExp(`^${label} (\\d+)$`, 'm').exec(text);
    const value = match ? Number(match[1]) : Number.NaN;
    return Number.isFinite(value) && value > 0 ? value : null;
  };
  const hereNs = read('here');
  const homeNs = read('home');
  return { hereNs, homeNs, ratio: hereNs !== null && homeNs !== null ? hereNs / homeNs : null };
}

/** `/mnt/c/src/app` → `c` when the folder sits on a Windows drive under the automount root. */
export function windowsDriveOf(cwd: string, automountRoot = '/mnt/'): string | null {
  const root = automountRoot.endsWith('/') ? automountRoot : `${automountRoot}/`;
  if (!cwd.startsWith(root)) return null;
  const drive = /^([a-z])(?:\/|$)/i.exec(cwd.slice(root.length))?.[1];
  return drive ? drive.toLowerCase() : null;
}
