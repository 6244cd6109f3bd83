/**
 * What wsl-ready knows about one WSL failure. Categories are coarse on purpose: checks and reports branch on them,
 * while the entry's remediation carries the precise steps.
 */
export const WSL_ERROR_CATEGORIES = [
  'virtualization-disabled',
  'feature-missing',
  'kernel-update',
  'no-distro',
  'access-denied',
  'network',
  'other',
] as const;

export type WslErrorCategory = (typeof WSL_ERROR_CATEGORIES)[number];

export interface WslErrorEntry {
  /** The 32-bit HRESULT as `0x` + 8 lower-case hex digits, when it is known. */
  readonly hresult?: string;
  /** The symbolic name wsl.exe prints in the last segment of `Error code:` (e.g. `HCS_E_HYPERV_NOT_INSTALLED`). */
  readonly symbol?: string;
  /** Other names or short forms seen in the wild (Win32 code as printed by inbox tools, older names). */
  readonly aliases?: readonly string[];
  /** One line a user understands. */
  readonly title: string;
  /** What the code means and what usually causes it. */
  readonly meaning: string;
  readonly category: WslErrorCategory;
  /** Steps to follow, in order: commands, settings, and what to change in a CI workflow. */
  readonly remediation: readonly string[];
  readonly docsUrl: string;
}

/** The answer of a lookup: an entry of the catalogue, or a fallback of category `other` that keeps the code. */
export interface WslErrorLookup extends WslErrorEntry {
  /** True when the code is in the catalogue. */
  readonly known: boolean;
  /** The code looked up, trimmed (e.g. the full `Wsl/.../SYMBOL` path). */
  readonly input: string;
  /** `Wsl/...` path components before the deciding one (e.g. `['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS']`). */
  readonly context: readonly string[];
}
