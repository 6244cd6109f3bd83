// The order in which the doctor's probes get a slot under the concurrency bound: the probes that begin the longest
// dependent chains (host probe; wsl --version and --list --verbose, then the look inside the running default
// distribution) go before the Docker endpoints. Order only: no timing is asserted.
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/checks/index.js';
import { ProbeRunner } from '../../src/checks/probe-runner.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runner/types.js';
import { fakeRunnerFor, MACHINES } from './machines.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Long enough for a finished command to hand its slot on (its release schedules the next admission). */
const settle = async () => {
  await turn();
  await turn();
};

/** Records the order in which commands reach the real runner; each takes two event-loop turns to answer. */
class StartRecorder implements CommandRunner {
  readonly started: string[][] = [];
  readonly #inner: CommandRunner;
  constructor(inner: CommandRunner) {
    this.#inner = inner;
  }
  async run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.started.push([file, ...args]);
    await turn();
    await turn();
    return this.#inner.run(file, args, options);
  }
}

/** A runner whose commands end only when the test says so. */
class GatedRunner implements CommandRunner {
  readonly started: string[] = [];
  readonly #open = new Map<string, () => void>();
  async run(file: string): Promise<CommandResult> {
    this.started.push(file);
    await new Promise<void>((resolve) => this.#open.set(file, resolve));
    return { exitCode: 0, rawExitCode: 0, stdout: Buffer.from(file), stderr: Buffer.alloc(0), durationMs: 0 };
  }
  finish(file: string): void {
    const end = this.#open.get(file);
    if (!end) throw new Error(`${file} is not running`);
    this.#open.delete(file);
    end();
  }
}

/** What kind of probe an argv is, named by the doctor's chains. */
function kindOf(argv: readonly string[]): string {
  const [file = '', ...args] = argv;
  if (/powershell/i.test(file)) return 'host';
  if (/wsl/i.test(file)) {
    if (args[0] === '--distribution') return 'wsl-inside';
    return `wsl ${args.join(' ')}`;
  }
  if (/docker/i.test(file)) return args.includes('--host') ? 'docker-other-endpoint' : 'docker-current';
  return file;
}

async function startOrder(concurrency: number): Promise<string[]> {
  const machine = MACHINES['desktop-wsl2-laptop']!;
  const recorder = new StartRecorder(fakeRunnerFor(machine));
  const report = await runDoctor({
    runner: recorder,
    env: machine.env,
    platform: machine.platform,
    arch: machine.arch,
    readFile: async () => null,
    concurrency,
  });
  // The order changes nothing in the verdict.
  expect(report.summary.status).toBe('ready');
  return recorder.started.map(kindOf);
}

describe('probe priority in the doctor', () => {
  it('one slot: the critical chain (host probe, --version, --list, the look inside) runs before everything else', async () => {
    const order = await startOrder(1);
    expect(order.slice(0, 4)).toEqual(['host', 'wsl --version', 'wsl --list --verbose', 'wsl-inside']);
    expect(order[4]).toBe('wsl --status');
    expect(new Set(order.slice(5))).toEqual(new Set(['docker-current', 'docker-other-endpoint']));
  });

  it('two slots: the look inside the default distribution does not queue behind any Docker probe', async () => {
    const order = await startOrder(2);
    const inside = order.indexOf('wsl-inside');
    const firstDocker = order.findIndex((kind) => kind.startsWith('docker'));
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(firstDocker);
    expect(order.indexOf('wsl --list --verbose')).toBeLessThan(firstDocker);
    expect(order.indexOf('host')).toBe(0);
  });
});

describe('ProbeRunner priorities', () => {
  it('gives a free slot to the best waiting priority, first come first served within one', async () => {
    const gate = new GatedRunner();
    const runner = new ProbeRunner(gate, { concurrency: 1, timeoutMs: 1000, defaultPriority: 'background' });
    const done = [
      runner.run('docker-a', []),
      runner.run('docker-b', []),
      runner.at('normal').run('status', []),
      runner.at('critical').run('list', []),
      runner.at('critical').run('version', []),
    ];
    await settle();
    expect(gate.started).toEqual(['list']);
    gate.finish('list');
    // A follow-up the finished command triggers (the look inside) competes for the freed slot too.
    await done[3];
    const inside = runner.at('critical').run('inside', []);
    await settle();
    for (const next of ['version', 'inside', 'status', 'docker-a']) {
      expect(gate.started.at(-1)).toBe(next);
      gate.finish(next);
      await settle();
    }
    expect(gate.started.at(-1)).toBe('docker-b');
    gate.finish('docker-b');
    await Promise.all([...done, inside]);
    expect(gate.started).toEqual(['list', 'version', 'inside', 'status', 'docker-a', 'docker-b']);
    expect(runner.records.map((r) => `${r.argv[0]}:${r.priority}`)).toEqual([
      'list:critical',
      'version:critical',
      'inside:critical',
      'status:normal',
      'docker-a:background',
      'docker-b:background',
    ]);
  });

  it('moves a queued command up when it is asked for again with a better priority, and runs it once', async () => {
    const gate = new GatedRunner();
    const runner = new ProbeRunner(gate, { concurrency: 1, timeoutMs: 1000 });
    const first = runner.at('critical').run('host', []);
    const a = runner.at('background').run('docker-a', []);
    const b = runner.at('background').run('docker-b', []);
    await settle();
    const again = runner.at('critical').run('docker-b', []);
    expect(again).toBe(b);
    gate.finish('host');
    await settle();
    expect(gate.started).toEqual(['host', 'docker-b']);
    gate.finish('docker-b');
    await settle();
    gate.finish('docker-a');
    await Promise.all([first, a, b]);
    expect(gate.started).toEqual(['host', 'docker-b', 'docker-a']);
    expect(runner.executions).toBe(3);
  });
});
