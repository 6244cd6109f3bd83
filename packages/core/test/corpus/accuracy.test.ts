// Accuracy of `wsl-ready parse` on real outputs pasted in public issues (test/fixtures/corpus, sources in
// index.json and SOURCES.md). Each case runs the CLI in-process; a case is right when every expected key matches.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, runCli } from '../cli/run-cli.js';

interface CorpusCase {
  file: string;
  kind: string;
  source: string;
  host?: string;
  note?: string;
  expect: Record<string, unknown>;
}

const CASES = JSON.parse(readFileSync(fixturePath('corpus/index.json'), 'utf8')) as CorpusCase[];
const WSL_FLOOR = 0.97;
const DOCKER_FLOOR = 0.9;

/** Why a case is wrong ('' when right). `backendIn`, `possibleIncludes`, `missingIncludes`, `exit`, `errorLines` are checks, not keys. */
function mismatch(expected: Record<string, unknown>, out: Record<string, unknown>, code: number): string {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'backendIn') {
      if (!(want as unknown[]).includes(out.backend ?? null)) problems.push(`backend ${String(out.backend)}`);
    } else if (key === 'possibleIncludes') {
      const possible = (out.possibleBackends as string[] | undefined) ?? (out.backend ? [out.backend] : []);
      for (const backend of want as string[]) {
        if (!possible.includes(backend)) problems.push(`possibleBackends lacks ${backend}`);
      }
    } else if (key === 'missingIncludes') {
      const missing = ((out.missingEvidence as string[] | undefined) ?? []).join(' ');
      for (const word of want as string[]) if (!missing.includes(word)) problems.push(`missingEvidence lacks ${word}`);
    } else if (key === 'exit') {
      if (code !== want) problems.push(`exit ${code}`);
    } else if (key === 'errorLines') {
      const findings = (out.findings as { line: number; severity: string }[] | undefined) ?? [];
      const errorLines = findings.filter((f) => f.severity === 'error').map((f) => f.line);
      for (const line of want as number[]) if (!errorLines.includes(line)) problems.push(`no error on line ${line}`);
    } else if (JSON.stringify(out[key] ?? null) !== JSON.stringify(want)) {
      problems.push(`${key}: ${JSON.stringify(out[key] ?? null)}`);
    }
  }
  return problems.join('; ');
}

async function runCase(entry: CorpusCase, encoding: 'utf8' | 'utf16le') {
  const text = readFileSync(fixturePath(`corpus/${entry.file}`), 'utf8');
  const bytes =
    encoding === 'utf8'
      ? Buffer.from(text, 'utf8')
      : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  // Config files go through the linter a CI gate runs (`lint-config`, exit 1 on an error); outputs through `parse`.
  const isConfig = entry.kind === 'wslconfig' || entry.kind === 'wslconf';
  const argv = isConfig
    ? ['lint-config', '--json', '--kind', entry.kind, '-']
    : ['parse', entry.kind, ...(entry.host ? ['--host', entry.host] : [])];
  const run = await runCli(argv, { stdinBytes: bytes });
  const out = run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : {};
  return mismatch(entry.expect, out, run.code);
}

type Group = 'wsl' | 'docker' | 'config';
const groupOf = (entry: CorpusCase): Group => entry.file.split('/')[0] as Group;

describe('real-world corpus accuracy (through `wsl-ready parse`)', () => {
  it('has cases of every group, each with a public source', () => {
    for (const group of ['wsl', 'docker', 'config'] as const) {
      expect(CASES.filter((entry) => groupOf(entry) === group).length).toBeGreaterThan(0);
    }
    for (const entry of CASES) expect(entry.source).toMatch(/^https:\/\//);
  });

  it('indexes every fixture file once, and SOURCES.md lists each with its source', () => {
    const files = (['wsl', 'docker', 'config'] as const).flatMap((group) =>
      readdirSync(fixturePath(`corpus/${group}`)).map((name) => `${group}/${name}`),
    );
    expect(new Set(CASES.map((entry) => entry.file))).toEqual(new Set(files));
    const sources = readFileSync(fixturePath('corpus/SOURCES.md'), 'utf8');
    for (const entry of CASES) expect(sources).toContain(`| \`${entry.file}\` | ${entry.kind}`);
  });

  it('reads ≥ 97% of wsl.exe outputs (UTF-8 and UTF-16LE) and classifies ≥ 90% of docker texts right', async () => {
    const failures: string[] = [];
    const score: Record<string, { right: number; total: number }> = {};
    const count = (name: string, ok: boolean) => {
      score[name] ??= { right: 0, total: 0 };
      score[name].total++;
      if (ok) score[name].right++;
    };
    for (const entry of CASES) {
      const group = groupOf(entry);
      const encodings = group === 'wsl' ? (['utf8', 'utf16le'] as const) : (['utf8'] as const);
      for (const encoding of encodings) {
        const problem = await runCase(entry, encoding);
        count(group === 'wsl' ? `wsl ${encoding}` : group, problem === '');
        count(`${group}:${entry.kind}`, problem === '');
        if (problem) failures.push(`${entry.file} [${encoding}]: ${problem}`);
      }
    }
    const table = Object.entries(score)
      .map(([name, s]) => `${name.padEnd(22)} ${s.right}/${s.total} ${((100 * s.right) / s.total).toFixed(1)}%`)
      .join('\n');
    console.log(`corpus accuracy\n${table}${failures.length ? `\nwrong:\n${failures.join('\n')}` : ''}`);
    const rate = (name: string) => (score[name] ? score[name].right / score[name].total : 0);
    expect(rate('wsl utf8'), failures.join('\n')).toBeGreaterThanOrEqual(WSL_FLOOR);
    expect(rate('wsl utf16le'), failures.join('\n')).toBeGreaterThanOrEqual(WSL_FLOOR);
    expect(rate('docker'), failures.join('\n')).toBeGreaterThanOrEqual(DOCKER_FLOOR);
    expect(rate('config'), failures.join('\n')).toBe(1);
  }, 60_000);
});
