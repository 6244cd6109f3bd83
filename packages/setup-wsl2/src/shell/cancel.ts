// What a cancelled `wsl-bash` step does. wsl.exe forwards no Ctrl+C: with the default console handler it just
// exits, and the script learns it only as a hangup (SIGHUP) when WSL's relay closes its terminal (twin rule 22).
// So the step's wsl.exe runs out of the console's reach, and on the runner's Ctrl+C this process delivers the
// signal inside the distribution itself, with a second, short wsl.exe call: SIGINT to the script's process group
// (bash is the session leader WSL made it, so its pid is the group's id), SIGTERM if the script is still running
// after TERM_AFTER_MS (or at once on Ctrl+Break), SIGKILL after KILL_AFTER_MS; once the script has ended, whatever
// is left of its group is killed. The runner kills the whole tree 10 s after its Ctrl+C (7.5 s + 2.5 s), so every
// step here fits before that.
import type { CommandRunner } from '@wsl-ready/core';
import { wslExecArgs } from '@wsl-ready/core';
import type { StepConfig } from './wrapper.js';

/**
 * After the first cancel signal: SIGTERM (unless Ctrl+Break brought it earlier), then SIGKILL. The INT trap gets
 * most of the time; the SIGKILL call still ends before the runner's tree kill at 10 s.
 */
export const TERM_AFTER_MS = 6_000;
export const KILL_AFTER_MS = 8_000;
/** Time limit of one delivery call (it runs as root and only lists /proc and signals). */
export const DELIVERY_TIMEOUT_MS = 5_000;

export type LinuxSignal = 'INT' | 'TERM' | 'KILL';

/**
 * Finds the step's script among process-group leaders by its command line (one argument is the script path, the
 * runner's `<RUNNER_TEMP>/<guid>`, unique per step), signals each one's group and prints the group ids. On WSL 2 the
 * script leads its own session and so its group (init.cpp `CreateProcessUtilityVm`, `forkpty`); on WSL 1 a command
 * gets a group of its own unless it joins its console's foreground group (`SessionLeaderCreateProcess`). The group
 * this shell is in is never signalled. POSIX sh plus `tr` and `grep`, run only for group leaders (`grep -F` of
 * some greps stops at the first NUL of a command line, hence the `tr`). `kill -SIG -pgid` is the one spelling
 * busybox, dash and bash all take (busybox refuses `--`, dash `-s SIG -pgid`).
 */
export const SIGNAL_SCRIPT = [
  'sig=$1 want=$2',
  'read -r stat < /proc/self/stat',
  '# shellcheck disable=SC2086 # the fields after the command name: state ppid pgrp session …',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  'set -- ${stat##*") "}',
  'own=$3',
  'for d in /proc/[0-9]*; do',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  '  p=${d#/proc/}',
  '  [ "$p" = "$own" ] && continue',
  '  read -r stat 2>/dev/null < "$d/stat" || continue',
  '  # shellcheck disable=SC2086',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  '  set -- ${stat##*") "}',
  '  [ "$3" = "$p" ] || continue',
  `  tr '\\0' '\\n' 2>/dev/null < "$d/cmdline" | grep -qxF -- "$want" || continue`,
  '  kill -"$sig" -"$p" 2>/dev/null && echo "$p"',
  'done',
  'exit 0',
].join('\n');

/** Kills the process groups given as arguments (the script has ended; its group may not have). */
export const SWEEP_SCRIPT = 'for p; do kill -KILL -"$p" 2>/dev/null; done; exit 0';

/** The wsl.exe argv that delivers `signal` to the script's process group. Pure. */
export function signalArgs(config: Pick<StepConfig, 'distribution'>, script: string, signal: LinuxSignal): string[] {
  return wslExecArgs({
    distribution: config.distribution,
    user: 'root',
    command: ['/bin/sh', '-c', SIGNAL_SCRIPT, 'wsl-bash', signal, script],
  }).args;
}

