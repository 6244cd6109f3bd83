// Help texts. Kept free of imports beyond the version so `--help` starts as fast as `--version`.
import { TOOL_NAME, VERSION } from '../version.js';

/** Areas of the doctor, repeated here (checked against DOCTOR_AREAS by a test) so help loads nothing heavy. */
export const HELP_AREAS = 'host, virtualization, wsl, distros, config, docker, io';

/** Kinds of `parse`, in the order the help lists them. */
export const PARSE_KINDS = [
  'version',
  'list-verbose',
  'list',
  'list-quiet',
  'status',
  'list-online',
  'error',
  'kernel',
  'systeminfo',
  'os-release',
  'docker',
  'wslconfig',
  'wslconf',
  'auto',
] as const;
export type ParseKind = (typeof PARSE_KINDS)[number];

export const COMMANDS = ['parse', 'lint-config', 'help'] as const;

const EXIT_CODES = 'Exit codes: 0 ready, 1 not ready, 2 usage or internal error.';

export const MAIN_HELP = `${TOOL_NAME} ${VERSION}: is this machine ready to build and run Linux software on Windows?

Usage:
  ${TOOL_NAME} [options]                  run the readiness doctor (WSL, distributions, Docker)
  ${TOOL_NAME} parse <kind> [FILE]        parse a pasted wsl.exe / docker / Linux output into JSON
  ${TOOL_NAME} lint-config [FILE]         lint .wslconfig or /etc/wsl.conf
  ${TOOL_NAME} <command> --help           help of a command

Doctor options:
  --json                  print the report as JSON (Report v1)
  --markdown              print the report as GitHub-flavoured Markdown
  --deep                  may start a stopped distribution or the WSL VM to look inside
  --bench-io              measure small-file I/O here versus the Linux home (inside WSL)
  --only <area,...>       run only these areas: ${HELP_AREAS}
  --min-wsl-version <v>   warn when the installed WSL is older than this (e.g. 2.4.4)
  --record <FILE>         also write every command's raw answer to FILE (a transcript; credentials in URLs
                          are redacted); an existing FILE is kept unless --force
  --force                 with --record: replace FILE if it exists
  --replay <FILE>         answer from a transcript instead of running anything (same report on any OS)
  --no-color, --color     turn colour off or on (default: on for a terminal; NO_COLOR and FORCE_COLOR apply)
  -h, --help              show this help
  -V, --version           print the version

${EXIT_CODES}
Set WSL_READY_DEBUG=1 to see stack traces of unexpected errors.
`;

export const PARSE_HELP = `Usage: ${TOOL_NAME} parse <kind> [FILE] [--host windows|linux|darwin]

Reads FILE (or stdin when FILE is absent or "-") as raw bytes, UTF-8 or UTF-16LE, with any noise around the
output, and prints one JSON object: {kind, recognized, ...fields, warnings}.

Kinds:
  version        wsl --version          wslVersion, kernelVersion, wslgVersion, msrdcVersion, direct3dVersion,
                                        dxcoreVersion, windowsVersion
  list-verbose   wsl -l -v              distros: [{name, state, version, default}]
  list           wsl -l                 distros: [{name, default}]
  list-quiet     wsl -l -q              distros: [{name}]
  status         wsl --status           defaultDistribution, defaultVersion (+ kernelVersion, lastUpdated,
                                        automaticUpdates when shown)
  list-online    wsl --list --online    distributions: [{name, friendlyName, default?}]
  error          a wsl.exe failure      code, hresult, symbol, category, remediation
  kernel         uname -r, /proc/version  kernelRelease, kernelVersion, wslGeneration, windowsBuild?, arch?
  systeminfo     systeminfo             hypervisorDetected, vmMonitorModeExtensions,
                                        virtualizationEnabledInFirmware, secondLevelAddressTranslation,
                                        dataExecutionPreventionAvailable
  os-release     /etc/os-release        id, idLike, versionId, prettyName, name, versionCodename, family, fields
  docker         docker version / docker info (JSON or text; several may be pasted together)
                                        backend, linuxContainers, osType, operatingSystem, kernelVersion,
                                        serverVersion, context
  wslconfig      .wslconfig             findings: [{line, severity, rule, message, suggestion?}]
  wslconf        /etc/wsl.conf          findings: [{line, severity, rule, message, suggestion?}]
  auto           a pasted issue body    found: [{kind, ...that kind's fields}] for every output recognised in it
                                        (wsl --version, -l -v, -l, --status, --list --online, errors, kernel,
                                        systeminfo, docker): triage a report in one command

Options:
  --host <os>    the machine the docker output came from: windows (default), linux or darwin (docker, auto)
  -h, --help     show this help

Exit codes: 0 the output was recognised, 1 it was not, 2 usage error (unknown kind, unreadable or too large input).
`;

export const LINT_HELP = `Usage: ${TOOL_NAME} lint-config [FILE] [--json] [--kind wslconfig|wslconf] [--verbose]

Lints a WSL configuration file: misspelt sections and keys (errors when 1-2 edits from a known name), unknown ones (with suggestions), wrong types and values, size units,
duplicates, obsolete keys, backslashes, and lines that make WSL ignore the rest of /etc/wsl.conf.
Whether FILE is .wslconfig or wsl.conf is decided by its name, then by its content (or by --kind).
Without FILE: %USERPROFILE%\\.wslconfig on Windows, /etc/wsl.conf inside WSL. FILE "-" reads stdin.

Options:
  --json          print {file, kind, findings, counts} as JSON
  --kind <kind>   wslconfig or wslconf (skip the detection)
  -v, --verbose   a policy note on every setting an administrator policy can control (default: one per file)
  --no-color, --color
  -h, --help      show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable file.
`;

export function helpFor(command: string | null): string {
  if (command === 'parse') return PARSE_HELP;
  if (command === 'lint-config') return LINT_HELP;
  return MAIN_HELP;
}
