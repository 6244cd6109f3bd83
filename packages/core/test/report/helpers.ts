import { readFileSync } from 'node:fs';
import type { MatrixEntry, ReportCheck, ReportV1 } from '../../src/report/index.js';
import { createReport } from '../../src/report/index.js';

export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8'));
}

export function fixtureReport(name: 'ready.json' | 'not-ready.json' | 'minimal.json'): ReportV1 {
  return loadFixture(name) as ReportV1;
}

/** Every HTML tag in the output; the renderers may only emit their own details/summary pair. */
export function tagsIn(markdown: string): string[] {
  return Array.from(markdown.matchAll(/<\/?[A-Za-z][^>]*>?/g), (m) => m[0]);
}

export const OUR_TAGS = new Set(['<details>', '</details>', '<summary>', '</summary>']);

/**
 * Text outside code spans (where GitHub turns @name and #1 into mentions and references), scanned the way
 * CommonMark does: a backslash escapes the next character, a backtick run opens a span that the next run of
 * the same length closes, and an unmatched run is literal text.
 */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const ch = markdown[i]!;
    if (ch === '\\') {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '`') {
      out += ch;
      i += 1;
      continue;
    }
    let run = 0;
    while (markdown[i + run] === '`') run += 1;
    const fence = '`'.repeat(run);
    let close = i + run;
    for (;;) {
      close = markdown.indexOf(fence, close);
      if (close < 0 || markdown[close + run] !== '`') break;
      while (markdown[close] === '`') close += 1;
    }
    if (close < 0) {
      out += fence;
      i += run;
    } else {
      out += ' ';
      i = close + run;
    }
  }
  return out;
}

export const HOSTILE = [
  '@everyone please look',
  'fixes #1 and GH-2 and octo/repo#3',
  '<img src=x onerror=alert(1)>',
  '</summary></details><details open><summary>pwned',
  '`` ` ```code``` ` ``',
  'a | b || c',
  'line one\nline two\r\n- not a list\n# not a heading',
  '[click](https://evil.example/) ![img](https://evil.example/x.png)',
  'http://evil.example/@admin www.evil.example javascript://x',
  '&lt;script&gt; &#64;admin &amp;',
  '\u202Egnp.exe\u202C \u001b[31mred\u001b[0m \u0007bell',
  '$x^2$ and $$y$$ ~~strike~~ **bold** _em_ <!-- comment -->',
];

export function hostileCheck(i: number, text: string): ReportCheck {
  return {
    id: `hostile.check-${i}`,
    area: i % 2 === 0 ? 'wsl' : 'docker',
    title: text,
    status: (['fail', 'warn', 'error', 'pass', 'skip'] as const)[i % 5]!,
    summary: text,
    remediation: text,
    docsUrl: i % 3 === 0 ? 'https://evil.example/@everyone' : 'https://learn.microsoft.com/windows/wsl/(x)|y',
    durationMs: i,
    evidence: { [text.slice(0, 60)]: text, n: i, ok: true },
  };
}

/** A report full of hostile strings in every free-text field; valid against the schema. */
export function hostileReport(): ReportV1 {
  const evil = HOSTILE.join(' ');
  return createReport(
    {
      generatedAt: '2026-05-04T09:00:00Z',
      source: { kind: 'action', name: HOSTILE[0]! },
      host: { os: 'windows', arch: 'x64<b>', windowsBuild: HOSTILE[2]!, windowsEdition: HOSTILE[3]!, isWsl: false },
      runner: {
        imageOs: HOSTILE[4]!,
        imageVersion: HOSTILE[5]!,
        environment: HOSTILE[1]!,
        arch: '|',
        name: HOSTILE[6]!,
      },
      wsl: {
        installed: true,
        kind: 'store',
        version: HOSTILE[2]!,
        kernelVersion: '`',
        wslgVersion: HOSTILE[0]!,
        defaultDistribution: HOSTILE[3]!,
        defaultVersion: 2,
      },
      distros: [
        { name: HOSTILE[3]!, state: 'Running', version: 2, default: true, osRelease: { prettyName: HOSTILE[2]! } },
      ],
      docker: {
        cliVersion: HOSTILE[9]!,
        context: HOSTILE[0]!,
        endpoint: HOSTILE[8]!,
        backend: 'desktop-wsl2',
        engineOs: 'linux',
        serverVersion: HOSTILE[1]!,
        desktopVersion: HOSTILE[7]!,
        linuxContainers: null,
      },
      checks: HOSTILE.map((text, i) => hostileCheck(i, text)),
      phases: [{ name: evil.slice(0, 200), durationMs: 12, status: 'failed' }],
      warnings: HOSTILE,
    },
    {},
  );
}

/** Four runners: two ready, one degraded, one not ready. */
export function fourRunners(): MatrixEntry[] {
  const ready = fixtureReport('ready.json');
  const notReady = fixtureReport('not-ready.json');
  const arm: ReportV1 = {
    ...ready,
    host: { ...ready.host, arch: 'arm64', windowsBuild: '10.0.26100.4061', windowsEdition: 'Windows 11 Enterprise' },
    runner: { ...ready.runner!, imageOs: 'win11-arm64', imageVersion: '20260428.1.0', arch: 'ARM64' },
  };
  const degradedChecks = ready.checks.map((check) =>
    check.id === 'wsl.kernel'
      ? {
          ...check,
          status: 'warn' as const,
          summary: 'Kernel 5.15.167.4-1 is older than 6.6.',
          remediation: 'wsl --update',
        }
      : check,
  );
  const degraded = createReport({
    ...ready,
    wsl: { ...ready.wsl!, kernelVersion: '5.15.167.4-1', version: '2.3.26.0' },
    runner: { ...ready.runner!, environment: 'self-hosted', imageOs: null, imageVersion: null, name: 'build-box-07' },
    checks: degradedChecks,
  });
  return [
    {
      report: ready,
      label: 'windows-2025',
      runId: 14822501337,
      runAttempt: 1,
      sha: '4f2c1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
      runUrl: 'https://github.com/octo-org/widgets/actions/runs/14822501337',
    },
    {
      report: notReady,
      label: 'windows-2022',
      runId: 14822501337,
      runAttempt: 1,
      sha: '4f2c1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
      runUrl: 'https://github.com/octo-org/widgets/actions/runs/14822501337',
    },
    {
      report: arm,
      label: 'windows-11-arm',
      runId: 14822501337,
      runAttempt: 1,
      sha: '4f2c1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
    },
    {
      report: degraded,
      label: 'self-hosted',
      runId: 14822501400,
      runAttempt: 2,
      sha: '4f2c1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
      runUrl: 'http://ci.internal/run/1',
    },
  ];
}
