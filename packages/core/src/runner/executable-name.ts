/**
 * How an executable is identified regardless of how it was spelled: `C:\Windows\System32\WSL.EXE`, `wsl.exe`,
 * `/usr/local/bin/wsl` and `wsl` are all "wsl". Windows and POSIX separators are both honoured because a
 * transcript recorded on one host is replayed on the other.
 */
export function executableBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.toLowerCase().replace(/\.exe$/, '');
}

/** True for wsl.exe (and the `wsl` stand-ins used on Linux), whose output and exit codes need special care. */
export function isWslExecutable(file: string): boolean {
  return executableBaseName(file) === 'wsl';
}
