// A `run:` step with a custom shell (`shell: wsl-bash {0}`), invoked the way actions/runner does it on Windows
// (src/Runner.Worker/Handlers/ScriptHandler.cs `RunAsync`, ScriptHandlerHelpers.cs `ParseShellOptionString`,
// `GetScriptFileExtension`): the shell option is split at its first space into a command and an argument format;
// the command is looked up on PATH (GITHUB_PATH entries first; on Windows PATHEXT finds `wsl-bash.cmd`); the script
// is written to `<RUNNER_TEMP>\<guid>` with no extension (custom shells get none), CRLF line endings and UTF-8
// without a BOM; `"` in its path becomes `\"`, and `string.Format(format, path)` puts the path where `{0}` is,
// WITHOUT quotes, so a temp folder holding spaces reaches the shell as several arguments. The process then gets that
// string as its Windows command line; this stand-in splits it by the CommandLineToArgvW rules a program would.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface RunStepOptions {
  /** The step's `shell:` value, e.g. `wsl-bash {0}`. */
  shell: string;
  /** The step's `run:` text. */
  script: string;
  /** RUNNER_TEMP (a host folder; it may hold spaces and non-ASCII letters). */
  tempDir: string;
  env?: Record<string, string | undefined>;
  /** GITHUB_PATH entries added by earlier steps (prepended to PATH, as the runner does). */
  addedPath?: string[];
  cwd?: string;
  timeoutMs?: number;
}

export interface StepRunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The command the runner resolved and the argument string it formatted. */
  command: string;
  commandLine: string;
  /** What the shell program received as its arguments. */
  argv: string[];
  scriptPath: string;
}

/** ScriptHandlerHelpers.ParseShellOptionString: split once, at the first space. */
export function parseShellOption(shell: string): { command: string; format: string } {
  const space = shell.indexOf(' ');
  return space < 0
    ? { command: shell, format: '' }
    : { command: shell.slice(0, space), format: shell.slice(space + 1) };
}

/** `string.Format(format, path)` after escaping quotes, as ScriptHandler does: the path goes in unquoted. */
export function formatShellArguments(format: string, scriptPath: string): string {
  if (!format.includes('{0}')) {
    throw new Error(
      "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'",
    );
  }
  return format.replaceAll('{0}', scriptPath.replace(/"/g, '\\"'));
}

/** CommandLineToArgvW's splitting: whitespace separates, `"` groups, `\` escapes only before `"`. Pure. */
export function splitWindowsCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      let slashes = 0;
      while (line[i] === '\\') {
        slashes++;
        i++;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(slashes / 2));
        if (slashes % 2 === 1) current += '"';
        else inQuotes = !inQuotes;
      } else {
        current += '\\'.repeat(slashes);
        i--;
      }
      started = true;
    } else if (c === '"') {
      if (inQuotes && line[i + 1] === '"') {
        current += '"';
        i++;
      } else inQuotes = !inQuotes;
      started = true;
    } else if ((c === ' ' || c === '\t') && !inQuotes) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

function resolveCommand(command: string, path: string): string {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: keep looking, as WhichUtil.Which does.
    }
  }
  throw new Error(`${command}: command not found on PATH (the runner's WhichUtil.Which would fail the step)`);
}

/** Run one `run:` step with a custom shell as the Windows runner invokes it. */
export function runStep(options: RunStepOptions): Promise<StepRunResult> {
  const { command, format } = parseShellOption(options.shell);
  const scriptPath = join(options.tempDir, randomUUID());
  const commandLine = formatShellArguments(format, scriptPath);
  const contents = options.script.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
  writeFileSync(scriptPath, contents, 'utf8');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  env.PATH = [...(options.addedPath ?? []), env.PATH ?? process.env.PATH ?? ''].join(delimiter);
  env.RUNNER_TEMP = options.tempDir;
  const file = resolveCommand(command, env.PATH);
  const argv = splitWindowsCommandLine(commandLine);
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout, stderr, command: file, commandLine, argv, scriptPath });
    });
  });
}
