import type { CallKind } from './state.js';

/** What the top-level loop of wsl.exe decided to do (S1 `WslMain`). */
export type TopLevel =
  | { kind: 'management'; callKind: Exclude<CallKind, 'exec' | 'boot'>; option: string; rest: string[] }
  | {
      kind: 'exec';
      distro?: string;
      user?: string;
      cd?: string;
      /** `shell`: the command line goes to `$SHELL -c`; `exec`: argv runs without a shell; `none`: interactive shell. */
      mode: 'shell' | 'login' | 'exec' | 'interactive';
      argv: string[];
    }
  | { kind: 'invalid-option'; option: string }
  | { kind: 'missing-parameter'; option: string }
  | { kind: 'distro-already-set' };

const MANAGEMENT: Record<string, Exclude<CallKind, 'exec' | 'boot'>> = {
  '--version': 'version',
  '-v': 'version',
  '--status': 'status',
  '--list': 'list',
  '-l': 'list',
  '--install': 'install',
  '--import': 'import',
  '--export': 'export',
  '--unregister': 'unregister',
  '--set-default': 'set-default',
  '-s': 'set-default',
  '--setdefault': 'set-default',
  '--set-version': 'set-version',
  '--set-default-version': 'set-default-version',
  '--terminate': 'terminate',
  '-t': 'terminate',
  '--shutdown': 'shutdown',
  '--update': 'update',
  '--manage': 'manage',
  '--help': 'help',
};

/** Parse argv the way wsl.exe's top-level loop does: options until the first non-option token, `--` or `-e`. */
export function parseTopLevel(argv: readonly string[]): TopLevel {
  let distro: string | undefined;
  let user: string | undefined;
  let cd: string | undefined;
  let shellType: 'shell' | 'login' | 'exec' = 'shell';
  let i = 0;
  const value = (option: string): string | { kind: 'missing-parameter'; option: string } => {
    const next = argv[i + 1];
    if (next === undefined || next === '') return { kind: 'missing-parameter', option };
    i++;
    return next;
  };
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    const management = MANAGEMENT[arg];
    if (management !== undefined) {
      return { kind: 'management', callKind: management, option: arg, rest: argv.slice(i + 1) };
    }
    if (arg === '--') {
      return { kind: 'exec', distro, user, cd, mode: shellType, argv: argv.slice(i + 1) };
    }
    if (arg === '-e' || arg === '--exec') {
      return { kind: 'exec', distro, user, cd, mode: 'exec', argv: argv.slice(i + 1) };
    }
    if (arg === '-d' || arg === '--distribution') {
      if (distro !== undefined) return { kind: 'distro-already-set' };
      const v = value('--distribution');
      if (typeof v !== 'string') return v;
      distro = v;
    } else if (arg === '-u' || arg === '--user') {
      const v = value('--user');
      if (typeof v !== 'string') return v;
      user = v;
    } else if (arg === '--cd') {
      const v = value('--cd');
      if (typeof v !== 'string') return v;
      cd = v;
    } else if (arg === '--shell-type') {
      const v = value('--shell-type');
      if (typeof v !== 'string') return v;
      if (v === 'standard') shellType = 'shell';
      else if (v === 'login') shellType = 'login';
      else if (v === 'none') shellType = 'exec';
      else return { kind: 'invalid-option', option: v };
    } else if (arg === '~' && i === 0) {
      cd = '~';
    } else if (arg.startsWith('-')) {
      return { kind: 'invalid-option', option: arg };
    } else {
      return { kind: 'exec', distro, user, cd, mode: shellType, argv: argv.slice(i) };
    }
  }
  return { kind: 'exec', distro, user, cd, mode: 'interactive', argv: [] };
}

/**
 * The command line a Windows caller hands to wsl.exe for these argv (the MSVCRT / libuv quoting rules). In shell mode
 * wsl.exe passes that raw text to `$SHELL -c`, so the Linux shell parses the caller's quoting.
 */
export function windowsCommandLine(argv: readonly string[]): string {
  return argv.map(quoteWindowsArg).join(' ');
}

export function quoteWindowsArg(arg: string): string {
  if (arg === '') return '""';
  if (!/[ \t"]/.test(arg)) return arg;
  if (!/["\\]/.test(arg)) return `"${arg}"`;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
    } else if (ch === '"') {
      out += `${'\\'.repeat(backslashes * 2 + 1)}"`;
      backslashes = 0;
    } else {
      out += '\\'.repeat(backslashes) + ch;
      backslashes = 0;
    }
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

export interface OptionSpec {
  /** Names (long and short) mapped to a canonical key, and whether the option takes a value. */
  options: Record<string, { key: string; value: boolean }>;
}

export interface ParsedSubcommand {
  flags: Map<string, string | true>;
  positionals: string[];
}

export type SubcommandError = { error: 'invalid'; arg: string } | { error: 'missing'; arg: string };

/**
 * The sub-command parser (`ArgumentParser`): combined short flags (`-vq`), `--` ends options, no `--name=value`,
 * an unknown option or a missing value is an error.
 */
export function parseSubcommand(args: readonly string[], spec: OptionSpec): ParsedSubcommand | SubcommandError {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    const known = spec.options[arg];
    if (known !== undefined) {
      if (known.value) {
        const next = args[i + 1];
        if (next === undefined) return { error: 'missing', arg };
        flags.set(known.key, next);
        i++;
      } else {
        flags.set(known.key, true);
      }
      continue;
    }
    // -vq: every letter must be a known short flag without a value.
    if (/^-[A-Za-z]{2,}$/.test(arg)) {
      const letters = [...arg.slice(1)].map((c) => spec.options[`-${c}`]);
      if (letters.every((o) => o !== undefined && !o.value)) {
        for (const o of letters) flags.set(o!.key, true);
        continue;
      }
    }
    return { error: 'invalid', arg };
  }
  return { flags, positionals };
}
