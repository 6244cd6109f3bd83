// The runner's environment files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH): `name=value` lines and
// `name<<DELIMITER` heredoc blocks, parsed the way the Actions runner does.

export interface KeyValueFile {
  /** Entries in file order; a later entry with the same name wins when read into a record. */
  entries: Array<{ name: string; value: string }>;
  /** Problems the runner would report as errors (the step then fails). */
  errors: string[];
}

/**
 * Parses a key-value environment file. A line is `name=value` when its first `=` comes before any `<<`;
 * otherwise it opens a heredoc `name<<DELIMITER` that runs to the first line equal to DELIMITER.
 */
export function parseKeyValueFile(text: string): KeyValueFile {
  const lines = text.split(/\r?\n/);
  const out: KeyValueFile = { entries: [], errors: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) {
        out.errors.push(`Invalid format '${line}'. Name must not be empty`);
        continue;
      }
      out.entries.push({ name, value: line.slice(equals + 1) });
      continue;
    }
    if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) {
        out.errors.push(`Invalid format '${line}'. Delimiter must not be empty`);
        continue;
      }
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) {
        out.errors.push(`Invalid value. Matching delimiter not found '${delimiter}'`);
        break;
      }
      out.entries.push({ name, value: lines.slice(i + 1, end).join('\n') });
      i = end;
      continue;
    }
    out.errors.push(`Invalid format '${line}'`);
  }
  return out;
}

/** Entries as a record, later names winning. */
export function toRecord(file: KeyValueFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of file.entries) out[name] = value;
  return out;
}

/** GITHUB_PATH: one directory per non-empty line, in file order. */
export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
