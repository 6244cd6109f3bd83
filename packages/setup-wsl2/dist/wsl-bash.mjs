import { createRequire as __wslReadyCreateRequire } from 'node:module';
const require = __wslReadyCreateRequire(import.meta.url);

// packages/setup-wsl2/src/shell/step.ts
import { readFileSync, writeFileSync } from "node:fs";

// packages/core/src/errors.ts
var WslReadyError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
};
var InputError = class extends WslReadyError {
  input;
  constructor(input, message) {
    super("input", message);
    this.input = input;
  }
};
var CommandNotFoundError = class extends WslReadyError {
  file;
  constructor(file, cause) {
    super(
      "command-not-found",
      `Could not start \`${file}\`: it is not installed or not on PATH. Install it, or point wsl-ready at it.`,
      { cause }
    );
    this.file = file;
  }
};
var CommandTimeoutError = class extends WslReadyError {
  argv;
  timeoutMs;
  constructor(argv, timeoutMs) {
    super(
      "command-timeout",
      `\`${formatArgv(argv)}\` did not finish within ${formatDuration(timeoutMs)} and was stopped. The tool may be waiting for input or a hung service; retry, or raise the timeout.`
    );
    this.argv = argv;
    this.timeoutMs = timeoutMs;
  }
};
function formatArgv(argv) {
  return argv.map((a) => a === "" || /[\s"'$`\\|&;<>()*?!]/.test(a) ? JSON.stringify(a) : a).join(" ");
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
  return `${Math.round(ms / 6e4)} min`;
}

// packages/core/src/runner/wslenv.ts
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function wslenvEntry(name, options = {}) {
  if (!ENV_NAME.test(name)) {
    throw new InputError(
      "environment variable name",
      `The environment variable name ${JSON.stringify(name)} cannot be forwarded through WSLENV: use letters, digits and underscores, not starting with a digit (e.g. MY_VAR).`
    );
  }
  let flags = "";
  if (options.list) flags += "l";
  else if (options.path) flags += "p";
  if (options.direction === "to-wsl") flags += "u";
  if (options.direction === "to-windows") flags += "w";
  return { name, flags };
}
function parseWslenv(value) {
  if (!value) return [];
  const entries = [];
  for (const item of value.split(":")) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const slash = trimmed.indexOf("/");
    const name = slash === -1 ? trimmed : trimmed.slice(0, slash);
    if (!name) continue;
    entries.push({ name, flags: slash === -1 ? "" : trimmed.slice(slash + 1) });
  }
  return entries;
}
function formatWslenv(entries) {
  return entries.map((entry) => entry.flags ? `${entry.name}/${entry.flags}` : entry.name).join(":");
}
function mergeWslenv(base, additions) {
  const merged = [];
  const byName = /* @__PURE__ */ new Map();
  const put = (entry, override) => {
    const existing = byName.get(entry.name);
    if (existing) {
      if (override) existing.flags = entry.flags;
      return;
    }
    const copy = { ...entry };
    byName.set(copy.name, copy);
    merged.push(copy);
  };
  for (const entry of parseWslenv(base)) put(entry, false);
  for (const addition of additions) put(typeof addition === "string" ? wslenvEntry(addition) : addition, true);
  return formatWslenv(merged);
}
function normalizeRoot(root) {
  let value = (root ?? "/mnt/").trim() || "/mnt/";
  if (!value.startsWith("/")) value = `/${value}`;
  if (!value.endsWith("/")) value = `${value}/`;
  return value;
}
var WSL_UNC = /^[\\/]{2}(?:wsl\$|wsl\.localhost)[\\/]([^\\/]+)(?:[\\/](.*))?$/i;
function parseWslUncPath(path2) {
  const match = WSL_UNC.exec(stripExtendedPrefix(path2));
  if (!match?.[1]) return void 0;
  return { distro: match[1], linuxPath: `/${toForwardSlashes(match[2] ?? "")}` };
}
function windowsPathToWsl(path2, options = {}) {
  const root = normalizeRoot(options.automountRoot);
  const stripped = stripExtendedPrefix(path2);
  const unc = parseWslUncPath(stripped);
  if (unc) return unc.linuxPath;
  const drive = /^([A-Za-z]):(?:([\\/])(.*))?$/s.exec(stripped);
  if (drive?.[1]) {
    if (drive[2] === void 0) return stripped.length === 2 ? `${root}${drive[1].toLowerCase()}/` : void 0;
    return `${root}${drive[1].toLowerCase()}/${toForwardSlashes(drive[3] ?? "")}`;
  }
  if (/^[A-Za-z]:/.test(stripped) || /^[\\/]/.test(stripped)) return void 0;
  return toForwardSlashes(stripped);
}
function stripExtendedPrefix(path2) {
  if (/^\\\\\?\\UNC\\/i.test(path2)) return `\\\\${path2.slice(8)}`;
  if (path2.startsWith("\\\\?\\") || path2.startsWith("\\\\.\\")) return path2.slice(4);
  return path2;
}
function toForwardSlashes(path2) {
  return path2.replace(/[\\/]+/g, "/");
}

// packages/core/src/wsl/validate.ts
var DISTRO_NAME_PATTERN = /^[A-Za-z0-9._-]{1,256}$/;
var LINUX_USER_PATTERN = /^[a-z_][a-z0-9_-]*\$?$/;
function describe(value) {
  const text = typeof value === "string" ? value : String(value);
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(shown);
}
function fail(input, value, problem, accepted) {
  throw new InputError(input, `The ${input} ${describe(value)} ${problem}. Accepted: ${accepted}.`);
}
function requireString(input, value, accepted) {
  if (typeof value !== "string") fail(input, value, "is not text", accepted);
  if (value === "") fail(input, value, "is empty", accepted);
  return value;
}
var DISTRO_ACCEPTED = '1-256 letters, digits, dots, underscores or hyphens, not starting with "-" (e.g. Ubuntu-24.04)';
function validateDistroName(value, input = "distribution name") {
  const name = requireString(input, value, DISTRO_ACCEPTED);
  if (name.startsWith("-")) fail(input, name, 'starts with "-" and would be read as an option', DISTRO_ACCEPTED);
  if (name.length > 256) fail(input, name, `is ${name.length} characters long`, DISTRO_ACCEPTED);
  if (!DISTRO_NAME_PATTERN.test(name)) {
    fail(input, name, `contains ${describeBadCharacters(name, /[A-Za-z0-9._-]/)}`, DISTRO_ACCEPTED);
  }
  if (name.toLowerCase() === "legacy") fail(input, name, "is reserved by WSL", DISTRO_ACCEPTED);
  return name;
}
var USER_ACCEPTED = 'a POSIX user name: lower-case letters, digits, "_" or "-", starting with a letter or "_", optionally ending in "$", at most 32 characters';
function validateLinuxUserName(value, input = "Linux user name") {
  const name = requireString(input, value, USER_ACCEPTED);
  if (name.length > 32) fail(input, name, `is ${name.length} characters long`, USER_ACCEPTED);
  if (!LINUX_USER_PATTERN.test(name)) {
    const problem = name.startsWith("-") ? 'starts with "-" and would be read as an option' : /^[0-9]/.test(name) ? "starts with a digit" : `contains ${describeBadCharacters(name, /[a-z0-9_$-]/)}`;
    fail(input, name, problem, USER_ACCEPTED);
  }
  return name;
}
function checkPathCharacters(input, path2, accepted) {
  if (path2.includes("\0")) fail(input, path2, "contains a NUL byte", accepted);
  if (/[\r\n]/.test(path2)) fail(input, path2, "contains a line break", accepted);
  if (/[\u0001-\u001f\u007f]/.test(path2)) fail(input, path2, "contains a control character", accepted);
}
var WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/?*"<>|]+[\\/][^\\/]+|\\\\\?\\)/;
function validateWindowsPath(value, input = "Windows path", options = {}) {
  const absolute = options.absolute ?? true;
  const accepted = absolute ? 'an absolute Windows path such as C:\\WSL\\Ubuntu or \\\\server\\share\\dir, without " < > | * ? or line breaks' : 'a Windows path without " < > | * ? or line breaks';
  const path2 = requireString(input, value, accepted);
  checkPathCharacters(input, path2, accepted);
  if (path2.length > 32767) fail(input, path2, "is longer than Windows allows", accepted);
  const body = path2.startsWith("\\\\?\\") ? path2.slice(4) : path2;
  if (/["<>|*?]/.test(body)) fail(input, path2, `contains ${describeBadCharacters(body, /[^"<>|*?]/)}`, accepted);
  if (body.indexOf(":", 2) !== -1 && !body.startsWith("\\\\")) {
    fail(input, path2, 'contains ":" outside the drive letter', accepted);
  }
  if (absolute && !WINDOWS_ABSOLUTE.test(path2)) fail(input, path2, "is not an absolute Windows path", accepted);
  if (path2.startsWith("-")) fail(input, path2, 'starts with "-" and would be read as an option', accepted);
  return path2;
}
function validateLinuxPath(value, input = "Linux path", options = {}) {
  const absolute = options.absolute ?? true;
  const accepted = absolute ? 'an absolute Linux path starting with "/", without NUL or line breaks' : "a Linux path without NUL or line breaks";
  const path2 = requireString(input, value, accepted);
  checkPathCharacters(input, path2, accepted);
  if (path2.length > 4096) fail(input, path2, "is longer than PATH_MAX (4096)", accepted);
  if (absolute && !path2.startsWith("/")) fail(input, path2, 'does not start with "/"', accepted);
  if (!absolute && path2.startsWith("-")) fail(input, path2, 'starts with "-" and would be read as an option', accepted);
  return path2;
}
var DIRECTORY_ACCEPTED = '"~" (the Linux home), an absolute Linux path such as /home/me, or an absolute Windows path such as C:\\src';
function validateWslDirectory(value, input = "working directory") {
  const dir = requireString(input, value, DIRECTORY_ACCEPTED);
  if (dir === "~") return dir;
  if (dir.startsWith("/")) {
    validateLinuxPath(dir, input);
    if (dir.includes('"')) fail(input, dir, "contains a double quote", DIRECTORY_ACCEPTED);
    return dir;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\/.test(dir)) return validateWindowsPath(dir, input);
  return fail(input, dir, 'is not "~" or an absolute path', DIRECTORY_ACCEPTED);
}
var ENV_ACCEPTED = "letters, digits and underscores, not starting with a digit (e.g. MY_VAR)";
function validateEnvName(value, input = "environment variable name") {
  const name = requireString(input, value, ENV_ACCEPTED);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(input, name, "is not a portable variable name", ENV_ACCEPTED);
  return name;
}
function describeBadCharacters(text, allowed) {
  const bad = /* @__PURE__ */ new Set();
  for (const char of text) if (!allowed.test(char)) bad.add(char);
  const names = [...bad].slice(0, 5).map((char) => {
    if (char === " ") return "a space";
    if (char === "\n" || char === "\r") return "a line break";
    if (char === "	") return "a tab";
    if (char === "\0") return "a NUL byte";
    const code = char.codePointAt(0) ?? 0;
    if (code < 32 || code === 127) return `control character U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
    return JSON.stringify(char);
  });
  return names.length ? names.join(", ") : "characters that are not accepted";
}

