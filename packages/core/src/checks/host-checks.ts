import { findDeadEnds, readRunnerFacts, wsl2BuildSupport } from '../host/index.js';
import { windowsArch, windowsBuild, windowsEdition } from '../host/windows-facts.js';
import { REPORT_LIMITS } from '../report/index.js';
import type { DoctorContext } from './context.js';
import { fail, pass, skip, warn } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const WSL_INSTALL_DOCS = 'https://learn.microsoft.com/windows/wsl/install';
const RUNNER_IMAGES = 'https://github.com/actions/runner-images';

function notWindows(ctx: DoctorContext): CheckResult | null {
  if (ctx.reachesWindows) return null;
  const os = ctx.mode === 'darwin' ? 'macOS' : ctx.mode === 'linux' ? 'Linux' : ctx.options.platform;
  return skip(`This is ${os}, not Windows: there is no Windows build or edition to check.`);
}

export const hostOsCheck: DoctorCheck = {
  id: 'host.os',
  area: 'host',
  title: 'Operating system and architecture',
  async run(ctx) {
    if (ctx.mode === 'linux' || ctx.mode === 'darwin' || ctx.mode === 'other') {
      const os = ctx.mode === 'darwin' ? 'macOS' : ctx.mode === 'linux' ? 'Linux (not WSL)' : ctx.options.platform;
      return skip(
        `${os} on ${ctx.options.arch}: WSL exists only on Windows, so the WSL checks do not apply here; Docker is still checked.`,
        { evidence: { platform: ctx.options.platform, arch: ctx.options.arch } },
      );
    }
    const arch = await windowsArch(ctx);
    if (ctx.mode === 'wsl') {
      return pass(
        `Inside the WSL distribution ${ctx.env.WSL_DISTRO_NAME ?? '(unnamed)'} on ${arch}; Windows facts come through interop (wsl.exe, powershell.exe).`,
        { evidence: { distribution: ctx.env.WSL_DISTRO_NAME, arch } },
      );
    }
    if (arch === 'x86' || arch === 'arm') {
      return fail(`Windows on ${arch}: WSL needs a 64-bit Windows (x64 or arm64).`, {
        remediation: 'Use a 64-bit Windows machine or runner image (x64 or arm64).',
        docsUrl: WSL_INSTALL_DOCS,
        evidence: { arch },
      });
    }
    return pass(`Windows on ${arch}.`, { evidence: { arch, platform: ctx.options.platform } });
  },
};

export const hostBuildCheck: DoctorCheck = {
  id: 'host.windows-build',
  area: 'host',
  title: 'Windows build supports WSL 2',
  async run(ctx) {
    const other = notWindows(ctx);
    if (other) return other;
    const [info, arch] = await Promise.all([windowsBuild(ctx), windowsArch(ctx)]);
    const support = wsl2BuildSupport(info.build, info.ubr, arch);
    const ev = { build: info.text, source: info.source };
    if (support.supported === null) {
      return warn('The Windows build is unknown: PowerShell, wsl.exe and systeminfo all failed to tell it.', {
        remediation: 'Run `winver` or `[Environment]::OSVersion` to see the build; WSL 2 needs 19041 or later.',
        evidence: ev,
      });
    }
    if (support.supported) {
      return pass(
        support.reason === 'backport'
          ? `Build ${info.text} runs WSL 2 through the 1903/1909 backport (update revision ${info.ubr}).`
          : `Build ${info.text} runs WSL 2 (19041 or later).`,
        { evidence: ev },
      );
    }
    return fail(
      support.reason === 'needs-backport'
        ? `Build ${info.text} (1903/1909) runs WSL 2 only with the backport KB4566116 (update revision 1049 or later).`
        : `Build ${info.text} is too old for WSL 2, which needs build 19041 (version 2004) or later.`,
      {
        remediation:
          support.reason === 'needs-backport'
            ? 'Install the latest cumulative update through Windows Update (it carries KB4566116), then reboot.'
            : 'Update Windows to version 2004 (build 19041) or later through Windows Update, or use a newer runner image.',
        docsUrl: WSL_INSTALL_DOCS,
        evidence: ev,
      },
    );
  },
};

