import * as core from '@actions/core';
import { TOOL_NAME, VERSION } from '@wsl-ready/core';

/** The action's one top-level function: every failure ends here as one clear annotation. */
export async function run(): Promise<void> {
  try {
    if (process.platform !== 'win32' && !process.env.WSL_READY_WSL) {
      core.notice(`setup-wsl2 does nothing on ${process.platform}: WSL exists only on Windows runners.`);
      core.setOutput('distribution', '');
      return;
    }
    throw new Error(
      `${TOOL_NAME} ${VERSION}: installing WSL is not implemented in this build of setup-wsl2. Pin a released version.`,
    );
  } catch (error) {
    core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