// packages/core/src/wsl/argv.ts
function wslExecArgs(options) {
  const modes = ["command", "script", "shellCommand"].filter((key) => options[key] !== void 0);
  if (modes.length !== 1) {
    throw new InputError(
      "command",
      `Give exactly one of command (run without a shell), script (run by /bin/sh -c) or shellCommand (run by the distro's shell); got ${modes.length ? modes.join(" and ") : "none"}.`
    );
  }
  const args = [];
  if (options.distribution !== void 0) args.push("--distribution", validateDistroName(options.distribution));
  if (options.user !== void 0) args.push("--user", validateLinuxUserName(options.user));
  if (options.cwd !== void 0) args.push("--cd", validateWslDirectory(options.cwd));
  if (options.command !== void 0) {
    const [program, ...rest] = options.command;
    if (!program) throw new InputError("command", "The command to run is empty. Accepted: [program, ...arguments].");
    for (const word of options.command) checkNoNul("command", word);
    args.push("--exec", program, ...rest);
  } else if (options.script !== void 0) {
    if (!options.script.trim()) throw new InputError("script", "The script to run is empty.");
    checkNoNul("script", options.script);
    const shell = options.scriptShell ?? "/bin/sh";
    if (!shell.startsWith("/") || /[\s\0]/.test(shell)) {
      throw new InputError(
        "script shell",
        `The script shell ${JSON.stringify(shell)} must be an absolute Linux path without spaces.`
      );
    }
    args.push("--exec", shell, "-c", options.script);
  } else {
    const words = options.shellCommand ?? [];
    if (!words.length) throw new InputError("shell command", "The shell command is empty.");
    for (const word of words) {
      checkNoNul("shell command", word);
      if (word === "" || /[\s"]/.test(word)) {
        throw new InputError(
          "shell command",
          `The shell word ${JSON.stringify(word)} would be re-quoted on its way through wsl.exe. Accepted: words without spaces, tabs or double quotes; pass a script or a command instead.`
        );
      }
    }
    if (options.shellType) {
      if (options.shellType !== "standard" && options.shellType !== "login") {
        throw new InputError(
          "shell type",
          `The shell type ${JSON.stringify(options.shellType)} is not known. Accepted: standard, login.`
        );
      }
      args.push("--shell-type", options.shellType);
    }
    args.push("--", ...words);
  }
  return { args, env: forwardedEnv(options.env, options.baseWslenv) };
}
function forwardedEnv(env, baseWslenv) {
  if (!env || Object.keys(env).length === 0) return {};
  const result = {};
  const entries = [];
  for (const [name, spec] of Object.entries(env)) {
    validateEnvName(name);
    if (name === "WSLENV") {
      throw new InputError(
        "environment variable name",
        "WSLENV is built from the forwarded variables; pass baseWslenv instead."
      );
    }
    const value = typeof spec === "string" ? spec : spec.value;
    if (typeof value !== "string") throw new InputError(name, `The value of ${name} must be text.`);
    checkNoNul(name, value);
    if (typeof spec !== "string" && spec.direction !== void 0 && !["both", "to-wsl", "to-windows"].includes(spec.direction)) {
      throw new InputError(name, `The direction of ${name} is not known. Accepted: both, to-wsl, to-windows.`);
    }
    result[name] = value;
    entries.push(wslenvEntry(name, typeof spec === "string" ? {} : spec));
  }
  result.WSLENV = mergeWslenv(baseWslenv, entries);
  return result;
}
function checkNoNul(input, value) {
  if (value.includes("\0")) {
    throw new InputError(input, `The ${input} contains a NUL byte, which no process argument can carry.`);
  }
}

// packages/core/src/runner/errors.ts
var CommandAbortedError = class extends WslReadyError {
  argv;
  constructor(argv, cause) {
    super(
      "command-aborted",
      `\`${formatArgv(argv)}\` was cancelled before it finished, and its processes were stopped.`,
      {
        cause
      }
    );
    this.argv = argv;
  }
};

// packages/core/src/runner/node-runner.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";

// packages/core/src/runner/executable-name.ts
function executableBaseName(file) {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.toLowerCase().replace(/\.exe$/, "");
}
function isWslExecutable(file) {
  return executableBaseName(file) === "wsl";
}

// packages/core/src/runner/env.ts
function mergeEnv(base, overrides, platform = process.platform) {
  const merged = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0) merged[name] = value;
  if (!overrides) return merged;
  const caseInsensitive = platform === "win32";
  for (const [name, value] of Object.entries(overrides)) {
    if (caseInsensitive) {
      const lower = name.toLowerCase();
      for (const existing of Object.keys(merged)) if (existing.toLowerCase() === lower) delete merged[existing];
    }
    if (value === void 0) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}
function findName(env, name, platform) {
  if (platform !== "win32") return Object.hasOwn(env, name) ? name : void 0;
  const lower = name.toLowerCase();
  return Object.keys(env).find((key) => key.toLowerCase() === lower);
}
function withWslDefaults(file, env, callerEnv, platform = process.platform) {
  if (!isWslExecutable(file)) return env;
  if (callerEnv && findName(callerEnv, "WSL_UTF8", platform) !== void 0) return env;
  const result = { ...env };
  const existing = findName(result, "WSL_UTF8", platform);
  if (existing !== void 0) delete result[existing];
  result.WSL_UTF8 = "1";
  const insideWsl = platform !== "win32" && Boolean(env.WSL_DISTRO_NAME || env.WSL_INTEROP);
  if (insideWsl) result.WSLENV = mergeWslenv(result.WSLENV, ["WSL_UTF8"]);
  return result;
}

// packages/core/src/runner/exit-code.ts
import { constants } from "node:os";
var WSL_FAILURE_EXIT_CODE = -1;
var WSL_FAILURE_SPELLINGS = /* @__PURE__ */ new Set([-1, 4294967295, 255]);
function normalizeExitCode(file, rawExitCode, signal) {
  if (rawExitCode === null) {
    const number = signal ? constants.signals[signal] : void 0;
    return number === void 0 ? WSL_FAILURE_EXIT_CODE : 128 + number;
  }
  if (isWslExecutable(file) && WSL_FAILURE_SPELLINGS.has(rawExitCode)) return WSL_FAILURE_EXIT_CODE;
  return rawExitCode;
}

// packages/core/src/runner/kill-tree.ts
import { spawn } from "node:child_process";
import path from "node:path";
function killProcessTree(pid, signal, platform = process.platform, env = process.env) {
  if (platform === "win32") {
    const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? "C:\\Windows";
    const taskkill = path.win32.join(systemRoot, "System32", "taskkill.exe");
    try {
      const killer = spawn(taskkill, ["/T", "/F", "/PID", String(pid)], { stdio: "ignore", windowsHide: true });
      killer.on("error", () => killSingle(pid, signal));
    } catch {
      killSingle(pid, signal);
    }
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    killSingle(pid, signal);
  }
}
function killSingle(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}

// packages/core/src/runner/streaming.ts
function validateStdio(options) {
  const { stdio } = options;
  if (stdio !== void 0 && stdio !== "pipe" && stdio !== "inherit") {
    throw new InputError("stdio", `stdio must be 'pipe' or 'inherit', not ${JSON.stringify(stdio)}.`);
  }
  if (stdio === "inherit" && (options.onStdout || options.onStderr)) {
    throw new InputError(
      "stdio",
      "onStdout/onStderr need stdio: 'pipe' (with 'inherit' the output never passes through this process)."
    );
  }
}

// packages/core/src/runner/node-runner.ts
var DEFAULT_TIMEOUT_MS = 6e4;
var DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
var NodeCommandRunner = class {
  defaultTimeoutMs;
  maxOutputBytes;
  killGraceMs;
  exitDrainMs;
  baseEnv;
  constructor(options = {}) {
    this.defaultTimeoutMs = positive(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS, "defaultTimeoutMs");
    this.maxOutputBytes = positive(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES, "maxOutputBytes");
    this.killGraceMs = positive(options.killGraceMs ?? 2e3, "killGraceMs");
    this.exitDrainMs = positive(options.exitDrainMs ?? 1e3, "exitDrainMs");
    this.baseEnv = options.env ?? process.env;
  }
  async run(file, args, options = {}) {
    const argv = [file, ...args];
    const timeoutMs = positive(options.timeoutMs ?? this.defaultTimeoutMs, "timeoutMs");
    const maxOutputBytes = positive(options.maxOutputBytes ?? this.maxOutputBytes, "maxOutputBytes");
    validateStdio(options);
    const inherit = options.stdio === "inherit";
    if (options.signal?.aborted) throw new CommandAbortedError(argv, options.signal.reason);
    const env = withWslDefaults(file, mergeEnv(this.baseEnv, options.env), options.env);
    const windows = process.platform === "win32";
    const output = inherit ? "inherit" : "pipe";
    return new Promise((resolve, reject) => {
      const started = performance.now();
      let child;
      try {
        child = spawn2(file, [...args], {
          cwd: options.cwd,
          env,
          stdio: [options.input === void 0 ? "ignore" : "pipe", output, output],
          // POSIX: the child leads a new process group, so a timeout can stop its grandchildren too. Windows:
          // a detached child has no console, so the console's Ctrl+C and Ctrl+Break pass it by.
          detached: !windows || options.interrupts === "caller",
          windowsHide: true,
          shell: false
        });
      } catch (error) {
        reject(spawnError(error, file, argv, options.cwd));
        return;
      }
      const stdout = [];
      const stderr = [];
      let collected = 0;
      let truncated = false;
      let stopReason;
      let callbackError;
      let rawExitCode = null;
      let exitSignal = null;
      let exited = false;
      let settled = false;
      const timers = [];
      let escalate;
      const finish = (failure) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        if (escalate && (windows || !groupAlive(child.pid))) clearTimeout(escalate);
        options.signal?.removeEventListener("abort", onAbort);
        for (const [signal, handler] of forwarders) process.off(signal, handler);
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.stdin?.destroy();
        if (failure) return reject(failure);
        if (stopReason === "callback") return reject(callbackError);
        if (stopReason === "timeout") return reject(new CommandTimeoutError(argv, timeoutMs));
        if (stopReason === "abort") return reject(new CommandAbortedError(argv, options.signal?.reason));
        const result = {
          exitCode: normalizeExitCode(file, rawExitCode, exitSignal),
          rawExitCode,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr),
          durationMs: Math.round(performance.now() - started)
        };
        if (truncated) result.truncated = true;
        resolve(result);
      };
      const stop = (reason) => {
        if (stopReason || settled) return;
        stopReason = reason;
        const pid = child.pid;
        if (pid === void 0) return finish();
        killProcessTree(pid, "SIGTERM");
        escalate = setTimeout(() => killProcessTree(pid, "SIGKILL"), this.killGraceMs);
        timers.push(setTimeout(() => finish(), this.killGraceMs + 1e3));
      };
      const onAbort = () => stop("abort");
      options.signal?.addEventListener("abort", onAbort, { once: true });
      timers.push(setTimeout(() => stop("timeout"), Math.min(timeoutMs, MAX_TIMER_MS)));
      const forwarders = [];
      if (inherit && !windows && options.interrupts !== "caller") {
        for (const signal of FORWARDED_SIGNALS) {
          const handler = () => {
            if (child.pid !== void 0 && !exited) killProcessTree(child.pid, signal);
          };
          forwarders.push([signal, handler]);
          process.on(signal, handler);
        }
      }
      const streamed = Boolean(options.onStdout || options.onStderr);
      const collect = (sink, listener) => (chunk) => {
        if (settled) return;
        if (listener) {
          try {
            listener(chunk);
          } catch (error) {
            callbackError = error;
            stop("callback");
            return;
          }
        }
        if (truncated) return;
        const room = maxOutputBytes - collected;
        if (chunk.length > room) {
          if (room > 0) sink.push(chunk.subarray(0, room));
          collected = maxOutputBytes;
          truncated = true;
          if (!streamed) stop("cap");
          return;
        }
        sink.push(chunk);
        collected += chunk.length;
      };
      child.stdout?.on("data", collect(stdout, options.onStdout));
      child.stderr?.on("data", collect(stderr, options.onStderr));
      if (child.stdin) {
        child.stdin.on("error", () => {
        });
        child.stdin.end(options.input);
      }
      child.on("error", (error) => {
        if (child.pid === void 0 && !exited) finish(spawnError(error, file, argv, options.cwd));
      });
      child.on("exit", (code, signal) => {
        exited = true;
        rawExitCode = code;
        exitSignal = signal;
        if (!stopReason) timers.push(setTimeout(() => finish(), this.exitDrainMs));
      });
      child.on("close", (code, signal) => {
        if (!exited) {
          rawExitCode = code;
          exitSignal = signal;
          exited = true;
        }
        finish();
      });
    });
  }
};
function groupAlive(pid) {
  if (pid === void 0) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
function positive(value, name) {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(name, `${name} must be a positive number of ${name.endsWith("Bytes") ? "bytes" : "ms"}.`);
  }
  return value;
}
function spawnError(error, file, argv, cwd) {
  const code = error?.code;
  if ((code === "ENOENT" || code === "ENOTDIR") && cwd !== void 0 && !existsSync(cwd)) {
    return new InputError(
      "cwd",
      `The working directory ${JSON.stringify(cwd)} does not exist; create it or pass another.`
    );
  }
  if (code === "ENOENT" || code === "EACCES" || code === "ENOTDIR" || code === "EPERM") {
    return new CommandNotFoundError(file, error);
  }
  if (code === "ERR_INVALID_ARG_VALUE" || code === "ERR_INVALID_ARG_TYPE") {
    return new InputError(
      "argv",
      `\`${formatArgv(argv)}\` cannot be run: an argument or variable holds a NUL byte or is not text.`
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new WslReadyError("command-start-failed", `Could not start \`${formatArgv(argv)}\`: ${detail}`, {
    cause: error
  });
}

// packages/setup-wsl2/src/host-paths.ts
import { isAbsolute, relative, sep } from "node:path";
function createHostPaths(env = process.env, platform = process.platform, automountRoot) {
  const options = automountRoot ? { automountRoot } : {};
  let toWindows;
  if (platform === "win32") {
    toWindows = (hostPath) => hostPath;
  } else {
    const mntRoot = env.WSL_READY_MNT_ROOT?.trim();
    toWindows = (hostPath) => {
      if (!mntRoot) return void 0;
      const rel = relative(mntRoot, hostPath);
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
      const [drive, ...rest] = rel.split(sep);
      if (!drive || !/^[a-z]$/i.test(drive)) return void 0;
      return `${drive.toUpperCase()}:\\${rest.join("\\")}`;
    };
  }
  return {
    toWindows,
    toLinux(hostPath) {
      const windows = toWindows(hostPath);
      return windows === void 0 ? void 0 : windowsPathToWsl(windows, options);
    },
    requireWindows(hostPath, what) {
      const windows = toWindows(hostPath);
      if (windows === void 0) {
        throw new InputError(
          what,
          `The ${what} ${JSON.stringify(hostPath)} has no Windows path. On a Linux host driving a wsl stand-in, set WSL_READY_MNT_ROOT to the folder that stands for the Windows drives and keep the runner's folders below it.`
        );
      }
      return windows;
    }
  };
}

// packages/setup-wsl2/src/shell/cancel.ts
var TERM_AFTER_MS = 6e3;
var KILL_AFTER_MS = 8e3;
var DELIVERY_TIMEOUT_MS = 5e3;
var SIGNAL_SCRIPT = [
  "sig=$1 want=$2",
  "read -r stat < /proc/self/stat",
  "# shellcheck disable=SC2086 # the fields after the command name: state ppid pgrp session …",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  'set -- ${stat##*") "}',
  "own=$3",
  "for d in /proc/[0-9]*; do",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  "  p=${d#/proc/}",
  '  [ "$p" = "$own" ] && continue',
  '  read -r stat 2>/dev/null < "$d/stat" || continue',
  "  # shellcheck disable=SC2086",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a JavaScript template.
  '  set -- ${stat##*") "}',
  '  [ "$3" = "$p" ] || continue',
  `  tr '\\0' '\\n' 2>/dev/null < "$d/cmdline" | grep -qxF -- "$want" || continue`,
  '  kill -"$sig" -"$p" 2>/dev/null && echo "$p"',
  "done",
  "exit 0"
].join("\n");
var SWEEP_SCRIPT = 'for p; do kill -KILL -"$p" 2>/dev/null; done; exit 0';
function signalArgs(config, script, signal) {
  return wslExecArgs({
    distribution: config.distribution,
    user: "root",
    command: ["/bin/sh", "-c", SIGNAL_SCRIPT, "wsl-bash", signal, script]
  }).args;
}
function sweepArgs(config, groups) {
  return wslExecArgs({
    distribution: config.distribution,
    user: "root",
    command: ["/bin/sh", "-c", SWEEP_SCRIPT, "wsl-bash", ...groups.map(String)]
  }).args;
}
function parseGroups(stdout) {
  return stdout.split(/\r?\n/).map((line) => line.trim()).filter((line) => /^[1-9]\d{0,9}$/.test(line)).map(Number);
}
function watchCancellation(options) {
  const { runner, config, wsl, script, signals, log } = options;
  const first = ["SIGINT"];
  const second = process.platform === "win32" ? ["SIGBREAK"] : ["SIGTERM"];
  let requested = false;
  let finished = false;
  let sentTerm = false;
  const groups = /* @__PURE__ */ new Set();
  const timers = [];
  let chain = Promise.resolve();
  const deliver = (signal) => {
    chain = chain.then(async () => {
      if (finished) return;
      const known = [...groups];
      const args = signal === "KILL" && known.length ? sweepArgs(config, known) : signalArgs(config, script, signal);
      try {
        const result = await runner.run(wsl, args, { timeoutMs: DELIVERY_TIMEOUT_MS, interrupts: "caller" });
        for (const group of parseGroups(result.stdout.toString("utf8"))) groups.add(group);
        log(`wsl-bash: the job was cancelled: SIG${signal} sent to the script in ${config.distribution}`);
      } catch (error) {
        log(`wsl-bash: could not signal the script in ${config.distribution}: ${error.message}`);
      }
      if (signal === "KILL") {
        timers.push(setTimeout(() => options.stop(), 1e3));
      }
    });
  };
  const term = () => {
    if (sentTerm) return;
    sentTerm = true;
    deliver("TERM");
  };
  const onFirst = () => {
    if (requested) return term();
    requested = true;
    deliver("INT");
    timers.push(
      setTimeout(term, TERM_AFTER_MS),
      setTimeout(() => deliver("KILL"), KILL_AFTER_MS)
    );
  };
  const onSecond = () => {
    if (!requested) {
      requested = true;
      timers.push(setTimeout(() => deliver("KILL"), KILL_AFTER_MS - TERM_AFTER_MS));
    }
    term();
  };
  for (const s of first) signals.on(s, onFirst);
  for (const s of second) signals.on(s, onSecond);
  return {
    get requested() {
      return requested;
    },
    async finish() {
      for (const s of first) signals.off(s, onFirst);
      for (const s of second) signals.off(s, onSecond);
      for (const timer of timers) clearTimeout(timer);
      if (!requested) {
        finished = true;
        return;
      }
      await chain;
      finished = true;
      const known = [...groups];
      if (!known.length) return;
      try {
        await runner.run(wsl, sweepArgs(config, known), { timeoutMs: DELIVERY_TIMEOUT_MS, interrupts: "caller" });
      } catch {
      }
    }
  };
}

// packages/setup-wsl2/src/shell/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var rotr = (x, n) => x >>> n | x << 32 - n;
function sha256(data) {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(total);
  padded.set(bytes);
  padded[bytes.length] = 128;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(total - 4, bits >>> 0);
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = rotr(a2, 7) ^ rotr(a2, 18) ^ a2 >>> 3;
      const s1 = rotr(b2, 17) ^ rotr(b2, 19) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
    for (let i = 0; i < 64; i++) {
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e & f ^ ~e & g) + K[i] + w[i] >>> 0;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a & b ^ a & c ^ b & c) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, d + t1 >>> 0, c, b, a, t1 + t2 >>> 0];
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = h[i] + next[i] >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}