export const hostEditionCheck: DoctorCheck = {
  id: 'host.edition',
  area: 'host',
  title: 'Windows edition',
  async run(ctx) {
    const other = notWindows(ctx);
    if (other) return other;
    const edition = await windowsEdition(ctx);
    const ev = { edition: edition.name, editionId: edition.editionId, family: edition.family };
    switch (edition.family) {
      case 'home':
        return pass(
          `${edition.name ?? 'Windows Home'}: WSL 2 and Docker Desktop's WSL 2 backend work; the Hyper-V backend and Windows containers need Pro, Enterprise or Education.`,
          { evidence: ev },
        );
      case 'server':
        return pass(
          `${edition.name ?? 'Windows Server'}: WSL 2 works; Docker Desktop does not support Windows Server, so Linux containers need a Docker engine inside WSL.`,
          { evidence: ev },
        );
      case 'unknown':
        return warn('The Windows edition is unknown (PowerShell and systeminfo did not answer).', {
          remediation:
            'Run `Get-ComputerInfo -Property WindowsEditionId` to see it; Hyper-V needs Pro, Enterprise or Education.',
          evidence: ev,
        });
      default:
        return pass(
          `${edition.name ?? edition.editionId ?? 'Windows'}: WSL 2, Hyper-V and Windows containers are available.`,
          {
            evidence: ev,
          },
        );
    }
  },
};

export const hostRunnerCheck: DoctorCheck = {
  id: 'host.runner',
  area: 'host',
  title: 'CI runner',
  async run(ctx) {
    const env = await ctx.runnerEnv();
    const runner = readRunnerFacts(env, REPORT_LIMITS.shortText);
    if (!runner) return skip('Not a GitHub Actions runner.');
    const arch = ctx.reachesWindows ? await windowsArch(ctx) : ctx.options.arch;
    const ev = {
      imageOs: runner.imageOs,
      imageVersion: runner.imageVersion,
      environment: runner.environment,
      arch: runner.arch,
      name: runner.name,
    };
    const ends = findDeadEnds(env, arch).filter((end) => end.kind !== 'service-account');
    const arm = ends.find((end) => end.kind === 'hosted-arm64');
    if (arm) {
      return fail(`${arm.detail}`, {
        remediation: [
          'Run WSL jobs on an x64 image: `runs-on: windows-2025` (WSL 2 preinstalled) or `windows-2022` (after `wsl --update`).',
          'Linux containers on arm64: use an `ubuntu-24.04-arm` runner instead of Windows.',
        ],
        docsUrl: RUNNER_IMAGES,
        evidence: ev,
      });
    }
    const ado = ends.find((end) => end.kind === 'azure-devops-hosted');
    if (ado) {
      return fail(ado.detail, {
        remediation:
          'Use a self-hosted agent on a machine with virtualization, or a GitHub-hosted windows-2025 runner.',
        evidence: ev,
      });
    }
    if (!ctx.reachesWindows)
      return pass(`Runner ${runner.name} (${runner.imageOs ?? 'self-hosted'}, ${runner.arch}).`, { evidence: ev });
    const image = runner.imageOs ?? '';
    let note = '';
    // `win25-vs2026`: the Visual Studio 2026 build the windows-2025 label runs (actions/runner-images README.md).
    if (/^win22(?:-vs\d{4})?$/i.test(image))
      note = ' Image windows-2022 ships WSL 1 only: run `wsl --update` to get WSL 2.';
    else if (/^win25(?:-vs\d{4})?$/i.test(image))
      note = ' Image windows-2025 ships WSL 2 (no distribution) and a Windows-containers Docker engine.';
    return pass(
      `${runner.environment === 'github-hosted' ? 'GitHub-hosted' : 'Self-hosted'} runner ${runner.name}${image ? ` on image ${image}${runner.imageVersion ? ` ${runner.imageVersion}` : ''}` : ''}.${note}`,
      { evidence: ev },
    );
  },
};

export const hostAccountCheck: DoctorCheck = {
  id: 'host.account',
  area: 'host',
  title: 'Account can see WSL distributions',
  async run(ctx) {
    const other = notWindows(ctx);
    if (other) return other;
    const env = await ctx.runnerEnv();
    const end = findDeadEnds(env, ctx.options.arch).find((e) => e.kind === 'service-account');
    const user = env.USERNAME ?? (await ctx.hostProbe.get()).facts.userName;
    if (end && end.kind === 'service-account') {
      return fail(end.detail, {
        remediation: [
          'Run the runner service as the user that owns the WSL distributions: re-run `config.cmd` with `--windowslogonaccount <DOMAIN\\user> --windowslogonpassword <password>`, or change the service logon (services.msc → the actions.runner.* service → Log On).',
          "Or start the runner interactively with `run.cmd` in that user's session.",
          'Then install the distributions as that user (`wsl --install --distribution <Distro> --no-launch`).',
        ],
        docsUrl:
          'https://docs.github.com/actions/hosting-your-own-runners/managing-self-hosted-runners/configuring-the-self-hosted-runner-application-as-a-service',
        evidence: { account: end.account, user, profile: env.USERPROFILE },
      });
    }
    if (!user) return skip('The account name is unknown.');
    return pass(`Runs as ${user}, a user account that owns its WSL distributions.`, { evidence: { user } });
  },
};

export const HOST_CHECKS: readonly DoctorCheck[] = [
  hostOsCheck,
  hostBuildCheck,
  hostEditionCheck,
  hostRunnerCheck,
  hostAccountCheck,
];
