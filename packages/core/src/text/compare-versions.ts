/**
 * Compares two versions part by part as numbers (`2.10.0` > `2.9.4`), for WSL, kernel, Docker and API versions.
 * `.` and `-` both separate parts, so a revision comes after its release (`2.5.10-1` > `2.5.10`): none of these
 * versions carries a semver pre-release tag. Missing parts and parts that do not start with a digit count as 0.
 * Returns -1, 0 or 1.
 */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function versionParts(version: string): number[] {
  return version
    .trim()
    .split(/[.-]/)
    .map((part) => {
      const n = Number.parseInt(part, 10);
      return Number.isFinite(n) ? n : 0;
    });
}
