// The one top-level routine of each action: main or post (chosen like actions/checkout does, through the `isPost`
// state the main step saves), and every throw turned into one failure annotation.
import { WslReadyError } from '@wsl-ready/core';
import type { ActionsIo } from './io.js';

const POST_STATE = 'isPost';

interface RunActionOptions {
  /** `@actions/core` (or a stand-in). */
  readonly io: ActionsIo;
  readonly main: () => Promise<void>;
  /** The `post:` entry; when present, main records the state that routes the post step here. */
  readonly post?: () => Promise<void>;
}

/** Runs main or post; resolves with the phase that ran. Never throws and never exits the process. */
export async function runAction(options: RunActionOptions): Promise<'main' | 'post'> {
  const { io } = options;
  const phase = options.post && io.getState(POST_STATE) === 'true' ? 'post' : 'main';
  try {
    if (phase === 'post') {
      await options.post!();
    } else {
      if (options.post) io.saveState(POST_STATE, 'true');
      await options.main();
    }
  } catch (error) {
    io.debug(error instanceof Error && error.stack ? error.stack : String(error));
    io.setFailed(failureMessage(error));
  }
  return phase;
}

/**
 * The text of the failure annotation. Our typed errors already say what to do next; anything else is a bug or an
 * unexpected environment, and the message says how to report it.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof WslReadyError) {
    const remediation = remediationOf(error);
    return remediation && !error.message.includes(remediation[0]!)
      ? `${error.message}\nWhat to do:\n${remediation.map((step, i) => `${i + 1}. ${step}`).join('\n')}`
      : error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    `Unexpected error: ${message || '(no message)'}\n` +
    'This is likely a bug in wsl-ready. Re-run the job with debug logging (ACTIONS_STEP_DEBUG) and report it with the log.'
  );
}

function remediationOf(error: WslReadyError): readonly string[] | undefined {
  const details = (error as { details?: { remediation?: unknown } }).details;
  const steps = details?.remediation;
  return Array.isArray(steps) && steps.length > 0 && steps.every((s) => typeof s === 'string') ? steps : undefined;
}
