import { compareVersions } from '../text/compare-versions.js';
import type { DoctorContext } from './context.js';
import { error, fail, pass, skip, warn, wslFailure } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const INSTALL_DOCS = 'https://learn.microsoft.com/windows/wsl/install';
const BASIC_COMMANDS = 'https://learn.microsoft.com/windows/wsl/basic-commands';
/** Rancher Desktop refuses older kernels and Docker Desktop warns about them. */
const MIN_KERNEL = '5.15';

function notApplicable(ctx: DoctorContext): CheckResult | null {
  if (!ctx.reachesWindows) return skip('WSL exists only on Windows; this host is not Windows.');
  if (ctx.wslExe === null) return skip('No wsl.exe can be reached from here.');
  return null;
}

/** Inside WSL a missing wsl.exe means interop is off, not that WSL is missing. */
async function interopMissing(ctx: DoctorContext): Promise<CheckResult | null> {
  if (ctx.mode !== 'wsl') return null;
  const version = await ctx.wsl.version.get();
  if (version.call?.error?.kind !== 'missing') return null;
  return skip(
    'wsl.exe cannot be started from this distribution (Windows interop is off), so Windows-side WSL facts are unknown.',
    {
      remediation:
        'Enable interop in /etc/wsl.conf (`[interop]` `enabled = true`), then `wsl --terminate <distro>` from Windows.',
    },
  );
}

export const wslInstalledCheck: DoctorCheck = {
  id: 'wsl.installed',
  area: 'wsl',
  title: 'WSL is installed',
  async run(ctx) {
    const na = notApplicable(ctx);
    if (na) return na;
    if (ctx.mode === 'wsl') return pass('WSL is installed: the doctor runs inside a WSL distribution.');
    const state = await ctx.wsl.installState();
    if (state.installed === true) {
      return pass(
        state.kind === 'inbox'
          ? 'WSL is installed as the Windows inbox component (no WSL package).'
          : 'WSL is installed (the WSL package from the Store or GitHub).',
        { evidence: { kind: state.kind } },
      );
    }
    if (state.installed === false) {
      if (state.failure) return wslFailure('WSL is not installed', state.failure);
      return fail('wsl.exe does not exist on this machine: WSL is not installed.', {
        remediation: [
          'Elevated terminal: `wsl --install --no-distribution`, then reboot.',
          'Older Windows: install the WSL MSI from https://github.com/microsoft/WSL/releases.',
        ],
        docsUrl: INSTALL_DOCS,
      });
    }
    const version = await ctx.wsl.version.get();
    if (version.failure) return wslFailure('wsl.exe failed', version.failure, 'error');
    return error(`Whether WSL is installed is unknown: ${state.reason}.`, {
      remediation: 'Run `wsl --status` by hand to see what it prints; `wsl --shutdown` and retry if it hangs.',
    });
  },
};

export const wslVersionCheck: DoctorCheck = {
  id: 'wsl.version',
  area: 'wsl',
  title: 'WSL package version',
  async run(ctx) {
    const na = notApplicable(ctx) ?? (await interopMissing(ctx));
    if (na) return na;
    const state = await ctx.wsl.installState();
    if (state.installed === false) return skip('WSL is not installed (see wsl.installed).');
    const version = await ctx.wsl.version.get();
    const minimum = ctx.options.minWslVersion;
    if (version.kind === 'inbox') {
      const remediation = [
        'Run `wsl --update` (add `--web-download` where the Store is blocked), or install the latest `wsl.<version>.x64.msi` from https://github.com/microsoft/WSL/releases.',
        'CI on windows-2022: run the update in the job before using WSL 2 (the image ships the inbox WSL only).',
      ];
      const summary = `The inbox WSL answers (no \`wsl --version\`): WSL 2, current kernels and \`wsl --install --from-file\` need the WSL package.`;
      return minimum
        ? fail(`${summary} Required: ${minimum} or later.`, {
            remediation,
            docsUrl: INSTALL_DOCS,
            evidence: { kind: 'inbox', minimum },
          })
        : warn(summary, { remediation, docsUrl: INSTALL_DOCS, evidence: { kind: 'inbox' } });
    }
    const current = version.info?.wslVersion ?? null;
    if (!current) {
      if (version.failure) return wslFailure('`wsl --version` failed', version.failure);
      if (version.call?.error) return error(`The WSL version is unknown: ${version.call.error.message}`);
      return warn('The WSL version is unknown: `wsl --version` printed nothing recognisable.', {
        remediation: 'Run `wsl --version` by hand; if it prints nothing useful, run `wsl --update`.',
      });
    }
    const ev = { version: current, minimum, kernel: version.info?.kernelVersion, wslg: version.info?.wslgVersion };
    if (minimum && compareVersions(current, minimum) < 0) {
      return fail(`WSL ${current} is older than the required ${minimum}.`, {
        remediation:
          'Run `wsl --update` (or install the MSI of the wanted release from https://github.com/microsoft/WSL/releases), then `wsl --shutdown`.',
        docsUrl: BASIC_COMMANDS,
        evidence: ev,
      });
    }
    return pass(`WSL ${current}${minimum ? ` (required: ${minimum} or later)` : ''}.`, { evidence: ev });
  },
};

