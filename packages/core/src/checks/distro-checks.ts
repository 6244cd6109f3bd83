import { automountRootOf, lintWslConf } from '../config/index.js';
import type { DoctorContext } from './context.js';
import { defaultDistroTarget, isInternalDistro } from './distro-target.js';
import { error, fail, pass, skip, warn, wslFailure } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const BASIC_COMMANDS = 'https://learn.microsoft.com/windows/wsl/basic-commands';
const WSL_CONFIG_DOCS = 'https://learn.microsoft.com/windows/wsl/wsl-config';
const NETWORKING_DOCS = 'https://learn.microsoft.com/windows/wsl/networking';

export const distroListCheck: DoctorCheck = {
  id: 'distros.list',
  area: 'distros',
  title: 'Installed distributions',
  async run(ctx) {
    if (!ctx.reachesWindows || ctx.wslExe === null)
      return skip('WSL distributions exist only on Windows; this host is not Windows.');
    if ((await ctx.wsl.installState()).installed === false) return skip('WSL is not installed (see wsl.installed).');
    const list = await ctx.wsl.list.get();
    if (!list.distros) {
      if (ctx.mode === 'wsl' && list.call?.error?.kind === 'missing') {
        return skip('wsl.exe cannot be started from this distribution (interop is off), so the list is unknown.');
      }
      if (list.failure) return wslFailure('`wsl --list --verbose` failed', list.failure);
      return error(
        `The distribution list is unknown: ${list.call?.error?.message ?? '`wsl --list --verbose` printed nothing recognisable'}.`,
      );
    }
    const distros = list.distros;
    const ev: Record<string, string> = {};
    for (const d of distros.slice(0, 40)) {
      ev[d.name] = `${d.state}, WSL ${d.version}${d.default ? ', default' : ''}`;
    }
    const user = distros.filter((d) => !isInternalDistro(d.name));
    if (user.length === 0) {
      return warn(
        distros.length === 0
          ? 'No distribution is installed.'
          : `Only container-engine distributions are installed (${distros.map((d) => d.name).join(', ')}); there is none to build in.`,
        {
          remediation:
            'Install one: `wsl --install --distribution Ubuntu-24.04` (in CI add `--no-launch`, or use `--from-file` with a cached `.wsl` file).',
          docsUrl: BASIC_COMMANDS,
          evidence: ev,
        },
      );
    }
    const wsl1 = user.filter((d) => d.version === 1);
    if (wsl1.length > 0) {
      return warn(
        `${wsl1.map((d) => d.name).join(', ')} ${wsl1.length === 1 ? 'runs' : 'run'} on WSL 1: no Linux kernel, so no Docker engine or systemd.`,
        {
          remediation: wsl1.map((d) => `\`wsl --set-version ${d.name} 2\``).join(', then '),
          docsUrl: BASIC_COMMANDS,
          evidence: ev,
        },
      );
    }
    const names = user.map((d) => `${d.name} (${d.state}, WSL ${d.version})`).join(', ');
    return pass(`${user.length} distribution${user.length === 1 ? '' : 's'}: ${names}.`, { evidence: ev });
  },
};

/** Shared gate of the checks that look inside the default distribution. */
async function inspected(ctx: DoctorContext, what: string, owner = false) {
  const target = await defaultDistroTarget(ctx);
  if (target.kind === 'none') return { result: skip(`No distribution to look inside: ${target.reason}.`) };
  if (target.kind === 'not-running') {
    return {
      result: skip(
        `${target.name} is ${target.entry?.state ?? 'not running'}; ${what} is checked only in a running distribution, because looking inside would start it and the WSL VM (run with --deep to do so).`,
        { evidence: { distribution: target.name, state: target.entry?.state } },
      ),
    };
  }
  const facts = target.facts;
  if (!facts.inspection) {
    // One failure to start is reported once, by distros.default; the checks that needed the look skip.
    if (!owner) return { result: skip(`Could not look inside ${target.name} (see distros.default).`) };
    if (facts.failure)
      return {
        result: wslFailure(`Could not start ${target.name}`, facts.failure, 'fail', { distribution: target.name }),
      };
    const reason = facts.call.error?.message ?? `the command exited ${facts.call.result?.exitCode ?? '?'}`;
    return { result: error(`Could not look inside ${target.name}: ${reason}`) };
  }
  return { target, facts };
}

