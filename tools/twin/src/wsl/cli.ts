// The bundled entry of the `wsl.exe` / `wsl` launchers.
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wsl twin: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 255;
  },
);