export const wslDefaultVersionCheck: DoctorCheck = {
  id: 'wsl.default-version',
  area: 'wsl',
  title: 'Default WSL version',
  async run(ctx) {
    const na = notApplicable(ctx) ?? (await interopMissing(ctx));
    if (na) return na;
    if ((await ctx.wsl.installState()).installed === false) return skip('WSL is not installed (see wsl.installed).');
    const status = await ctx.wsl.status.get();
    if (!status.status) {
      if (status.failure) return wslFailure('`wsl --status` failed', status.failure);
      if (status.call?.error) return error(`The default WSL version is unknown: ${status.call.error.message}`);
      return warn('The default WSL version is unknown: `wsl --status` printed nothing recognisable.', {
        remediation: 'Run `wsl --status` by hand.',
      });
    }
    const { defaultVersion, defaultDistribution } = status.status;
    const ev = { defaultVersion, defaultDistribution };
    if (defaultVersion === 2) return pass('New distributions install as WSL 2.', { evidence: ev });
    if (defaultVersion === 1) {
      return warn(
        'New distributions install as WSL 1, which has no real Linux kernel (no Docker engine, slow /mnt I/O semantics differ).',
        {
          remediation: 'Run `wsl --set-default-version 2` (after `wsl --update` on the inbox WSL).',
          docsUrl: BASIC_COMMANDS,
          evidence: ev,
        },
      );
    }
    return warn('`wsl --status` did not say the default version.', { evidence: ev });
  },
};

export const wslKernelCheck: DoctorCheck = {
  id: 'wsl.kernel',
  area: 'wsl',
  title: 'WSL 2 kernel and WSLg',
  async run(ctx) {
    const na = notApplicable(ctx) ?? (await interopMissing(ctx));
    if (na) return na;
    if ((await ctx.wsl.installState()).installed === false) return skip('WSL is not installed (see wsl.installed).');
    const [version, status] = await Promise.all([ctx.wsl.version.get(), ctx.wsl.status.get()]);
    const kernel = version.info?.kernelVersion ?? status.status?.kernelVersion ?? null;
    const wslg = version.info?.wslgVersion ?? null;
    const ev = { kernel, wslg };
    if (!kernel) {
      if (version.kind === 'inbox') {
        return warn(
          'No WSL 2 kernel version is reported: the inbox WSL has no kernel package until `wsl --update` installs it.',
          {
            remediation: 'Run `wsl --update`.',
            docsUrl: INSTALL_DOCS,
            evidence: ev,
          },
        );
      }
      return warn('The WSL kernel version is unknown.', { remediation: 'Run `wsl --version` by hand.', evidence: ev });
    }
    if (compareVersions(kernel, MIN_KERNEL) < 0) {
      return warn(
        `Kernel ${kernel} is older than ${MIN_KERNEL}: Rancher Desktop refuses it and Docker Desktop may fail to start.`,
        {
          remediation: 'Run `wsl --update`, then `wsl --shutdown`.',
          evidence: ev,
        },
      );
    }
    return pass(`Kernel ${kernel}${wslg ? `, WSLg ${wslg}` : ''}.`, { evidence: ev });
  },
};

export const WSL_CHECKS: readonly DoctorCheck[] = [
  wslInstalledCheck,
  wslVersionCheck,
  wslDefaultVersionCheck,
  wslKernelCheck,
];