export const defaultDistroCheck: DoctorCheck = {
  id: 'distros.default',
  area: 'distros',
  title: 'Default distribution',
  async run(ctx) {
    const target = await defaultDistroTarget(ctx);
    if (target.kind !== 'none' && isInternalDistro(target.name)) {
      return warn(
        `The default distribution is ${target.name}, which belongs to a container engine: \`wsl\` without \`-d\` lands in it.`,
        {
          remediation: 'Make your own distribution the default: `wsl --set-default <Distro>`.',
          docsUrl: BASIC_COMMANDS,
          evidence: { distribution: target.name },
        },
      );
    }
    const look = await inspected(ctx, 'its inside', true);
    if (!look.facts) return look.result as CheckResult;
    const { facts, target: t } = look;
    const root = facts.wslConf ? automountRootOf(facts.wslConf) : '/mnt/';
    const ev = {
      distribution: t.name,
      os: facts.osRelease?.prettyName ?? facts.osRelease?.id,
      kernel: facts.kernel?.kernelRelease,
      wslGeneration: facts.kernel?.wslGeneration ?? undefined,
      systemd: facts.systemd,
      interop: facts.interop,
      automountRoot: root,
    };
    const os = facts.osRelease?.prettyName ?? facts.osRelease?.id ?? 'an unknown Linux';
    const parts = [`${t.name} runs ${os}`];
    parts.push(
      facts.systemd === true ? 'systemd is PID 1' : facts.systemd === false ? 'systemd is off' : 'init unknown',
    );
    if (root !== '/mnt/') parts.push(`Windows drives under ${root}`);
    const notes: string[] = [];
    if (facts.interop === false)
      notes.push(
        "Windows interop is off, so Windows programs (and wsl-ready's Windows checks) cannot be started from Linux",
      );
    if (notes.length > 0) {
      return warn(`${parts.join('; ')}. ${notes.join('; ')}.`, {
        remediation: 'Set `[interop]` `enabled = true` in /etc/wsl.conf, then `wsl --terminate <distro>`.',
        docsUrl: WSL_CONFIG_DOCS,
        evidence: ev,
      });
    }
    return pass(`${parts.join('; ')}.`, { evidence: ev });
  },
};

export const wslConfCheck: DoctorCheck = {
  id: 'distros.wsl-conf',
  area: 'distros',
  title: '/etc/wsl.conf of the default distribution',
  async run(ctx) {
    const look = await inspected(ctx, '/etc/wsl.conf');
    if (!look.facts) return look.result as CheckResult;
    const { facts, target } = look;
    if (!facts.wslConf)
      return pass(`${target.name} has no /etc/wsl.conf: WSL's defaults apply.`, {
        evidence: { distribution: target.name },
      });
    const wslconfig = ctx.reachesWindows ? (await ctx.wslconfig.get()).text : null;
    const generation = facts.kernel?.wslGeneration ?? target.entry?.version ?? null;
    const lint = lintWslConf(facts.wslConf, {
      ...(wslconfig ? { wslconfigText: wslconfig } : {}),
      ...(generation === 1 || generation === 2 ? { distroVersion: generation } : {}),
    });
    return lintOutcome(`${target.name}: /etc/wsl.conf`, lint.findings, { distribution: target.name });
  },
};

export const dnsCheck: DoctorCheck = {
  id: 'distros.dns',
  area: 'distros',
  title: 'DNS resolution in the default distribution',
  async run(ctx) {
    const look = await inspected(ctx, 'DNS');
    if (!look.facts) return look.result as CheckResult;
    const { facts, target } = look;
    const ev = { distribution: target.name, nameservers: facts.nameservers, address: facts.dns.address };
    if (facts.dns.resolved === true) {
      return pass(`github.com resolves in ${target.name} (${facts.dns.address}).`, { evidence: ev });
    }
    if (facts.dns.resolved === false) {
      return fail(`github.com does not resolve in ${target.name}: package managers, git and docker pulls will fail.`, {
        remediation: [
          'In %UserProfile%\\.wslconfig set `[wsl2]` `dnsTunneling=true` (WSL 2.0.9+), then `wsl --shutdown`.',
          'Behind a VPN: also try `networkingMode=mirrored`.',
          'Or set `[network]` `generateResolvConf = false` in /etc/wsl.conf and write a working `nameserver` into /etc/resolv.conf.',
        ],
        docsUrl: NETWORKING_DOCS,
        evidence: ev,
      });
    }
    return skip(`Whether names resolve in ${target.name} is unknown (no getent in the distribution?).`, {
      evidence: ev,
    });
  },
};

/** Lint findings → outcome: errors fail, warnings warn, info passes with the notes in evidence. */
export function lintOutcome(
  label: string,
  findings: readonly { line: number; severity: string; message: string; rule: string }[],
  extra: Record<string, string | number | boolean | null | undefined> = {},
): CheckResult {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const listed = [...errors, ...warnings].slice(0, 5).map((f) => `line ${f.line}: ${f.message}`);
  const ev: Record<string, string | number | boolean | null | undefined> = {
    ...extra,
    errors: errors.length,
    warnings: warnings.length,
    notes: findings.length - errors.length - warnings.length,
  };
  findings.slice(0, 10).forEach((f, i) => {
    ev[`finding${i + 1}`] = `line ${f.line} ${f.severity} ${f.rule}`;
  });
  if (errors.length > 0) {
    return fail(`${label} has ${errors.length} error${errors.length === 1 ? '' : 's'} that WSL will not apply.`, {
      remediation: listed,
      docsUrl: WSL_CONFIG_DOCS,
      evidence: ev,
    });
  }
  if (warnings.length > 0) {
    return warn(`${label} has ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`, {
      remediation: listed,
      docsUrl: WSL_CONFIG_DOCS,
      evidence: ev,
    });
  }
  return pass(
    `${label} is valid${findings.length ? ` (${findings.length} note${findings.length === 1 ? '' : 's'})` : ''}.`,
    { evidence: ev },
  );
}

export const DISTRO_CHECKS: readonly DoctorCheck[] = [distroListCheck, defaultDistroCheck, wslConfCheck, dnsCheck];
