import { readFileSync, writeFileSync } from 'node:fs';
import {
  CommandAbortedError,
  CommandNotFoundError,
  type CommandRunner,
  type ForwardedEnvValue,
  MAX_TIMER_MS,
  NodeCommandRunner,
  wslExecArgs,
} from '@wsl-ready/core';
import { createHostPaths, type HostPaths } from '../host-paths.js';
import { type CancelSignals, watchCancellation } from './cancel.js';
import { type StepConfig, valueHash } from './wrapper.js';

/** Variables that describe the Windows side (or the Linux user) and must not cross into the distro. */
const NEVER_FORWARDED = new Set(
  [
    'PATH',
    'PATHEXT',
    'WSLENV',
    'WSL_UTF8',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TEMP',
    'TMP',
    'TMPDIR',
    'USERPROFILE',
    'HOMEDRIVE',
    'HOMEPATH',
    'HOME',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PUBLIC',
    'ALLUSERSPROFILE',
    'PSMODULEPATH',
    'PWD',
    'OLDPWD',
    'SHELL',
    'USER',
    'USERNAME',
    'LOGNAME',
    'LANG',
    'TERM',
    'NODE_OPTIONS',
    'SHLVL',
    '_',
  ].map((name) => name.toLowerCase()),
);
const NEVER_PREFIXES = ['wsl_ready_', 'wsl_twin_', 'lc_', 'state_', 'input_'];
/** GitHub's variables that hold paths: translated so `echo x >> "$GITHUB_OUTPUT"` works inside the distro. */
const PATH_VARIABLES = new Set([
  'GITHUB_WORKSPACE',
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_EVENT_PATH',
  'GITHUB_ACTION_PATH',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  'RUNNER_WORKSPACE',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The variables a step forwards into the distro: GitHub's and the runner's (paths translated), plus every
 * variable that is new or changed since setup ran (the step's `env:`, `GITHUB_ENV` exports). Pure.
 */
export function forwardedVariables(
  env: Readonly<Record<string, string | undefined>>,
  config: Pick<StepConfig, 'baseline' | 'envPassthrough'>,
  paths: Pick<HostPaths, 'toLinux'>,
): Record<string, string | ForwardedEnvValue> {
  const out: Record<string, string | ForwardedEnvValue> = {};
  if (!config.envPassthrough) return out;
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !NAME.test(name) || value.includes('\0')) continue;
    const lower = name.toLowerCase();
    if (NEVER_FORWARDED.has(lower) || NEVER_PREFIXES.some((prefix) => lower.startsWith(prefix))) continue;
    const github = name === 'CI' || name.startsWith('GITHUB_') || name.startsWith('RUNNER_');
    const changed = config.baseline[name] !== valueHash(value);
    if (!github && !changed) continue;
    out[name] = PATH_VARIABLES.has(name) ? (paths.toLinux(value) ?? value) : value;
  }
  return out;
}

/** The wsl.exe argv and environment for one step, and the script's path inside the distro. Pure. */
export function stepInvocation(
  config: StepConfig,
  scriptPath: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): { args: string[]; env: Record<string, string>; script: string } {
  const paths = createHostPaths(
    config.mntRoot ? { ...env, WSL_READY_MNT_ROOT: config.mntRoot } : env,
    config.mntRoot ? 'linux' : 'win32',
    config.automountRoot,
  );
  const script = paths.toLinux(scriptPath);
  if (!script) throw new Error(`wsl-bash: the script ${scriptPath} has no path inside the distribution.`);
  const linuxCwd = paths.toLinux(cwd);
  const invocation = wslExecArgs({
    distribution: config.distribution,
    user: config.user,
    ...(linuxCwd ? { cwd: linuxCwd } : {}),
    command: [...config.shell, script],
    env: forwardedVariables(env, config, paths),
    ...(env.WSLENV ? { baseWslenv: env.WSLENV } : {}),
  });
  return { ...invocation, script };
}

/**
 * The script path the runner meant. The runner substitutes `{0}` unquoted (actions/runner
 * src/Runner.Worker/Handlers/ScriptHandler.cs: `string.Format(argFormat, resolvedScriptPath)`), so a RUNNER_TEMP
 * with spaces arrives as several words. The Windows wrapper passes cmd's raw `%*` in WSL_READY_STEP_ARGS, which
 * keeps every space; elsewhere the words are joined with one space. Surrounding quotes (`wsl-bash "{0}"`) go. Pure.
 */
export function scriptPathFrom(words: readonly string[], rawArgs?: string): string | undefined {
  const raw = rawArgs !== undefined && rawArgs.trim() !== '' ? rawArgs.trim() : words.join(' ').trim();
  const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  return unquoted === '' ? undefined : unquoted;
}

/** How a step listens for the runner's cancel; tests pass their own. */
export interface StepSignals {
  signals: CancelSignals;
  /** A person at a terminal: wsl.exe shares the console and Ctrl+C works as it does for wsl.exe itself. */
  interactive: boolean;
}

/**
 * Step mode (`shell: wsl-bash {0}`): strip CR from the runner's script file in place (the runner writes CRLF on
 * Windows, and an editor may too), then start exactly one wsl.exe through the CommandRunner with inherited output
 * (live in the log), and return its exit code unchanged. argv: the wrapper's config file, then the script words.
 *
 * A cancelled job (the runner's Ctrl+C, then Ctrl+Break) reaches the script as SIGINT, then SIGTERM, then SIGKILL of
 * its process group inside the distro (see cancel.ts); wsl.exe runs out of the console's reach so that its output
 * (the script's trap) still reaches the log. Only a cancel costs extra wsl.exe calls.
 */
export async function runStep(
  argv: readonly string[],
  runner: CommandRunner = new NodeCommandRunner(),
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
  stepSignals: StepSignals = { signals: process, interactive: Boolean(process.stdout.isTTY) },
): Promise<number> {
  const [configPath, ...words] = argv;
  const scriptPath = scriptPathFrom(words, env.WSL_READY_STEP_ARGS);
  if (!configPath || !scriptPath) {
    process.stderr.write('wsl-bash: usage: wsl-bash <script> (use it as `shell: wsl-bash {0}`)\n');
    return 2;
  }
  let config: StepConfig;
  let text: string;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8')) as StepConfig;
    text = readFileSync(scriptPath, 'utf8');
  } catch (error) {
    process.stderr.write(`wsl-bash: ${(error as Error).message}\n`);
    return 2;
  }
  if (text.includes('\r')) writeFileSync(scriptPath, text.replace(/\r/g, ''));
  let invocation: ReturnType<typeof stepInvocation>;
  try {
    invocation = stepInvocation(config, scriptPath, cwd, env);
  } catch (error) {
    process.stderr.write(`wsl-bash: ${(error as Error).message}\n`);
    return 1;
  }
  const abort = new AbortController();
  const cancel = stepSignals.interactive
    ? undefined
    : watchCancellation({
        runner,
        config,
        wsl: config.wsl,
        script: invocation.script,
        signals: stepSignals.signals,
        stop: () => abort.abort(),
        log: (line) => process.stderr.write(`${line}\n`),
      });
  try {
    const result = await runner.run(config.wsl, invocation.args, {
      env: invocation.env,
      stdio: 'inherit',
      // A step runs as long as the job lets it: the workflow's timeout-minutes (or a cancel) ends it.
      timeoutMs: MAX_TIMER_MS,
      ...(cancel ? { interrupts: 'caller' as const, signal: abort.signal } : {}),
    });
    await cancel?.finish();
    // The script's own code (wsl.exe's -1 stays -1 as Windows reports it); 128 + n for a signal.
    return result.rawExitCode ?? result.exitCode;
  } catch (error) {
    await cancel?.finish();
    // The last resort of a cancel ended wsl.exe itself: report an interrupted step.
    if (error instanceof CommandAbortedError) return 130;
    process.stderr.write(`wsl-bash: ${(error as Error).message}\n`);
    return error instanceof CommandNotFoundError ? 127 : 1;
  }
}
