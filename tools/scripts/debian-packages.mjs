// The Debian packages the test suite needs, what is missing on this machine, and how to get it.
// `planDebianPackages` is pure (facts in, a plan out); `machineFacts` reads them; `ensureDebianPackages` acts.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * What the suite uses and why. `command`: satisfied by that command on PATH (any provider will do);
 * otherwise satisfied only by the Debian package itself (the static builds, copied into the twin's chroot).
 */
export const DEBIAN_REQUIREMENTS = [
  { pkg: 'redis-server', command: 'redis-server', why: "the readiness bot's multi-replica and crash tests" },
  { pkg: 'busybox-static', why: "the twin's distribution root file system (static: it runs inside a chroot)" },
  { pkg: 'bash-static', why: "the real bash of the twin's distributions (wsl-bash steps)" },
  { pkg: 'shellcheck', command: 'shellcheck', why: 'lints the shell scripts the actions run' },
  { pkg: 'docker.io', command: 'docker', why: "the real docker CLI against the twin's Docker engines" },
];

/**
 * @param {{commands: Iterable<string>, packages: Iterable<string>, isRoot: boolean, hasAptGet: boolean}} facts
 *   commands found on PATH, Debian packages installed, whether we run as root, whether apt-get exists.
 * @returns {{missing: typeof DEBIAN_REQUIREMENTS, action: 'none' | 'install' | 'instruct', command: string | null}}
 *   `install`: run `apt-get update` once, then `command`; `instruct`: print `command` for the user and stop.
 */
export function planDebianPackages(facts, requirements = DEBIAN_REQUIREMENTS) {
  const commands = new Set(facts.commands);
  const packages = new Set(facts.packages);
  const missing = requirements.filter((r) => !packages.has(r.pkg) && !(r.command && commands.has(r.command)));
  if (missing.length === 0) return { missing, action: 'none', command: null };
  const names = missing.map((r) => r.pkg).join(' ');
  if (facts.isRoot && facts.hasAptGet) {
    return { missing, action: 'install', command: `apt-get install -y -qq --no-install-recommends ${names}` };
  }
  const sudo = facts.isRoot ? '' : 'sudo ';
  return {
    missing,
    action: 'instruct',
    command: `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${names}`,
  };
}

/** The commands of `names` found on PATH (executable files). */
export function commandsOnPath(names, path = process.env.PATH ?? '') {
  const dirs = path.split(delimiter).filter(Boolean);
  return names.filter((name) =>
    dirs.some((dir) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** Installed Debian packages among `names` (one dpkg-query call; none when dpkg is absent). */
export function installedPackages(names) {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax, not a JS template
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\\n', ...names], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (query.error || typeof query.stdout !== 'string') return [];
  return query.stdout
    .split('\n')
    .map((line) => line.trim().split(' '))
    .filter(([, status]) => status === 'installed')
    .map(([name]) => name.replace(/:.*$/, ''));
}

export function machineFacts(requirements = DEBIAN_REQUIREMENTS) {
  const commands = requirements.flatMap((r) => (r.command ? [r.command] : []));
  return {
    commands: commandsOnPath(commands),
    packages: installedPackages(requirements.map((r) => r.pkg)),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: commandsOnPath(['apt-get']).length === 1,
  };
}

/**
 * Installs what is missing when it can (root with apt-get: one quiet, noninteractive `apt-get update` and
 * install); otherwise says which command to run. Returns true when everything the suite needs is present.
 */
export function ensureDebianPackages(write = (text) => process.stdout.write(text)) {
  const plan = planDebianPackages(machineFacts());
  if (plan.action === 'none') {
    write('All Debian packages the suite needs are installed.\n');
    return true;
  }
  const list = plan.missing.map((r) => `  ${r.pkg}: ${r.why}\n`).join('');
  if (plan.action === 'instruct') {
    write(
      `The test suite needs Debian packages that are missing here:\n${list}` +
        `Install them, then run \`npm test\` again:\n\n  ${plan.command}\n\n` +
        '(On Windows, run the suite inside WSL, in a Debian or Ubuntu distribution.)\n',
    );
    return false;
  }
  write(`Installing missing Debian packages:\n${list}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '-qq', '--no-install-recommends', ...plan.missing.map((r) => r.pkg)];
  for (const argv of [['update', '-qq'], install]) {
    const step = spawnSync('apt-get', argv, { env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 900_000 });
    if (step.status !== 0) {
      write(`\`apt-get ${argv.join(' ')}\` failed (${step.error?.message ?? `exit ${step.status}`}).\n`);
      return false;
    }
  }
  const after = planDebianPackages(machineFacts());
  if (after.action !== 'none') {
    write(`Still missing after apt-get: ${after.missing.map((r) => r.pkg).join(', ')}.\n`);
    return false;
  }
  return true;
}
