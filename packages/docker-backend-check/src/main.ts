import * as core from '@actions/core';
import { TOOL_NAME, VERSION } from '@wsl-ready/core';

/** The action's one top-level function: every failure ends here as one clear annotation. */
export async function run(): Promise<void> {
  try {
    throw new Error(
      `${TOOL_NAME} ${VERSION}: backend detection is not implemented in this build of docker-backend-check. Pin a released version.`,
    );
  } catch (error) {
    core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
