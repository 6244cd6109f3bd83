// Renders a scenario's environment as lines a person pastes into a shell (pure).

export type ShellKind = 'sh' | 'pwsh';

/** POSIX single quotes: nothing inside is special except the quote itself. */
function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** PowerShell single-quoted string: a quote is doubled. */
function pwshQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `export NAME='value'` (sh) or `$env:NAME = 'value'` (PowerShell) for each variable, sorted, then the removals
 * (`unset`, `Remove-Item Env:`). Names that are not identifiers are refused: they cannot be set this way.
 */
export function renderEnvLines(
  env: Readonly<Record<string, string>>,
  unset: readonly string[],
  shell: ShellKind,
): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!NAME.test(name)) throw new Error(`Cannot export the variable name ${JSON.stringify(name)}.`);
    const value = env[name] ?? '';
    lines.push(shell === 'sh' ? `export ${name}=${shQuote(value)}` : `$env:${name} = ${pwshQuote(value)}`);
  }
  const removals = unset.filter((name) => NAME.test(name) && !(name in env));
  if (removals.length > 0) {
    if (shell === 'sh') lines.push(`unset ${removals.join(' ')}`);
    else for (const name of removals) lines.push(`Remove-Item Env:${name} -ErrorAction SilentlyContinue`);
  }
  return lines;
}
