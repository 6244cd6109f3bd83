// Build the wsl.exe bundle and the busybox root file system once per test run (both are cached by mtime).
import { buildTwin } from '../../src/build.js';
import { buildBusyboxRootfs } from '../../src/wsl/twin.js';

export async function setup(): Promise<void> {
  await buildTwin();
  buildBusyboxRootfs();
}
