// The results of the doctor's shared host probes, as the context memoizes them and the probes and checks read them.
import type { WindowsHostFacts } from '../host/index.js';
import type { SysteminfoFacts } from '../wsl/parsers/index.js';
import type { ToolCall } from './tool-call.js';

export interface HostProbe {
  call: ToolCall | null;
  /** True when the PowerShell probe answered with its document. */
  answered: boolean;
  facts: WindowsHostFacts;
}

export interface SysteminfoProbe {
  call: ToolCall;
  facts: SysteminfoFacts | null;
}

/** A file of the machine and where it was read from. */
export interface MachineFile {
  text: string | null;
  /** `host-probe` (read by PowerShell, so it travels in transcripts), `file` (read directly), `unknown`. */
  source: 'host-probe' | 'file' | 'unknown';
  path: string | null;
}
