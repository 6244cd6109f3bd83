/**
 * Which Windows builds run WSL 2: 19041 (2004) and later; 18362/18363 (1903/1909) only with the backport
 * (KB4566116, update build revision 1049 or later). ARM64 needs 19041 or later too.
 */
export type Wsl2BuildSupport =
  | { supported: true; reason: 'build' | 'backport' }
  | { supported: false; reason: 'too-old' | 'needs-backport' }
  | { supported: null; reason: 'unknown' };

export const WSL2_MIN_BUILD = 19041;
export const WSL2_BACKPORT_BUILDS: readonly number[] = [18362, 18363];
export const WSL2_BACKPORT_MIN_UBR = 1049;

export function wsl2BuildSupport(build: number | null, ubr: number | null, arch?: string): Wsl2BuildSupport {
  if (build === null || !Number.isFinite(build)) return { supported: null, reason: 'unknown' };
  if (build >= WSL2_MIN_BUILD) return { supported: true, reason: 'build' };
  if (WSL2_BACKPORT_BUILDS.includes(build) && arch !== 'arm64') {
    if (ubr !== null && ubr >= WSL2_BACKPORT_MIN_UBR) return { supported: true, reason: 'backport' };
    return { supported: false, reason: 'needs-backport' };
  }
  return { supported: false, reason: 'too-old' };
}

/** `10.0.26100` + UBR 4652 → `10.0.26100.4652`; the build alone when the version is unknown. */
export function formatWindowsBuild(version: string | null, build: number | null, ubr: number | null): string | null {
  const base = version && /^\d+\.\d+\.\d+$/.test(version) ? version : build !== null ? `10.0.${build}` : null;
  if (base === null) return null;
  return ubr !== null ? `${base}.${ubr}` : base;
}

/**
 * Build and update revision from a Windows version as `wsl --version` prints it or Node's `os.release()` returns
 * it on Windows (`10.0.26100.4652`, `10.0.17763`); null for anything else. Total: never throws.
 */
export function splitWindowsVersion(text: string | null | undefined): { build: number; ubr: number | null } | null {
  const match = /^\s*\d+\.\d+\.(\d{4,6})(?:\.(\d{1,6}))?\s*$/.exec(text ?? '');
  if (!match) return null;
  return { build: Number(match[1]), ubr: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * Whether this build can never run WSL 2 (an early, certain failure); false when it can or when the answer depends
 * on an update revision that is unknown (1903/1909 with the backport).
 */
export function cannotRunWsl2(build: number | null, ubr: number | null, arch?: string): boolean {
  const support = wsl2BuildSupport(build, ubr, arch);
  if (support.supported !== false) return false;
  return support.reason === 'too-old' || ubr !== null;
}
