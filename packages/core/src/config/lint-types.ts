import type { ConfigKind } from './types.js';

export type LintSeverity = 'error' | 'warning' | 'info';

/** Stable rule ids (kebab-case) for filters, annotations and docs. */
export const LINT_RULES = [
  'encoding',
  'byte-order-mark',
  'semicolon-comment',
  'invalid-key-name',
  'missing-equals',
  'invalid-section-header',
  'invalid-escape',
  'crlf-continuation',
  'unterminated-quote',
  'ignored-after-invalid-line',
  'key-outside-section',
  'unknown-section',
  'unknown-key',
  'wrong-section',
  'wrong-file',
  'obsolete-key',
  'legacy-spelling',
  'invalid-value',
  'size-unit',
  'octal-integer',
  'integer-out-of-range',
  'invalid-list-item',
  'renamed-value',
  'duplicate-key',
  'non-ascii',
  'path-not-absolute',
  'not-supported',
  'dependency',
  'requires-newer-wsl',
  'policy',
  'safe-mode',
] as const;

export type LintRule = (typeof LINT_RULES)[number];

export interface LintFinding {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units) when the finding points inside the line. */
  column?: number;
  severity: LintSeverity;
  rule: LintRule;
  /** What is wrong, what WSL does about it, and what to change. */
  message: string;
  /** Replacement text for the line (or the header/key part of it) when there is one clear fix. */
  suggestion?: string;
  /** `section.key` the finding is about, when it is about a key. */
  key?: string;
}

export interface LintResult {
  kind: ConfigKind;
  findings: LintFinding[];
}

export interface LintOptions {
  /** Installed WSL package version (`2.5.10`), to flag keys newer than it. */
  wslVersion?: string;
  /** Logical processors of the host, to flag `processors` above it. */
  hostProcessors?: number;
  /** wsl.conf lint: the user's `.wslconfig` text, for checks across both files. */
  wslconfigText?: string;
  /** wsl.conf lint: the WSL version (1 or 2) of the distribution. */
  distroVersion?: 1 | 2;
  /** Report policy-controlled keys (info): every line (true), once per file ('once', the default), never (false). */
  policyNotes?: boolean | 'once';
}
