import { ALL_CHECKS } from '@wsl-ready/core';

/**
 * What the bot itself knows about each readiness check: its title (from the core's check registry) and a fix in
 * our own Markdown, with a documentation link. A report's `remediation` and `docsUrl` come from the workflow
 * that uploaded it (maybe a fork's), so the comment shows these instead; a check id the bot does not know gets
 * no fix at all. Fixes are general: the report's own summary (escaped) still says what this runner saw.
 */
export interface CheckKnowledge {
  title: string;
  /** Trusted Markdown written here (links allowed). */
  fix: string;
  docsUrl?: string;
}

const WSL_INSTALL = 'https://learn.microsoft.com/windows/wsl/install';
const WSL_BASIC_COMMANDS = 'https://learn.microsoft.com/windows/wsl/basic-commands';
const WSL_CONFIG = 'https://learn.microsoft.com/windows/wsl/wsl-config';
const WSL_NETWORKING = 'https://learn.microsoft.com/windows/wsl/networking';
const WSL_FILESYSTEMS = 'https://learn.microsoft.com/windows/wsl/filesystems';
const WSL_TROUBLESHOOTING = 'https://learn.microsoft.com/windows/wsl/troubleshooting';
const DOCKER_DESKTOP_WSL = 'https://docs.docker.com/desktop/features/wsl/';
const DOCKER_ENGINE_INSTALL = 'https://docs.docker.com/engine/install/';
const RUNNER_IMAGES = 'https://github.com/actions/runner-images';

const FIXES: Record<string, Omit<CheckKnowledge, 'title'>> = {
  'host.os': { fix: 'Run the job on Windows (x64 or arm64), e.g. `runs-on: windows-2025`.', docsUrl: WSL_INSTALL },
  'host.windows-build': {
    fix: 'WSL 2 needs Windows 10 build 19041 or later (or Windows 11 / Server 2022+); install the latest Windows updates.',
    docsUrl: WSL_INSTALL,
  },
  'host.edition': {
    fix: 'Hyper-V features need Windows Pro, Enterprise or Education; WSL 2 itself works on Home.',
    docsUrl: WSL_INSTALL,
  },
  'host.runner': {
    fix: 'Use a runner with virtualization: a GitHub-hosted `windows-2025` image, or a self-hosted machine with nested virtualization enabled.',
    docsUrl: RUNNER_IMAGES,
  },
  'host.account': {
    fix: 'Run the runner as the user who owns the WSL distributions (service logon account, or `run.cmd` in that session).',
    docsUrl: WSL_TROUBLESHOOTING,
  },
  'virtualization.features': {
    fix: 'Enable the Virtual Machine Platform and WSL features (`wsl.exe --install --no-distribution` in an elevated terminal), then reboot.',
    docsUrl: WSL_INSTALL,
  },
  'virtualization.hypervisor': {
    fix: 'Turn on CPU virtualization in the firmware, then `bcdedit /set hypervisorlaunchtype auto` and reboot.',
    docsUrl: WSL_TROUBLESHOOTING,
  },
  'wsl.installed': {
    fix: 'Install WSL: `wsl.exe --install --no-distribution` in an elevated terminal, then reboot.',
    docsUrl: WSL_INSTALL,
  },
  'wsl.version': { fix: 'Update WSL: `wsl --update`.', docsUrl: WSL_BASIC_COMMANDS },
  'wsl.kernel': { fix: 'Update the WSL kernel: `wsl --update`, then `wsl --shutdown`.', docsUrl: WSL_BASIC_COMMANDS },
  'wsl.default-version': {
    fix: 'Make WSL 2 the default for new distributions: `wsl --set-default-version 2`.',
    docsUrl: WSL_BASIC_COMMANDS,
  },
  'distros.list': {
    fix: 'Install a distribution (`wsl --install -d Ubuntu-24.04`) or convert WSL 1 ones: `wsl --set-version <Distro> 2`.',
    docsUrl: WSL_BASIC_COMMANDS,
  },
  'distros.default': {
    fix: 'Make your own distribution the default: `wsl --set-default <Distro>`.',
    docsUrl: WSL_BASIC_COMMANDS,
  },
  'distros.wsl-conf': {
    fix: 'Fix `/etc/wsl.conf` in the distribution, then `wsl --terminate <Distro>`.',
    docsUrl: WSL_CONFIG,
  },
  'distros.dns': {
    fix: 'Check name resolution inside the distribution; try `dnsTunneling=true` under `[wsl2]` in `.wslconfig`, then `wsl --shutdown`.',
    docsUrl: WSL_NETWORKING,
  },
  'config.wslconfig': {
    fix: 'Fix the keys and values of `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.',
    docsUrl: WSL_CONFIG,
  },
  'config.resources': {
    fix: 'Give the WSL VM enough memory and processors in `.wslconfig` (`memory=`, `processors=`), then `wsl --shutdown`.',
    docsUrl: WSL_CONFIG,
  },
  'docker.cli': { fix: 'Install the Docker CLI, or put it on `PATH`.', docsUrl: DOCKER_ENGINE_INSTALL },
  'docker.engine': {
    fix: 'Start a Docker engine and point `DOCKER_HOST` (or the current context) at it.',
    docsUrl: DOCKER_ENGINE_INSTALL,
  },
  'docker.desktop': {
    fix: 'In Docker Desktop, use the WSL 2 based engine and enable integration with your distribution.',
    docsUrl: DOCKER_DESKTOP_WSL,
  },
  'docker.linux-containers': {
    fix: 'Use an engine that runs Linux containers: Docker Engine inside a WSL 2 distribution, or Docker Desktop with its WSL 2 backend.',
    docsUrl: DOCKER_DESKTOP_WSL,
  },
  'io.location': {
    fix: 'Keep the project inside the Linux file system (`~/…`), not under `/mnt/c`, for fast file access.',
    docsUrl: WSL_FILESYSTEMS,
  },
};

const KNOWLEDGE: ReadonlyMap<string, CheckKnowledge> = new Map(
  ALL_CHECKS.flatMap((check) => {
    const fix = FIXES[check.id];
    return fix ? [[check.id, { title: check.title, ...fix }] as const] : [];
  }),
);

/** The bot's own knowledge of a check id, or `undefined` for an id the core does not define. */
export function checkKnowledge(checkId: string): CheckKnowledge | undefined {
  return KNOWLEDGE.get(checkId);
}

/** Check ids of the core registry that have no fix here (a test keeps this empty). */
export function checksWithoutKnowledge(): string[] {
  return ALL_CHECKS.map((check) => check.id).filter((id) => !KNOWLEDGE.has(id));
}
