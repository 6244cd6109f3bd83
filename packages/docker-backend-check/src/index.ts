// Entry of the bundled action: wires @actions/core, the real runner, files and the artifact service into the
// check, under the kit's one top-level routine (every throw becomes one failure annotation).
import * as core from '@actions/core';
import { createArtifactClient, runAction } from '@wsl-ready/actions-kit';
import { NodeCommandRunner, nodeHostFiles } from '@wsl-ready/core';
import { actionsCoreIo } from './action-io.js';
import { checkDockerBackend } from './main.js';

/** The report is a courtesy: a few quick retries, not the official client's minute-long back-off. */
const ARTIFACT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000, timeoutMs: 30_000 };

await runAction({
  io: core,
  async main() {
    await checkDockerBackend({
      io: actionsCoreIo,
      runner: new NodeCommandRunner(),
      env: process.env,
      platform: process.platform,
      arch: process.arch,
      files: nodeHostFiles,
      artifacts: createArtifactClient({ env: process.env, debug: core.debug, retry: ARTIFACT_RETRY }),
    });
  },
});
