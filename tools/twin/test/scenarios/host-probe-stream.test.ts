// Issue 13 item 11: the host probe prints one line per fact as it learns it, so a probe killed at its timeout keeps
// what it printed. The stand-in prints the real script's lines and can stall after a fact, as a slow CIM query does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandTimeoutError, hostProbeArgs, NodeCommandRunner, parseHostProbe } from '@wsl-ready/core';
import { afterAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../src/scenarios/catalogue.js';
import { writePowerShellStandIn } from '../../src/scenarios/host-probe.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function standIn(stallAfter?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'twin-host-probe-'));
  dirs.push(dir);
  const host = structuredClone(getScenario('windows-2025-runner')!.host);
  if (stallAfter) host.probeStallsAfter = stallAfter;
  return writePowerShellStandIn(join(dir, 'bin'), host, join(dir, 'mnt'));
}

describe('host probe stand-in: streamed facts', () => {
  it('prints every fact and the end line when nothing stalls', async () => {
    const result = await new NodeCommandRunner().run(standIn(), hostProbeArgs(), { timeoutMs: 15_000 });
    const parsed = parseHostProbe(result.stdout);
    expect(parsed.recognized).toBe(true);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.features.VirtualMachinePlatform).toBe('Enabled');
  });

  it('keeps the facts printed before a probe is killed at its timeout', async () => {
    const printed: Buffer[] = [];
    const run = new NodeCommandRunner().run(standIn('os'), hostProbeArgs(), {
      timeoutMs: 1_500,
      onStdout: (chunk) => printed.push(chunk),
    });
    await expect(run).rejects.toBeInstanceOf(CommandTimeoutError);
    const parsed = parseHostProbe(Buffer.concat(printed));
    expect(parsed.recognized).toBe(true);
    expect(parsed.value.env.ImageOS).toBe('win25');
    expect(parsed.value.build).toBe(26100);
    expect(parsed.value.isAdmin).toBe(true);
    // Printed after the stall: unknown.
    expect(parsed.value.arch).toBeNull();
    expect(parsed.value.features).toEqual({});
    expect(parsed.warnings[0]).toMatch(
      /^The host probe stopped before it finished; kept what it printed \(identity, env/,
    );
  });
});
