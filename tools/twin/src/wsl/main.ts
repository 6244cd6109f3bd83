import { appendFileSync } from 'node:fs';
import type { EnvRecord } from '@wsl-ready/core';
import { parseTopLevel, type TopLevel } from './args.js';
import { type CallContext, runCommand } from './commands.js';
import { injectedFailure, renderFailure, WslFailure } from './errors.js';
import { reconcile } from './instances.js';
import { encodingFor, WslOutput } from './output.js';
import { forwardedVariables } from './paths.js';
import { type CallKind, readState, type TwinWslState, updateState } from './state.js';
import { resource } from './strings.js';

/** Exit status standing in for wsl.exe's -1 (4294967295) on Linux. */
export const WSL_FAILURE_EXIT = 255;

function callKindOf(top: TopLevel): CallKind {
  if (top.kind === 'management') return top.callKind;
  if (top.kind === 'exec') return 'exec';
  return 'help';
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface LogRecord {
  time: string;
  pid: number;
  argv: string[];
  kind: CallKind;
  cwd: string;
  env: Record<string, string>;
  exitCode: number | null;
  durationMs: number;
  hung?: boolean;
}

function logCall(record: LogRecord): void {
  const path = process.env.WSL_TWIN_LOG;
  if (!path) return;
  // One short line per append: O_APPEND keeps concurrent calls' lines whole.
  appendFileSync(path, `${JSON.stringify(record)}\n`);
}

function loggedEnv(env: EnvRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['WSL_UTF8', 'WSLENV']) {
    const v = env[name];
    if (v !== undefined) out[name] = v;
  }
  // Forwarded values go to a log file: never write what looks like a credential.
  for (const [name, value] of Object.entries(forwardedVariables(env))) {
    out[name] = SECRET_NAME.test(name) ? '***' : value;
  }
  return out;
}

const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE/i;

/** The wsl.exe twin's entry point: returns the exit code (never calls process.exit itself). */
export async function main(argv: readonly string[], env: EnvRecord = process.env): Promise<number> {
  const started = performance.now();
  const statePath = env.WSL_TWIN_STATE;
  if (!statePath) {
    process.stderr.write('wsl twin: WSL_TWIN_STATE is not set; point it at a state file (see tools/twin/README.md)\n');
    return WSL_FAILURE_EXIT;
  }
  let state: TwinWslState;
  try {
    state = readState(statePath);
  } catch (error) {
    process.stderr.write(`wsl twin: cannot read the state file ${statePath}: ${(error as Error).message}\n`);
    return WSL_FAILURE_EXIT;
  }
  // Instances and the VM end on their own (idle timers): a call sees what still runs.
  if ((state.vm || state.distros.some((d) => d.instance)) && reconcile(structuredClone(state))) {
    state = updateState(statePath, (s) => {
      reconcile(s);
      return structuredClone(s);
    });
  }
  const top = parseTopLevel(argv);
  const kind = callKindOf(top);
  const out = new WslOutput(encodingFor(state.kind, env.WSL_UTF8));
  const base = {
    time: new Date().toISOString(),
    pid: process.pid,
    argv: [...argv],
    kind,
    cwd: process.cwd(),
    env: loggedEnv(env),
  };

  if (state.faults?.hang?.includes(kind)) {
    logCall({ ...base, exitCode: null, durationMs: 0, hung: true });
    // Never answers: the caller's timeout has to kill this process.
    await new Promise(() => setInterval(() => undefined, 60_000));
  }
  await sleep(state.latencyMs?.[kind] ?? 0);

  let exitCode: number;
  try {
    // Only a call with a pending fault of its kind takes the state lock here.
    const pending = state.faults?.failNext?.some((f) => f.kind === kind && f.count > 0);
    const injected = !pending
      ? undefined
      : updateState(statePath, (s) => {
          const fault = s.faults?.failNext?.find((f) => f.kind === kind && f.count > 0);
          if (!fault) return undefined;
          fault.count--;
          return fault.error ?? 'RPC_S_CALL_FAILED';
        });
    if (injected) throw injectedFailure(state.locale, injected);
    if (state.kind === 'absent' && !(top.kind === 'management' && top.callKind === 'install')) {
      throw new WslFailure(
        resource(state.locale, 'MessageWslOptionalComponentRequired'),
        'Wsl/WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
      );
    }
    const ctx: CallContext = { statePath, state, env, cwd: process.cwd(), out, sleep };
    exitCode = await runCommand(top, ctx);
  } catch (error) {
    if (error instanceof WslFailure) {
      out.line(renderFailure(state.locale, error));
    } else {
      process.stderr.write(`wsl twin: ${(error as Error).message}\n`);
    }
    exitCode = WSL_FAILURE_EXIT;
  }
  await out.flush();
  logCall({ ...base, exitCode, durationMs: Math.round(performance.now() - started) });
  return exitCode;
}
