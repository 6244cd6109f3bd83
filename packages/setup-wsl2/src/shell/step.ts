import { readFileSync, writeFileSync } from 'node:fs';
import {
  CommandNotFoundError,
  type CommandRunner,
  type ForwardedEnvValue,
  MAX_TIMER_MS,
  NodeCommandRunner,
  wslExecArgs,
} from '@wsl-ready/core';
import { createHostPaths, type HostPaths } from '../host-paths.js';
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

/** The wsl.exe argv and environment for one step. Pure. */
export function stepInvocation(
  config: StepConfig,
  scriptPath: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): { args: string[]; env: Record<string, string> } {
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
  return invocation;
}

/**
 * Step mode (`shell: wsl-bash {0}`): strip CR from the runner's script file in place (a CRLF checkout or editor
 * must not break bash), then start exactly one wsl.exe through the CommandRunner with inherited output (live in
 * the log; a cancelled job's SIGINT/SIGTERM are passed on), and return its exit code unchanged.
 */
export async function runStep(
  argv: readonly string[],
  runner: CommandRunner = new NodeCommandRunner(),
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): Promise<number> {
  const [configPath, scriptPath] = argv;
  if (!configPath || !scriptPath) {
    process.stderr.write('wsl-bash: usage: wsl-bash <script> (use it as `shell: wsl-bash {0}`)\n');
    return 2;
  }
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as StepConfig;
  const text = readFileSync(scriptPath, 'utf8');
  if (text.includes('\r')) writeFileSync(scriptPath, text.replace(/\r/g, ''));
  const invocation = stepInvocation(config, scriptPath, cwd, env);
  try {
    const result = await runner.run(config.wsl, invocation.args, {
      env: invocation.env,
      stdio: 'inherit',
      // A step runs as long as the job lets it: the workflow's timeout-minutes (or a cancel) ends it.
      timeoutMs: MAX_TIMER_MS,
    });
    // The script's own code (wsl.exe's -1 stays -1 as Windows reports it); 128 + n for a signal.
    return result.rawExitCode ?? result.exitCode;
  } catch (error) {
    process.stderr.write(`wsl-bash: ${(error as Error).message}\n`);
    return error instanceof CommandNotFoundError ? 127 : 1;
  }
}