// packages/setup-wsl2/src/shell/wrapper.ts
function valueHash(value) {
  return Buffer.from(sha256(value)).toString("base64url").slice(0, 12);
}

// packages/setup-wsl2/src/shell/step.ts
var NEVER_FORWARDED = new Set(
  [
    "PATH",
    "PATHEXT",
    "WSLENV",
    "WSL_UTF8",
    "SYSTEMROOT",
    "SYSTEMDRIVE",
    "WINDIR",
    "COMSPEC",
    "TEMP",
    "TMP",
    "TMPDIR",
    "USERPROFILE",
    "HOMEDRIVE",
    "HOMEPATH",
    "HOME",
    "APPDATA",
    "LOCALAPPDATA",
    "PROGRAMDATA",
    "PROGRAMFILES",
    "PUBLIC",
    "ALLUSERSPROFILE",
    "PSMODULEPATH",
    "PWD",
    "OLDPWD",
    "SHELL",
    "USER",
    "USERNAME",
    "LOGNAME",
    "LANG",
    "TERM",
    "NODE_OPTIONS",
    "SHLVL",
    "_"
  ].map((name) => name.toLowerCase())
);
var NEVER_PREFIXES = ["wsl_ready_", "wsl_twin_", "lc_", "state_", "input_"];
var PATH_VARIABLES = /* @__PURE__ */ new Set([
  "GITHUB_WORKSPACE",
  "GITHUB_OUTPUT",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_EVENT_PATH",
  "GITHUB_ACTION_PATH",
  "RUNNER_TEMP",
  "RUNNER_TOOL_CACHE",
  "RUNNER_WORKSPACE"
]);
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function forwardedVariables(env, config, paths) {
  const out = {};
  if (!config.envPassthrough) return out;
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || !NAME.test(name) || value.includes("\0")) continue;
    const lower = name.toLowerCase();
    if (NEVER_FORWARDED.has(lower) || NEVER_PREFIXES.some((prefix) => lower.startsWith(prefix))) continue;
    const github = name === "CI" || name.startsWith("GITHUB_") || name.startsWith("RUNNER_");
    const changed = config.baseline[name] !== valueHash(value);
    if (!github && !changed) continue;
    out[name] = PATH_VARIABLES.has(name) ? paths.toLinux(value) ?? value : value;
  }
  return out;
}
function stepInvocation(config, scriptPath, cwd, env) {
  const paths = createHostPaths(
    config.mntRoot ? { ...env, WSL_READY_MNT_ROOT: config.mntRoot } : env,
    config.mntRoot ? "linux" : "win32",
    config.automountRoot
  );
  const script = paths.toLinux(scriptPath);
  if (!script) throw new Error(`wsl-bash: the script ${scriptPath} has no path inside the distribution.`);
  const linuxCwd = paths.toLinux(cwd);
  const invocation = wslExecArgs({
    distribution: config.distribution,
    user: config.user,
    ...linuxCwd ? { cwd: linuxCwd } : {},
    command: [...config.shell, script],
    env: forwardedVariables(env, config, paths),
    ...env.WSLENV ? { baseWslenv: env.WSLENV } : {}
  });
  return { ...invocation, script };
}
function scriptPathFrom(words, rawArgs) {
  const raw = rawArgs !== void 0 && rawArgs.trim() !== "" ? rawArgs.trim() : words.join(" ").trim();
  const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  return unquoted === "" ? void 0 : unquoted;
}
async function runStep(argv, runner = new NodeCommandRunner(), env = process.env, cwd = process.cwd(), stepSignals = { signals: process, interactive: Boolean(process.stdout.isTTY) }) {
  const [configPath, ...words] = argv;
  const scriptPath = scriptPathFrom(words, env.WSL_READY_STEP_ARGS);
  if (!configPath || !scriptPath) {
    process.stderr.write("wsl-bash: usage: wsl-bash <script> (use it as `shell: wsl-bash {0}`)\n");
    return 2;
  }
  let config;
  let text;
  try {
    config = JSON.parse(readFileSync(configPath, "utf8"));
    text = readFileSync(scriptPath, "utf8");
  } catch (error) {
    process.stderr.write(`wsl-bash: ${error.message}
`);
    return 2;
  }
  if (text.includes("\r")) writeFileSync(scriptPath, text.replace(/\r/g, ""));
  let invocation;
  try {
    invocation = stepInvocation(config, scriptPath, cwd, env);
  } catch (error) {
    process.stderr.write(`wsl-bash: ${error.message}
`);
    return 1;
  }
  const abort = new AbortController();
  const cancel = stepSignals.interactive ? void 0 : watchCancellation({
    runner,
    config,
    wsl: config.wsl,
    script: invocation.script,
    signals: stepSignals.signals,
    stop: () => abort.abort(),
    log: (line) => process.stderr.write(`${line}
`)
  });
  try {
    const result = await runner.run(config.wsl, invocation.args, {
      env: invocation.env,
      stdio: "inherit",
      // A step runs as long as the job lets it: the workflow's timeout-minutes (or a cancel) ends it.
      timeoutMs: MAX_TIMER_MS,
      ...cancel ? { interrupts: "caller", signal: abort.signal } : {}
    });
    await cancel?.finish();
    return result.rawExitCode ?? result.exitCode;
  } catch (error) {
    await cancel?.finish();
    if (error instanceof CommandAbortedError) return 130;
    process.stderr.write(`wsl-bash: ${error.message}
`);
    return error instanceof CommandNotFoundError ? 127 : 1;
  }
}

// packages/setup-wsl2/src/shell/entry.ts
process.exitCode = await runStep(process.argv.slice(2));
