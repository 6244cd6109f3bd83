import { CommandTimeoutError, formatArgv, WslReadyError } from '../errors.js';
import { CommandAbortedError } from '../runner/errors.js';
import { executableBaseName, isWslExecutable } from '../runner/executable-name.js';
import { normalizeExitCode } from '../runner/exit-code.js';
import { deliverOutput, type OutputSinks, validateStdio } from '../runner/streaming.js';
import type { CommandResult, CommandRunner, RunOptions } from '../runner/types.js';
import { encodeLikeWsl } from '../text/decode.js';

/** Which executable a rule answers: a name (any folder, any case, `.exe` optional), a RegExp or a predicate. */
export type FileMatcher = string | RegExp | ((file: string) => boolean);
/**
 * Which arguments: an array (same length; each item equal or matching a RegExp), a RegExp tested against the
 * arguments joined by spaces, or a predicate. Omitted: any arguments.
 */
export type ArgsMatcher = readonly (string | RegExp)[] | RegExp | ((args: readonly string[]) => boolean);

/**
 * How text is turned into bytes: `wsl` = UTF-16LE + CRLF (wsl.exe without WSL_UTF8), `wsl-utf8` = UTF-8 + CRLF
 * (WSL_UTF8=1), `utf-8` = UTF-8 as written. Default: `wsl` for wsl executables, `utf-8` for anything else.
 */
export type FakeEncoding = 'wsl' | 'wsl-utf8' | 'utf-8';

export interface FakeResponse {
  stdout?: string | Uint8Array;
  stderr?: string | Uint8Array;
  encoding?: FakeEncoding;
  /** The raw exit code (default 0); wsl's 4294967295 / 255 are normalised to -1 like the real runner does. */
  exitCode?: number;
  /** Answer after this long (a timeout shorter than the delay wins). */
  delayMs?: number;
  /** Never answer: the call ends with CommandTimeoutError at its timeout, or CommandAbortedError on abort. */
  hang?: boolean;
  /** Throw this instead of answering (e.g. a CommandNotFoundError). */
  throws?: Error;
}

export interface FakeCall {
  file: string;
  args: string[];
  options: RunOptions;
}

export type FakeResponder = FakeResponse | ((call: FakeCall) => FakeResponse | Promise<FakeResponse>);

interface Rule {
  file: FileMatcher;
  args: ArgsMatcher | undefined;
  responder: FakeResponder;
  /** Remaining uses; Infinity for `reply`. */
  remaining: number;
  description: string;
}

export interface FakeRuleBuilder {
  /** Answer every matching call. */
  reply(response: FakeResponder): FakeRunner;
  /** Answer the next matching call only (then later rules, or the next `replyOnce`, take over). */
  replyOnce(response: FakeResponder): FakeRunner;
  /** Never answer matching calls (they time out). */
  hang(): FakeRunner;
  /** Throw this error for matching calls. */
  throws(error: Error): FakeRunner;
}

/** A call nothing in the script answers. */
export class UnexpectedCommandError extends WslReadyError {
  readonly argv: readonly string[];
  constructor(argv: readonly string[], rules: readonly string[]) {
    super(
      'fake-unmatched',
      `FakeRunner has no answer for \`${formatArgv(argv)}\`. Script it with ` +
        `fake.on(${JSON.stringify(argv[0] ?? '')}, ${JSON.stringify(argv.slice(1))}).reply({ stdout: '…' }).` +
        (rules.length ? `\nScripted: ${rules.join('; ')}` : '\nNothing is scripted yet.'),
    );
    this.argv = argv;
  }
}

export interface FakeRunnerOptions {
  /** Timeout of calls that do not pass one (hangs end here). Default 60 s, like NodeCommandRunner. */
  defaultTimeoutMs?: number;
  /** Where calls with `stdio: 'inherit'` write their scripted output. Default: this process's stdout/stderr. */
  sinks?: OutputSinks;
}

/**
 * A scripted CommandRunner for tests. Rules are tried in the order they were added; the first that matches and
 * has uses left answers. Every call is recorded in `calls`, answered or not.
 */
export class FakeRunner implements CommandRunner {
  readonly calls: FakeCall[] = [];
  private readonly rules: Rule[] = [];
  private readonly defaultTimeoutMs: number;
  private readonly sinks: OutputSinks | undefined;

  constructor(options: FakeRunnerOptions = {}) {
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 60_000;
    this.sinks = options.sinks;
  }

  on(file: FileMatcher, args?: ArgsMatcher): FakeRuleBuilder {
    const add = (responder: FakeResponder, remaining: number): FakeRunner => {
      this.rules.push({ file, args, responder, remaining, description: describeRule(file, args) });
      return this;
    };
    return {
      reply: (response) => add(response, Number.POSITIVE_INFINITY),
      replyOnce: (response) => add(response, 1),
      hang: () => add({ hang: true }, Number.POSITIVE_INFINITY),
      throws: (error) => add({ throws: error }, Number.POSITIVE_INFINITY),
    };
  }

