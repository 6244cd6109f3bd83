// npm test's preflight: which Debian packages are missing, and whether to install them or tell the user how.
import { describe, expect, it } from 'vitest';
import { commandsOnPath, DEBIAN_REQUIREMENTS, planDebianPackages } from '../debian-packages.mjs';

const everything = {
  commands: ['redis-server', 'shellcheck', 'docker'],
  packages: ['redis-server', 'busybox-static', 'bash-static', 'shellcheck'],
};
const names = (plan) => plan.missing.map((r) => r.pkg);

describe('planDebianPackages', () => {
  it('does nothing when every package or command is there', () => {
    expect(planDebianPackages({ ...everything, isRoot: false, hasAptGet: false })).toEqual({
      missing: [],
      action: 'none',
      command: null,
    });
  });

  it('installs what a fresh Debian machine lacks when root with apt-get, in one command', () => {
    const plan = planDebianPackages({ commands: [], packages: [], isRoot: true, hasAptGet: true });
    expect(plan.action).toBe('install');
    expect(names(plan)).toEqual(['redis-server', 'busybox-static', 'bash-static', 'shellcheck', 'docker.io']);
    expect(plan.command).toBe(
      'apt-get install -y -qq --no-install-recommends redis-server busybox-static bash-static shellcheck docker.io',
    );
  });

  it('asks for docker.io only when no docker command is on PATH (Docker CE counts)', () => {
    const withDockerCe = { commands: ['docker'], packages: ['redis-server', 'shellcheck'], isRoot: true };
    expect(names(planDebianPackages({ ...withDockerCe, hasAptGet: true }))).toEqual(['busybox-static', 'bash-static']);
    const noDocker = { ...everything, commands: ['redis-server', 'shellcheck'], isRoot: true, hasAptGet: true };
    expect(names(planDebianPackages(noDocker))).toEqual(['docker.io']);
  });

  it('wants the static builds themselves: a dynamic busybox on PATH does not count', () => {
    const plan = planDebianPackages({
      commands: ['redis-server', 'shellcheck', 'docker', 'busybox', 'bash'],
      packages: ['redis-server', 'shellcheck', 'busybox', 'bash'],
      isRoot: true,
      hasAptGet: true,
    });
    expect(names(plan)).toEqual(['busybox-static', 'bash-static']);
  });

  it('prints the one command to run when not root (with sudo) or without apt-get', () => {
    const missingRedis = {
      ...everything,
      commands: ['docker'],
      packages: ['busybox-static', 'bash-static'],
    };
    expect(planDebianPackages({ ...missingRedis, isRoot: false, hasAptGet: true })).toMatchObject({
      action: 'instruct',
      command: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends redis-server shellcheck',
    });
    expect(planDebianPackages({ ...missingRedis, isRoot: true, hasAptGet: false })).toMatchObject({
      action: 'instruct',
      command: 'apt-get update && apt-get install -y --no-install-recommends redis-server shellcheck',
    });
  });

  it('says why each package is needed', () => {
    for (const requirement of DEBIAN_REQUIREMENTS) expect(requirement.why.length).toBeGreaterThan(10);
  });
});

describe('commandsOnPath', () => {
  it('finds executables on the PATH given, and only those', () => {
    expect(commandsOnPath(['node', 'surely-no-such-command-here'], `/nonexistent:${process.env.PATH}`)).toEqual([
      'node',
    ]);
    expect(commandsOnPath(['node'], '/nonexistent')).toEqual([]);
  });
});
