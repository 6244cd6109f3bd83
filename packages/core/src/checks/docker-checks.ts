import { DOCKER_BACKEND_DESCRIPTIONS, describeDockerError } from '../docker/index.js';
import type { DoctorContext } from './context.js';
import type { DockerFacts } from './docker-probes.js';
import { fail, pass, skip, warn } from './outcome.js';
import type { DoctorCheck } from './types.js';

const DESKTOP_WSL_DOCS = 'https://docs.docker.com/desktop/features/wsl/';
const DOCKER_INSTALL_DOCS = 'https://docs.docker.com/engine/install/';

function linuxEngineHint(ctx: DoctorContext): string {
  if (ctx.isWindows) {
    return 'Install Docker Desktop (WSL 2 backend) on Windows 10/11, or Docker Engine inside a WSL 2 distribution (Windows Server, CI runners): `curl -fsSL https://get.docker.com | sh` in the distribution, then call it with `wsl -d <distro> docker …`.';
  }
  if (ctx.mode === 'wsl')
    return "Enable Docker Desktop's WSL integration for this distribution, or install Docker Engine here (`curl -fsSL https://get.docker.com | sh`).";
  return 'Install Docker Engine (or Docker Desktop) for this OS.';
}

function cliMissing(facts: DockerFacts): boolean {
  return !facts.evidence.cli.present || (facts.evidence.current?.errors ?? []).some((e) => e.kind === 'cli-not-found');
}

export const dockerCliCheck: DoctorCheck = {
  id: 'docker.cli',
  area: 'docker',
  title: 'Docker CLI',
  async run(ctx) {
    const facts = await ctx.docker.get();
    const integrationOff = facts.evidence.current?.errors.find((e) => e.kind === 'wsl-integration-off');
    if (integrationOff) {
      return fail("`docker` in this distribution is Docker Desktop's stub: the WSL integration is off for it.", {
        remediation: describeDockerError(integrationOff),
        docsUrl: DESKTOP_WSL_DOCS,
        evidence: { path: ctx.dockerExe },
      });
    }
    if (cliMissing(facts)) {
      return fail('The `docker` command is not installed or not on PATH.', {
        remediation: linuxEngineHint(ctx),
        docsUrl: DOCKER_INSTALL_DOCS,
        evidence: { path: ctx.dockerExe },
      });
    }
    const version = facts.classification.cliVersion;
    return pass(
      `docker ${version ?? '(version unknown)'}${facts.classification.context ? `, context ${facts.classification.context}` : ''}.`,
      {
        evidence: {
          path: ctx.dockerExe,
          version,
          context: facts.classification.context,
          contexts: (facts.evidence.contexts ?? []).map((c) => `${c.name}${c.current ? ' *' : ''}`),
          dockerHost: facts.evidence.dockerHost,
        },
      },
    );
  },
};

export const dockerEngineCheck: DoctorCheck = {
  id: 'docker.engine',
  area: 'docker',
  title: 'Docker engine and backend',
  async run(ctx) {
    const facts = await ctx.docker.get();
    if (cliMissing(facts)) return skip('No Docker CLI (see docker.cli), so no engine to ask.');
    const c = facts.classification;
    const others = c.otherEngines.map(
      (o) => `${o.endpoint ?? '?'} (${o.backend}${o.engineOs ? `, ${o.engineOs}` : ''})`,
    );
    const ev = {
      backend: c.backend,
      endpoint: c.endpoint,
      context: c.context,
      engineOs: c.engineOs,
      serverVersion: c.serverVersion,
      confidence: c.confidence,
      isolation: c.isolation,
      otherEngines: others,
      signals: c.evidence.slice(0, 6).join(' | ') || null,
    };
    const current = facts.evidence.current;
    if (!current?.answered) {
      const errors = current?.errors ?? [];
      const reasons = errors.map((error) => describeDockerError(error, facts.evidence.host));
      const elsewhere = others.length ? ` Other engines answer: ${others.join(', ')}.` : '';
      return fail(
        `No engine answers the docker CLI${c.endpoint ? ` at ${c.endpoint}` : ''}${c.context ? ` (context ${c.context})` : ''}.${elsewhere}`,
        {
          remediation: reasons.length
            ? [...new Set(reasons)]
            : [
                'Start Docker Desktop (or the engine the context names), then retry; `docker context ls` shows where the CLI points.',
              ],
          docsUrl: DOCKER_INSTALL_DOCS,
          evidence: ev,
        },
      );
    }
    const engine = `${c.backend}: ${DOCKER_BACKEND_DESCRIPTIONS[c.backend]}`;
    return pass(
      `The CLI talks to ${engine}${c.serverVersion ? ` (engine ${c.serverVersion}, ${c.engineOs ?? 'unknown OS'})` : ''}${others.length ? `; also answering: ${others.join(', ')}` : ''}.`,
      { evidence: ev },
    );
  },
};

