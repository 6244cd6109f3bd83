// A `run:` step with a custom shell (`shell: wsl-bash {0}`), invoked the way actions/runner does it on Windows
// (src/Runner.Worker/Handlers/ScriptHandler.cs `RunAsync`, ScriptHandlerHelpers.cs `ParseShellOptionString`,
// `GetScriptFileExtension`): the shell option is split at its first space into a command and an argument format;
// the command is looked up on PATH (GITHUB_PATH entries first; on Windows PATHEXT finds `wsl-bash.cmd`); the script
// is written to `<RUNNER_TEMP>\<guid>` with no extension (custom shells get none), CRLF line endings and UTF-8
// without a BOM; `"` in its path becomes `\"`, and `string.Format(format, path)` puts the path where `{0}` is,
// WITHOUT quotes, so a temp folder holding spaces reaches the shell as several arguments. The process then gets that
// string as its Windows command line; this stand-in splits it by the CommandLineToArgvW rules a program would.
//
// Cancellation follows the runner on Windows (src/Runner.Sdk/ProcessInvoker.cs `CancelAndKillProcessTree` with
// `killProcessOnCancel: false`, as ScriptHandler passes it): `SendCtrlSignal` attaches to the step's console and
// raises CTRL_C_EVENT for every process on it (`GenerateConsoleCtrlEvent(CTRL_C, 0)`), waits `_sigintTimeout`
// (7.5 s) for the step's process to exit, then CTRL_BREAK_EVENT and `_sigtermTimeout` (2.5 s), then
// `WindowsKillProcessTree`: every process whose parent chain leads to the step's process is killed
// (`NtQueryInformationProcess` parent ids, leaves first). Here the console is the step's process group (it is
// spawned detached): SIGINT stands for CTRL_C_EVENT and SIGTERM for CTRL_BREAK_EVENT, sent to the group, so a
// process started detached (Windows: DETACHED_PROCESS, no console) gets neither; the tree kill is SIGKILL to every
// descendant by parent pid, passing by the twin's processes that stand for the Linux side (they are not Windows
// processes; see LINUX_SIDE_MARKER).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { LINUX_SIDE_MARKER } from '../wsl/distro-exec.js';

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
  /** Cancel the job once this holds for the output so far (checked on every chunk), as the runner cancels a step. */
  cancelWhen?: (output: { stdout: string; stderr: string }) => boolean;
  /** The runner's waits after Ctrl+C and after Ctrl+Break (default 7500 and 2500 ms, ProcessInvoker's). */
  cancelWaitsMs?: { ctrlC: number; ctrlBreak: number };
}

/** How a cancelled step ended: it exited after the Ctrl+C, after the Ctrl+Break, or its tree was killed. */
export type CancelOutcome = 'ctrl-c' | 'ctrl-break' | 'tree-kill';

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
  /** Set when the step was cancelled: what ended it and how long after the cancel it exited. */
  cancel?: { outcome: CancelOutcome; afterMs: number };
  /** The signal that ended the step's process, if one did. */
  signal: NodeJS.Signals | null;
}

/** The runner's waits (actions/runner src/Runner.Sdk/ProcessInvoker.cs `_sigintTimeout`, `_sigtermTimeout`). */
export const RUNNER_CANCEL_WAITS_MS = { ctrlC: 7_500, ctrlBreak: 2_500 } as const;

function procChildren(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // Gone meanwhile.
    }
  }
  return children;
}

function standsForLinux(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`${LINUX_SIDE_MARKER}=1`);
  } catch {
    return false;
  }
}

/** WindowsKillProcessTree: the step's process and its descendants by parent pid, snapshot first, then killed. */
export function killStepTree(root: number): number[] {
  const children = procChildren();
  const tree: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (standsForLinux(child)) continue;
      walk(child);
    }
    tree.push(pid);
  };
  walk(root);
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return tree;
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
    let exited = false;
    let cancel: { outcome: CancelOutcome; afterMs: number } | undefined;
    const timers: NodeJS.Timeout[] = [];
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone.
      }
    }, options.timeoutMs ?? 60_000);
    timers.push(timer);
    const consoleEvent = (signal: 'SIGINT' | 'SIGTERM') => {
      try {
        if (child.pid && !exited) process.kill(-child.pid, signal);
      } catch {
        // The group is gone.
      }
    };
    let cancelStarted = 0;
    let phase: CancelOutcome = 'ctrl-c';
    const startCancel = () => {
      if (cancelStarted || exited || !child.pid) return;
      cancelStarted = performance.now();
      const waits = options.cancelWaitsMs ?? RUNNER_CANCEL_WAITS_MS;
      consoleEvent('SIGINT');
      timers.push(
        setTimeout(() => {
          if (exited) return;
          phase = 'ctrl-break';
          consoleEvent('SIGTERM');
          timers.push(
            setTimeout(() => {
              if (exited || !child.pid) return;
              phase = 'tree-kill';
              killStepTree(child.pid);
            }, waits.ctrlBreak),
          );
        }, waits.ctrlC),
      );
    };
    const watch = () => {
      if (options.cancelWhen?.({ stdout, stderr })) startCancel();
    };
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      watch();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      watch();
    });
    child.on('error', (error) => {
      for (const t of timers) clearTimeout(t);
      reject(error);
    });
    child.on('exit', () => {
      exited = true;
      if (cancelStarted) cancel = { outcome: phase, afterMs: Math.round(performance.now() - cancelStarted) };
    });
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      resolve({
        exitCode: code,
        signal,
        stdout,
        stderr,
        command: file,
        commandLine,
        argv,
        scriptPath,
        ...(cancel ? { cancel } : {}),
      });
    });
  });
}
