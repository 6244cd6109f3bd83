import { detectConfigKind } from './detect-kind.js';
import { parseConfigDocument } from './document.js';
import type { ConfigPatch } from './edit.js';
import { lintEntries } from './lint-entries.js';
import { lintSyntax } from './lint-syntax.js';
import { findConfigKey, findSection } from './schema.js';
import type { ConfigKind } from './types.js';

export interface ConfigPatchProblem {
  line: number;
  column?: number;
  rule: string;
  message: string;
}

export interface ParsedConfigPatch {
  kind: ConfigKind;
  /** Section → key → value as WSL would read it (unescaped). Canonical spellings for known keys. */
  patch: ConfigPatch;
  /** Anything that would make the patch wrong: bad lines, unknown names, invalid values, repeated keys. */
  errors: ConfigPatchProblem[];
  /** Notes that do not block the patch (legacy spellings, octal numbers, policy-controlled keys). */
  warnings: ConfigPatchProblem[];
}

/**
 * Turn a user-supplied INI snippet (an action input such as `[wsl2]\nmemory = 8GB`) into a patch for
 * `mergeConfig`. The snippet is read with WSL's own grammar and checked key by key against the schema; every
 * problem names its line. Never throws.
 */
export function parseConfigPatch(iniText: string, options: { kind?: ConfigKind } = {}): ParsedConfigPatch {
  const kind = options.kind ?? detectConfigKind(iniText);
  // Snippets come from YAML or the command line: read them leniently (CRLF folded, every bad line reported).
  const doc = { ...parseConfigDocument(iniText, 'wslconfig'), kind, stop: null };
  const errors: ConfigPatchProblem[] = [];
  const warnings: ConfigPatchProblem[] = [];
  for (const f of [...lintSyntax(doc), ...lintEntries(doc, { policyNotes: false })]) {
    const problem = {
      line: f.line,
      ...(f.column === undefined ? {} : { column: f.column }),
      rule: f.rule,
      message: f.message,
    };
    // In a patch, an unknown or misplaced key is a typo to fix, not a line WSL would merely skip.
    if (
      f.severity === 'error' ||
      f.rule === 'unknown-key' ||
      f.rule === 'unknown-section' ||
      f.rule === 'obsolete-key'
    ) {
      errors.push(problem);
    } else if (f.rule === 'duplicate-key') {
      errors.push({ ...problem, message: `${f.message.split(';')[0]}; a patch must set each key once.` });
    } else {
      warnings.push(problem);
    }
  }
  const patch: ConfigPatch = {};
  for (const entry of doc.entries) {
    if (entry.section === null || entry.value === null || entry.problem) continue;
    const schema = findConfigKey(kind, entry.section, entry.name);
    const section = schema?.section ?? findSection(kind, entry.section) ?? entry.section;
    const key = schema?.key ?? entry.name;
    const target = patch[section] ?? {};
    if (!(key in target)) target[key] = entry.value;
    patch[section] = target;
  }
  if (doc.entries.length === 0 && errors.length === 0) {
    errors.push({
      line: 1,
      rule: 'empty-patch',
      message: 'The snippet sets no keys. Write at least one `[section]` and `key = value` line.',
    });
  }
  const byLine = (a: ConfigPatchProblem, b: ConfigPatchProblem) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  return { kind, patch, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}
