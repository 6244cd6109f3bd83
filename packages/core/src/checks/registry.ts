import { CONFIG_CHECKS } from './config-checks.js';
import { DISTRO_CHECKS } from './distro-checks.js';
import { DOCKER_CHECKS } from './docker-checks.js';
import { HOST_CHECKS } from './host-checks.js';
import { IO_CHECKS } from './io-checks.js';
import type { DoctorCheck } from './types.js';
import { VIRTUALIZATION_CHECKS } from './virtualization-checks.js';
import { WSL_CHECKS } from './wsl-checks.js';

/** Every check, in report order: dead ends and host facts first, then what builds on them. */
export const ALL_CHECKS: readonly DoctorCheck[] = [
  ...HOST_CHECKS,
  ...VIRTUALIZATION_CHECKS,
  ...WSL_CHECKS,
  ...DISTRO_CHECKS,
  ...CONFIG_CHECKS,
  ...DOCKER_CHECKS,
  ...IO_CHECKS,
];
