import { DOCKER_BACKENDS, type DockerBackend } from '@wsl-ready/core';

/**
 * Engines that answer on Linux and macOS hosts. Design §4 names only Windows backends, so the core classifier
 * calls these `none` (with `unlistedEngine`); an action output of `none` while Docker works on ubuntu-latest
 * would mislead every `if:` that reads it, so the action names them.
 */
export const NON_WINDOWS_ENGINES = ['native-linux', 'desktop-mac', 'desktop-linux', 'other-linux'] as const;
export type NonWindowsEngine = (typeof NON_WINDOWS_ENGINES)[number];

/** Every value the `backend` output can take (and `expect-backend` accepts). */
export const ACTION_BACKENDS = [...DOCKER_BACKENDS, ...NON_WINDOWS_ENGINES] as const;
export type ActionBackend = DockerBackend | NonWindowsEngine;

export function isActionBackend(value: string): value is ActionBackend {
  return (ACTION_BACKENDS as readonly string[]).includes(value);
}

/** What each value means, for messages, the summary and the README. */
export const BACKEND_DESCRIPTIONS: Record<ActionBackend, string> = {
  'desktop-wsl2': 'Docker Desktop with the WSL 2 engine',
  'desktop-hyperv': 'Docker Desktop with the Hyper-V engine',
  'desktop-windows': 'Docker Desktop in Windows-containers mode',
  'moby-windows-server': 'Moby (dockerd) running Windows containers, as on GitHub-hosted Windows runners',
  'wsl-dockerd': 'dockerd inside a WSL 2 distribution',
  'wsl1-dockerd': 'dockerd inside a WSL 1 distribution (answers, but cannot run containers)',
  'rancher-desktop': 'Rancher Desktop (moby mode)',
  podman: "Podman's Docker-compatible API",
  stopped: 'the docker CLI is installed but no engine answers',
  none: 'no docker CLI, or no engine at all',
  'native-linux': "the Linux host's own dockerd (as on ubuntu-latest)",
  'desktop-mac': 'Docker Desktop for Mac',
  'desktop-linux': 'Docker Desktop for Linux',
  'other-linux': 'a Linux engine elsewhere (a VM engine such as Colima, or a remote tcp:// or ssh:// engine)',
};
