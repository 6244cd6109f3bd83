import { lintWslConfig, readConfigValues } from '../config/index.js';
import type { DoctorContext } from './context.js';
import { lintOutcome } from './distro-checks.js';
import { formatBytes, pass, skip, warn } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const WSL_CONFIG_DOCS = 'https://learn.microsoft.com/windows/wsl/wsl-config#wslconfig';
/** Below this, image builds and a Docker engine in the VM run out of memory. */
const MIN_USEFUL_MEMORY = 2 * 1024 ** 3;

/**
 * A size as `.wslconfig` takes it, rounded down: microsoft/WSL stringshared.h ParseMemorySize accepts only a whole
 * number with an upper-case binary unit (`12GB`, `512MB`), never `11.9 GiB`.
 */
function wslconfigSize(bytes: number): string {
  const gb = Math.floor(bytes / 1024 ** 3);
  return gb >= 1 ? `${gb}GB` : `${Math.max(256, Math.floor(bytes / 1024 ** 2))}MB`;
}

async function wslconfigText(ctx: DoctorContext): Promise<{ text: string | null; path: string | null } | CheckResult> {
  if (!ctx.reachesWindows) return skip('.wslconfig exists only on Windows; this host is not Windows.');
  const file = await ctx.wslconfig.get();
  if (file.source === 'unknown') {
    return skip('.wslconfig could not be read (PowerShell did not answer, and the file is not reachable from here).');
  }
  return { text: file.text, path: file.path };
}

export const wslconfigLintCheck: DoctorCheck = {
  id: 'config.wslconfig',
  area: 'config',
  title: '.wslconfig',
  async run(ctx) {
    const file = await wslconfigText(ctx);
    if ('status' in file) return file;
    if (file.text === null)
      return pass('No .wslconfig: WSL 2 uses its defaults (half the memory, every processor).', {
        evidence: { path: file.path },
      });
    const [version, probe] = await Promise.all([
      ctx.wslExe !== null ? ctx.wsl.version.get() : Promise.resolve(null),
      ctx.hostProbe.get(),
    ]);
    const wslVersion = version?.info?.wslVersion ?? undefined;
    const hostProcessors = probe.facts.logicalProcessors ?? undefined;
    const lint = lintWslConfig(file.text, {
      ...(wslVersion ? { wslVersion } : {}),
      ...(hostProcessors ? { hostProcessors } : {}),
    });
    return lintOutcome('.wslconfig', lint.findings, { path: file.path });
  },
};

export const resourcesCheck: DoctorCheck = {
  id: 'config.resources',
  area: 'config',
  title: 'WSL 2 memory and processors',
  async run(ctx) {
    const file = await wslconfigText(ctx);
    if ('status' in file) return file;
    const probe = await ctx.hostProbe.get();
    const hostMemory = probe.facts.totalMemoryBytes;
    const hostProcessors = probe.facts.logicalProcessors;
    const values = file.text ? readConfigValues(file.text, 'wslconfig').value.values : {};
    const memory = typeof values['wsl2.memory'] === 'number' ? (values['wsl2.memory'] as number) : null;
    const processors = typeof values['wsl2.processors'] === 'number' ? (values['wsl2.processors'] as number) : null;
    const ev = {
      memoryBytes: memory,
      processors,
      hostMemoryBytes: hostMemory,
      hostProcessors,
    };
    const problems: string[] = [];
    const fixes: string[] = [];
    if (memory !== null && hostMemory !== null && memory > hostMemory) {
      problems.push(`memory (${formatBytes(memory)}) is more than the machine's ${formatBytes(hostMemory)}`);
      fixes.push(
        `Set \`memory=${wslconfigSize(hostMemory * 0.75)}\` or less in the \`[wsl2]\` section (leave room for Windows).`,
      );
    } else if (memory !== null && memory < MIN_USEFUL_MEMORY) {
      problems.push(`memory (${formatBytes(memory)}) leaves the VM too little for builds and a Docker engine`);
      fixes.push('Give the VM at least 4GB: `memory=4GB` in the `[wsl2]` section.');
    }
    if (processors !== null && hostProcessors !== null && processors > hostProcessors) {
      problems.push(
        `processors=${processors} is more than the machine's ${hostProcessors} logical processors (WSL clamps it and warns)`,
      );
      fixes.push(`Set \`processors=${hostProcessors}\` or less.`);
    }
    if (problems.length > 0) {
      return warn(`.wslconfig: ${problems.join('; ')}.`, {
        remediation: [...fixes, 'Then run `wsl --shutdown` so the VM restarts with the new limits.'],
        docsUrl: WSL_CONFIG_DOCS,
        evidence: ev,
      });
    }
    const memoryText =
      memory !== null
        ? formatBytes(memory)
        : hostMemory !== null
          ? `${formatBytes(Math.floor(hostMemory / 2))} (default: half)`
          : 'half the memory (default)';
    const cpuText =
      processors !== null
        ? String(processors)
        : hostProcessors !== null
          ? `${hostProcessors} (default: all)`
          : 'every processor (default)';
    const of = (text: string, total: string | null) => (total ? `${text} of ${total}` : text);
    return pass(
      `The WSL 2 VM gets ${of(memoryText, hostMemory !== null ? formatBytes(hostMemory) : null)} of memory and ${of(cpuText, hostProcessors !== null ? String(hostProcessors) : null)} processors.`,
      { evidence: ev },
    );
  },
};

export const CONFIG_CHECKS: readonly DoctorCheck[] = [wslconfigLintCheck, resourcesCheck];