  /** Calls whose executable matches (same rules as `on`). */
  callsTo(file: FileMatcher, args?: ArgsMatcher): FakeCall[] {
    return this.calls.filter((call) => matchesFile(file, call.file) && matchesArgs(args, call.args));
  }

  /** `replyOnce` rules that were never used (a test can assert the script was followed). */
  unusedOnceRules(): string[] {
    return this.rules.filter((rule) => rule.remaining === 1).map((rule) => rule.description);
  }

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const call: FakeCall = { file, args: [...args], options };
    this.calls.push(call);
    const argv = [file, ...args];
    validateStdio(options);
    if (options.signal?.aborted) throw new CommandAbortedError(argv, options.signal.reason);
    const rule = this.rules.find(
      (candidate) => candidate.remaining > 0 && matchesFile(candidate.file, file) && matchesArgs(candidate.args, args),
    );
    if (!rule) throw new UnexpectedCommandError(argv, describeRules(this.rules));
    rule.remaining--;
    const response = typeof rule.responder === 'function' ? await rule.responder(call) : rule.responder;
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const started = Date.now();

    if (response.hang || (response.delayMs !== undefined && response.delayMs >= timeoutMs)) {
      await wait(timeoutMs, options.signal, argv);
      throw new CommandTimeoutError(argv, timeoutMs);
    }
    if (response.delayMs) await wait(response.delayMs, options.signal, argv);
    if (response.throws) throw response.throws;

    const encoding = response.encoding ?? (isWslExecutable(file) ? 'wsl' : 'utf-8');
    let stdout = toBytes(response.stdout, encoding);
    let stderr = toBytes(response.stderr, encoding);
    let truncated = false;
    const cap = options.maxOutputBytes;
    if (cap !== undefined && options.stdio !== 'inherit' && stdout.length + stderr.length > cap) {
      truncated = true;
      stdout = stdout.subarray(0, Math.min(stdout.length, cap));
      stderr = stderr.subarray(0, Math.max(0, cap - stdout.length));
    }
    const rawExitCode = response.exitCode ?? 0;
    const result: CommandResult = {
      exitCode: normalizeExitCode(file, rawExitCode),
      rawExitCode,
      stdout,
      stderr,
      durationMs: Date.now() - started,
    };
    if (truncated) result.truncated = true;
    // Streamed calls see the whole scripted output, as a live child would have shown it.
    if (options.stdio === 'inherit') return deliverOutput(result, options, this.sinks);
    if (options.onStdout && stdout.length) options.onStdout(toBytes(response.stdout, encoding));
    if (options.onStderr && stderr.length) options.onStderr(toBytes(response.stderr, encoding));
    return result;
  }
}

function toBytes(value: string | Uint8Array | undefined, encoding: FakeEncoding): Buffer {
  if (value === undefined) return Buffer.alloc(0);
  if (typeof value !== 'string') return Buffer.from(value);
  if (encoding === 'wsl') return encodeLikeWsl(value);
  if (encoding === 'wsl-utf8') return encodeLikeWsl(value, true);
  return Buffer.from(value, 'utf8');
}

function wait(ms: number, signal: AbortSignal | undefined, argv: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CommandAbortedError(argv, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function matchesFile(matcher: FileMatcher, file: string): boolean {
  if (typeof matcher === 'string') return executableBaseName(matcher) === executableBaseName(file);
  if (matcher instanceof RegExp) return matcher.test(file);
  return matcher(file);
}

function matchesArgs(matcher: ArgsMatcher | undefined, args: readonly string[]): boolean {
  if (matcher === undefined) return true;
  if (matcher instanceof RegExp) return matcher.test(args.join(' '));
  if (typeof matcher === 'function') return matcher(args);
  return (
    matcher.length === args.length &&
    matcher.every((expected, index) => {
      const actual = args[index] ?? '';
      return typeof expected === 'string' ? expected === actual : expected.test(actual);
    })
  );
}

function describeRule(file: FileMatcher, args: ArgsMatcher | undefined): string {
  const fileText = typeof file === 'function' ? '<predicate>' : String(file);
  const argsText =
    args === undefined
      ? '<any args>'
      : args instanceof RegExp
        ? String(args)
        : typeof args === 'function'
          ? '<predicate>'
          : args.map((item) => (typeof item === 'string' ? item : String(item))).join(' ');
  return `${fileText} ${argsText}`;
}

function describeRules(rules: readonly Rule[]): string[] {
  return rules.map((rule) => (rule.remaining > 0 ? rule.description : `${rule.description} (used up)`));
}
