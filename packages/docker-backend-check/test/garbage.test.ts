// Garbage from the engine and bad inputs: a clear message, never a crash.
import { afterEach, describe, expect, it } from 'vitest';
import { errorText, type Rig, startRig } from './twin-setup.js';

const PIPE = 'npipe:////./pipe/docker_engine';
let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const faults = [
  { name: 'truncated JSON', fault: { kind: 'truncated-json' }, said: 'unexpected EOF' },
  { name: 'an HTML error page', fault: { kind: 'html-error', status: 502 }, said: 'an HTML page came back' },
] as const;

function expectNoCrash(result: Awaited<ReturnType<Rig['run']>>) {
  expect(result.timedOut).toBe(false);
  expect(result.exitCode === 0 || result.exitCode === 1).toBe(true);
  const text = `${errorText(result)}\n${result.stderr}`;
  expect(text).not.toMatch(/TypeError|RangeError|SyntaxError|Unhandled|at .*\.mjs:\d+/);
}

describe('garbage from the engine', () => {
  for (const { name, fault, said } of faults) {
    it(`${name}: a clear failure that says what came back`, async () => {
      rig = await startRig({ engines: { [PIPE]: { profile: 'moby-windows-server', faults: [fault] } } });
      const result = await rig.run({ 'probe-all-endpoints': 'false' });
      expectNoCrash(result);
      expect(result.exitCode).toBe(1);
      const message = errorText(result);
      expect(message).toMatch(/^No Docker engine answers: expected a running Docker engine/);
      expect(message).toContain('something answers at `npipe:////./pipe/docker_engine`');
      expect(message).toContain('but not with a usable Docker answer');
      expect(message).toContain(said);
      expect(message).toContain('sends broken answers');
      expect(result.outputs.backend).toBe('stopped');
    });
  }

  it('a 10 MB body is read within the output cap and the engine still classified', async () => {
    const fault = { kind: 'huge-body', bytes: 10 * 1024 * 1024 } as const;
    rig = await startRig({ engines: { [PIPE]: { profile: 'moby-windows-server', faults: [fault] } } });
    const result = await rig.run({ 'probe-all-endpoints': 'false' });
    expectNoCrash(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ backend: 'moby-windows-server', 'server-version': '20.10.7' });
    const engine = rig.engines.engines[PIPE];
    expect(engine?.requests.some((r) => r.route === '/info')).toBe(true);
  });

  it('a 10 MB answer to the ping does not disturb the probe (the CLI reads its headers only)', async () => {
    const fault = { kind: 'huge-body', bytes: 10 * 1024 * 1024, route: '/_ping' } as const;
    rig = await startRig({ engines: { [PIPE]: { profile: 'moby-windows-server', faults: [fault] } } });
    const result = await rig.run({ 'probe-all-endpoints': 'false' });
    expectNoCrash(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.backend).toBe('moby-windows-server');
  });

  it('a hung engine: each call is stopped at timeout-seconds', async () => {
    rig = await startRig({ engines: { [PIPE]: { profile: 'moby-windows-server', faults: [{ kind: 'hang' }] } } });
    const result = await rig.run({ 'probe-all-endpoints': 'false', 'timeout-seconds': '1' });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.backend).toBe('stopped');
    const message = errorText(result);
    expect(message).toContain('docker version did not finish within 1000 ms');
    expect(message).toContain('did not answer within 1 s');
    expect(message).toContain('raise `timeout-seconds`');
  });
});

describe('input validation', () => {
  it('names each bad input, what it got and what it accepts, before any docker call', async () => {
    rig = await startRig({ engines: { [PIPE]: 'moby-windows-server' } });
    const result = await rig.run({
      'expect-backend': 'desktop-wsl, podman',
      'require-linux-containers': 'on',
      'timeout-seconds': '0',
      'fail-on': 'warning',
    });
    expect(result.exitCode).toBe(1);
    const message = errorText(result);
    expect(message).toContain('4 inputs are invalid');
    expect(message).toContain('expect-backend: `desktop-wsl` is not a backend. Did you mean `desktop-wsl2`?');
    expect(message).toContain(
      '- Input `require-linux-containers` must be one of true, false, yes, no, 1 or 0 (any case), not "on".',
    );
    expect(message).toContain('- Input `timeout-seconds` must be a whole number from 1 to 600, not "0".');
    expect(message).toContain('fail-on: got `warning`; use `fail` or `warn`. Did you mean `warn`?');
    expect(rig.engines.engines[PIPE]?.requests).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  it('`any` does not mix with names; separators and case are forgiven in the hint', async () => {
    rig = await startRig({ engines: {} });
    const mixed = await rig.run({ 'expect-backend': 'any,podman' });
    expect(errorText(mixed)).toContain('`any` cannot be combined with backend names');
    const typo = await rig.run({ 'expect-backend': 'Moby_Windows_Server2' });
    expect(errorText(typo)).toContain('Did you mean `moby-windows-server`?');
  });
});
