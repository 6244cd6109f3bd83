// `npm run twin -- <scenario>`: starts a scenario, prints the environment to paste into a shell, keeps the Docker
// stand-ins running until Ctrl-C, then cleans up. `--list` names the scenarios. Bundled by bin/twin.mjs.

import { SCENARIOS } from './catalogue.js';
import { renderEnvLines, type ShellKind } from './env-lines.js';
import { type RunningScenario, startScenario, UnknownScenarioError } from './start.js';

export const TWIN_USAGE = `Usage: npm run twin -- <scenario> [--shell sh|pwsh] [--locale <ll-CC>] [--dir <folder>]
       npm run twin -- --list

Starts a machine scenario (the wsl.exe twin, Docker engines behind the docker shim, a powershell.exe stand-in)
and prints the variables to set in another shell. Everything keeps running until Ctrl-C.
`;

export interface TwinCliIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves when the person asks to stop (Ctrl-C / SIGTERM). */
  waitForStop(): Promise<void>;
}

interface Parsed {
  list: boolean;
  help: boolean;
  scenario?: string;
  shell: ShellKind;
  locale?: string;
  dir?: string;
}

function parseArgs(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { list: false, help: false, shell: 'sh' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--list':
      case '-l':
        parsed.list = true;
        break;
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      case '--shell': {
        const shell = value();
        if (shell !== 'sh' && shell !== 'pwsh' && shell !== 'bash' && shell !== 'powershell') {
          return `--shell takes sh or pwsh, not ${JSON.stringify(shell ?? '')}.`;
        }
        parsed.shell = shell === 'sh' || shell === 'bash' ? 'sh' : 'pwsh';
        break;
      }
      case '--locale': {
        const locale = value();
        if (!locale) return '--locale needs a Windows display language, e.g. de-DE.';
        parsed.locale = locale;
        break;
      }
      case '--dir': {
        const dir = value();
        if (!dir) return '--dir needs a folder.';
        parsed.dir = dir;
        break;
      }
      default:
        if (flag?.startsWith('-')) return `Unknown option ${flag}.`;
        if (parsed.scenario !== undefined) return `One scenario at a time (got ${parsed.scenario} and ${flag}).`;
        parsed.scenario = flag;
    }
  }
  return parsed;
}

export function listScenarios(): string {
  const width = Math.max(...SCENARIOS.map((s) => s.name.length));
  return `${SCENARIOS.map((s) => `${s.name.padEnd(width)}  ${s.summary}`).join('\n')}\n`;
}

/** Comment lines (`#` starts a comment in both sh and PowerShell). */
function banner(running: RunningScenario): string {
  const comment = '#';
  const lines = [
    `${comment} wsl-ready twin: scenario ${running.name}: ${running.definition.summary}`,
    `${comment} Paste these lines into another shell, then try: wsl.exe -l -v, docker info, node packages/core/bin/wsl-ready.mjs${running.definition.doctorArgs ? ` ${running.definition.doctorArgs.join(' ')}` : ''}`,
  ];
  if (running.definition.example) {
    lines.push(`${comment} Mirrors packages/core/examples/${running.definition.example}.json`);
  }
  for (const note of running.notes) lines.push(`${comment} Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Runs the twin command; returns the exit code (0 after a clean stop, 2 on usage errors). */
export async function twinMain(argv: readonly string[], io: TwinCliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(`twin: ${parsed}\n\n${TWIN_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(TWIN_USAGE);
    return 0;
  }
  if (parsed.list) {
    io.out(listScenarios());
    return 0;
  }
  if (!parsed.scenario) {
    io.err(`twin: name a scenario.\n\n${TWIN_USAGE}\nScenarios:\n${listScenarios()}`);
    return 2;
  }
  let running: RunningScenario;
  try {
    running = await startScenario(parsed.scenario, {
      ...(parsed.dir ? { dir: parsed.dir } : {}),
      ...(parsed.locale ? { wsl: { locale: parsed.locale } } : {}),
    });
  } catch (error) {
    if (error instanceof UnknownScenarioError) {
      io.err(`twin: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    io.out(banner(running));
    io.out(`${renderEnvLines(running.env, running.unsetEnv, parsed.shell).join('\n')}\n`);
    io.out(`# Running until Ctrl-C (state and logs in ${running.dir}).\n`);
    await io.waitForStop();
  } finally {
    await running.close();
  }
  io.err('twin: stopped and cleaned up.\n');
  return 0;
}

/** The process glue: stdout/stderr and SIGINT/SIGTERM. */
export async function runTwinCli(argv: readonly string[]): Promise<number> {
  return twinMain(argv, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    waitForStop: () =>
      new Promise<void>((resolve) => {
        // Signal handlers do not keep Node alive: a scenario without Docker engines has nothing else open.
        const keepAlive = setInterval(() => undefined, 1 << 30);
        const stop = () => {
          clearInterval(keepAlive);
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  });
}