export const linuxContainersCheck: DoctorCheck = {
  id: 'docker.linux-containers',
  area: 'docker',
  title: 'Linux containers',
  async run(ctx) {
    const facts = await ctx.docker.get();
    if (cliMissing(facts)) return skip('No Docker CLI (see docker.cli).');
    const c = facts.classification;
    const proof = facts.evidence.linuxProof;
    const ev = { backend: c.backend, engineOs: c.engineOs, proof: proof ? (proof.ok ? 'ran' : 'failed') : 'not run' };
    if (!facts.evidence.current?.answered)
      return skip('No engine answers (see docker.engine), so Linux containers cannot run now.', { evidence: ev });
    if (c.linuxContainers === true) {
      return pass(`Linux containers run on ${c.backend}${proof?.ok ? ' (proved with `docker run`)' : ''}.`, {
        evidence: ev,
      });
    }
    if (c.linuxContainers === false) {
      const linuxElsewhere = c.otherEngines.find((o) => o.engineOs === 'linux');
      const remediation: string[] = [];
      if (c.backend === 'desktop-windows') {
        remediation.push(
          'Switch Docker Desktop to Linux containers (tray icon → "Switch to Linux containers…", or `docker desktop engine use linux` on 4.37+).',
        );
      }
      if (linuxElsewhere) {
        remediation.push(
          `A Linux engine answers at \`${linuxElsewhere.endpoint}\`: \`docker context use desktop-linux\` or \`docker --host ${linuxElsewhere.endpoint} …\`.`,
        );
      }
      if (c.backend === 'moby-windows-server') {
        remediation.push(
          'This engine runs Windows containers only (GitHub-hosted runners). Run Linux containers with Docker Engine inside a WSL 2 distribution, or on an ubuntu runner.',
        );
      }
      if (c.backend === 'wsl1-dockerd')
        remediation.push(
          'dockerd on WSL 1 cannot run containers: convert the distribution with `wsl --set-version <distro> 2`.',
        );
      if (remediation.length === 0) remediation.push(linuxEngineHint(ctx));
      return fail(
        `The engine the CLI uses (${c.backend}, ${c.engineOs ?? 'unknown OS'}) cannot run Linux containers.`,
        {
          remediation,
          evidence: ev,
        },
      );
    }
    return warn('Whether Linux containers run is unknown.', {
      remediation: 'Run `docker run --rm --platform linux hello-world` (or run the doctor with --deep to try it).',
      evidence: ev,
    });
  },
};

export const desktopCheck: DoctorCheck = {
  id: 'docker.desktop',
  area: 'docker',
  title: 'Docker Desktop',
  async run(ctx) {
    if (!ctx.reachesWindows) return skip('Docker Desktop for Windows applies only on Windows.');
    const facts = await ctx.docker.get();
    const { desktop } = facts;
    const distros = facts.evidence.wslDistros ?? [];
    const engineDistro = distros.find((d) => d.name.toLowerCase() === 'docker-desktop');
    if (desktop.installed !== true && !engineDistro) {
      return skip(
        desktop.installed === false
          ? 'Docker Desktop is not installed.'
          : 'Docker Desktop does not appear to be installed.',
      );
    }
    const s = desktop.settings?.recognized ? desktop.settings.value : null;
    const listed = ctx.wslExe !== null ? (await ctx.wsl.list.get()).distros : null;
    const defaultDistro = listed?.find((d) => d.default)?.name ?? null;
    const ev = {
      version: desktop.version,
      settingsFiles: desktop.settingsFiles,
      wslEngineEnabled: s?.wslEngineEnabled,
      useWindowsContainers: s?.useWindowsContainers,
      integratedWslDistros: s?.integratedWslDistros,
      enableIntegrationWithDefaultWslDistro: s?.enableIntegrationWithDefaultWslDistro,
      lockedKeys: s?.lockedKeys,
      dockerDesktopDistro: engineDistro ? `${engineDistro.state ?? '?'}, WSL ${engineDistro.version ?? '?'}` : null,
    };
    const mode =
      s?.wslEngineEnabled === false
        ? 'Hyper-V backend'
        : s?.wslEngineEnabled === true
          ? 'WSL 2 backend'
          : 'backend unknown';
    const head = `Docker Desktop${desktop.version ? ` ${desktop.version}` : ''} (${mode}${s?.useWindowsContainers ? ', Windows containers mode' : ''})`;
    const notes: string[] = [];
    const fixes: string[] = [];
    if (s?.useWindowsContainers) {
      notes.push('it is in Windows-containers mode');
      fixes.push(
        'Switch to Linux containers: tray icon → "Switch to Linux containers…" (or `docker desktop engine use linux`).',
      );
    }
    const integrated = s?.integratedWslDistros.map((n) => n.toLowerCase()) ?? [];
    if (
      s?.wslEngineEnabled === true &&
      defaultDistro &&
      s.enableIntegrationWithDefaultWslDistro === false &&
      !integrated.includes(defaultDistro.toLowerCase())
    ) {
      notes.push(
        `the default distribution ${defaultDistro} is not integrated, so \`docker\` inside it does not reach Desktop`,
      );
      fixes.push(`Settings → Resources → WSL integration: enable ${defaultDistro}.`);
    }
    if (engineDistro && engineDistro.version === 1) {
      notes.push('its docker-desktop distribution runs as WSL 1');
      fixes.push('`wsl --set-version docker-desktop 2`, or reset Docker Desktop.');
    }
    if (notes.length > 0)
      return warn(`${head}: ${notes.join('; ')}.`, { remediation: fixes, docsUrl: DESKTOP_WSL_DOCS, evidence: ev });
    const distroNote = engineDistro ? `; its docker-desktop distribution is ${engineDistro.state ?? 'listed'}` : '';
    return pass(`${head}${distroNote}.`, { evidence: ev });
  },
};

export const DOCKER_CHECKS: readonly DoctorCheck[] = [
  dockerCliCheck,
  dockerEngineCheck,
  linuxContainersCheck,
  desktopCheck,
];