/** The wsl.exe argv that kills what is left of the given process groups. Pure. */
export function sweepArgs(config: Pick<StepConfig, 'distribution'>, groups: readonly number[]): string[] {
  return wslExecArgs({
    distribution: config.distribution,
    user: 'root',
    command: ['/bin/sh', '-c', SWEEP_SCRIPT, 'wsl-bash', ...groups.map(String)],
  }).args;
}

/** The group ids SIGNAL_SCRIPT printed. Pure, never throws. */
export function parseGroups(stdout: string): number[] {
  return stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^[1-9]\d{0,9}$/.test(line))
    .map(Number);
}

/** The signals this process gets for a cancel: Ctrl+C and Ctrl+Break on Windows (Node's SIGINT and SIGBREAK). */
export interface CancelSignals {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface Cancellation {
  /** True once a cancel signal came. */
  readonly requested: boolean;
  /** After the step's wsl.exe ended: kill what is left of the script's group (only after a cancel), stop listening. */
  finish(): Promise<void>;
}

/**
 * Listen for the runner's cancel while the step's wsl.exe runs, and deliver it to the script inside the distro.
 * `stop` ends the step's own wsl.exe (the last resort when the script cannot be found or signalled).
 */
export function watchCancellation(options: {
  runner: CommandRunner;
  config: StepConfig;
  wsl: string;
  script: string;
  signals: CancelSignals;
  stop: () => void;
  log: (line: string) => void;
}): Cancellation {
  const { runner, config, wsl, script, signals, log } = options;
  const first: NodeJS.Signals[] = ['SIGINT'];
  const second: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGBREAK'] : ['SIGTERM'];
  let requested = false;
  let finished = false;
  let sentTerm = false;
  const groups = new Set<number>();
  const timers: NodeJS.Timeout[] = [];
  // One delivery at a time, in order.
  let chain: Promise<void> = Promise.resolve();
  const deliver = (signal: LinuxSignal) => {
    chain = chain.then(async () => {
      if (finished) return;
      const known = [...groups];
      const args = signal === 'KILL' && known.length ? sweepArgs(config, known) : signalArgs(config, script, signal);
      try {
        const result = await runner.run(wsl, args, { timeoutMs: DELIVERY_TIMEOUT_MS, interrupts: 'caller' });
        for (const group of parseGroups(result.stdout.toString('utf8'))) groups.add(group);
        log(`wsl-bash: the job was cancelled: SIG${signal} sent to the script in ${config.distribution}`);
      } catch (error) {
        log(`wsl-bash: could not signal the script in ${config.distribution}: ${(error as Error).message}`);
      }
      if (signal === 'KILL') {
        // Nothing more can be asked of the script: end the step's own wsl.exe (its hangup reaches the rest).
        timers.push(setTimeout(() => options.stop(), 1_000));
      }
    });
  };
  const term = () => {
    if (sentTerm) return;
    sentTerm = true;
    deliver('TERM');
  };
  const onFirst = () => {
    if (requested) return term();
    requested = true;
    deliver('INT');
    timers.push(
      setTimeout(term, TERM_AFTER_MS),
      setTimeout(() => deliver('KILL'), KILL_AFTER_MS),
    );
  };
  const onSecond = () => {
    if (!requested) {
      requested = true;
      timers.push(setTimeout(() => deliver('KILL'), KILL_AFTER_MS - TERM_AFTER_MS));
    }
    term();
  };
  for (const s of first) signals.on(s, onFirst);
  for (const s of second) signals.on(s, onSecond);
  return {
    get requested() {
      return requested;
    },
    async finish() {
      for (const s of first) signals.off(s, onFirst);
      for (const s of second) signals.off(s, onSecond);
      for (const timer of timers) clearTimeout(timer);
      if (!requested) {
        finished = true;
        return;
      }
      await chain;
      finished = true;
      const known = [...groups];
      if (!known.length) return;
      try {
        await runner.run(wsl, sweepArgs(config, known), { timeoutMs: DELIVERY_TIMEOUT_MS, interrupts: 'caller' });
      } catch {
        // The instance may be gone with the script; nothing is left to sweep then.
      }
    },
  };
}
