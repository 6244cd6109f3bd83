import { describe, expect, it } from 'vitest';
import {
  type ReportCheck,
  type ReportV1,
  renderMarkdown,
  renderMatrixMarkdown,
  summarize,
} from '../../src/report/index.js';
import { fixtureReport, fourRunners, HOSTILE, hostileReport, OUR_TAGS, outsideCodeSpans, tagsIn } from './helpers.js';

/** Safety properties every rendered document must have. */
function expectSafeMarkdown(markdown: string): void {
  expect(markdown.length).toBeLessThanOrEqual(60_000);
  for (const tag of tagsIn(markdown)) expect(OUR_TAGS.has(tag), `unexpected tag ${tag}`).toBe(true);
  expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
  const prose = outsideCodeSpans(markdown).replace(/\]\([^)\s]*\)/g, ']');
  expect(prose).not.toMatch(/@[A-Za-z0-9_-]/);
  expect(prose).not.toMatch(/(?<!&)#\d/);
  expect(prose).not.toMatch(/\bGH-\d/i);
  expect(prose).not.toMatch(/https?:\/\//);
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
}

describe('renderMarkdown', () => {
  it('renders a ready report', async () => {
    const markdown = renderMarkdown(fixtureReport('ready.json'));
    expectSafeMarkdown(markdown);
    expect(markdown.startsWith('## ✅ WSL readiness: Ready\n')).toBe(true);
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/snapshots/ready.md');
  });

  it('renders a not-ready report with failures first and their fixes', async () => {
    const markdown = renderMarkdown(fixtureReport('not-ready.json'), {
      runUrl: 'https://github.com/octo-org/widgets/actions/runs/1',
    });
    expectSafeMarkdown(markdown);
    const failures = markdown.indexOf('### Failures');
    expect(failures).toBeGreaterThan(markdown.indexOf('| Linux containers | ❌ no |'));
    expect(failures).toBeLessThan(markdown.indexOf('### Warnings'));
    expect(markdown.indexOf('### Warnings')).toBeLessThan(markdown.indexOf('<details>'));
    expect(markdown).toContain('**Fix:** wsl --set-default-version 2');
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/snapshots/not-ready.md');
  });

  it('renders a minimal report and honours title and heading level', () => {
    const markdown = renderMarkdown(fixtureReport('minimal.json'), { title: 'My @team #1 check', headingLevel: 3 });
    expect(markdown.startsWith('### ✅ My @&#8203;team #&#8203;1 check: Ready\n')).toBe(true);
    expect(markdown).toContain('| WSL | not checked |');
    expect(markdown).toContain('No checks ran. Reported by `wsl-ready`');
    expectSafeMarkdown(markdown);
  });

  it('keeps hostile data inert', async () => {
    const markdown = renderMarkdown(hostileReport());
    expectSafeMarkdown(markdown);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('&lt;/summary&gt;&lt;/details&gt;&lt;details open&gt;');
    expect(markdown).toContain('@&#8203;everyone');
    expect(markdown).toContain('**Docs:** `https://evil.example/@everyone`');
    // Every table row still has exactly its columns: data pipes and newlines never split a row.
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| ✅') || line.startsWith('| ❌'))) {
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6);
    }
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/snapshots/hostile.md');
  });

  it('stays under 60,000 characters with 10,000 checks and a 100 KB string, and says what it left out', () => {
    const big = `${HOSTILE.join('\n')}${'A'.repeat(100_000)}`;
    const docsUrl = `https://aka.ms/${big}`;
    const checks: ReportCheck[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `check-${i}`,
      area: `area-${i % 40}`,
      title: i % 7 === 0 ? big : `Check ${i}`,
      status: (['pass', 'fail', 'warn', 'skip', 'error'] as const)[i % 5]!,
      summary: big,
      remediation: big,
      docsUrl,
      durationMs: i,
      evidence: { big, n: i },
    }));
    const base = fixtureReport('ready.json');
    const report: ReportV1 = {
      ...base,
      host: { ...base.host, windowsEdition: big },
      checks,
      summary: summarize(checks),
      warnings: Array.from({ length: 1000 }, () => big),
      phases: Array.from({ length: 1000 }, (_, i) => ({ name: big, durationMs: i, status: 'ok' as const })),
    };
    const markdown = renderMarkdown(report);
    expectSafeMarkdown(markdown);
    expect(markdown).toMatch(
      /\*\*Shortened to fit GitHub's size limit\*\* \(left out: 40 collapsed sections, \d+ rows\)/,
    );
    expect(markdown).toContain('### Failures');
    expect(renderMarkdown(report, { maxLength: 5000 }).length).toBeLessThanOrEqual(5000);
  });

  it('is deterministic', () => {
    expect(renderMarkdown(fixtureReport('not-ready.json'))).toBe(renderMarkdown(fixtureReport('not-ready.json')));
  });
});

describe('renderMatrixMarkdown', () => {
  it('renders four runners', async () => {
    const markdown = renderMatrixMarkdown(fourRunners());
    expectSafeMarkdown(markdown);
    expect(markdown.startsWith('## ❌ WSL readiness: 1 not ready, 1 degraded, 2 ready (4 runners)\n')).toBe(true);
    expect(markdown).toContain('Self-reported by run `14822501400` (attempt `2`) for `4f2c1d9e8b7a`.');
    expect(markdown).toContain('on windows-2022: The default version is 1');
    // A run URL that is not https on an allowed host is shown, not linked.
    expect(markdown).toContain('`http://ci.internal/run/1`');
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/snapshots/matrix.md');
  });

  it('gives the same bytes for the same entries in any order', () => {
    const entries = fourRunners();
    expect(renderMatrixMarkdown([...entries].reverse())).toBe(renderMatrixMarkdown(entries));
  });

  it('lists what changed since the previous comment', () => {
    const entries = fourRunners();
    const previous = [
      entries[0]!,
      { ...entries[1]!, report: fixtureReport('ready.json'), runId: 1 },
      { ...entries[0]!, label: 'windows-2019' },
    ];
    const markdown = renderMatrixMarkdown(entries, { previous });
    const section = markdown.slice(markdown.indexOf('### What changed'), markdown.indexOf('### Runners'));
    expect(section).toContain('- **self-hosted** is new: ⚠️ Degraded.');
    expect(section).toContain('- **windows-2019** no longer reports.');
    expect(section).toContain('- **windows-2022**: verdict ✅ Ready → ❌ Not ready;');
    expect(section).toContain('Docker backend `wsl-dockerd` → `moby-windows-server`');
    expect(section).toContain('`docker.linux-containers` ✅ pass → ❌ fail');
    expect(section).not.toContain('windows-2025');

    const unchanged = renderMatrixMarkdown(entries, { previous: entries });
    expect(unchanged).toContain('- Nothing changed in readiness.');
  });

  it('keeps hostile labels and reports inert and within budget', () => {
    const hostile = hostileReport();
    const entries = HOSTILE.map((label, i) => ({
      report: hostile,
      label,
      runId: i + 1,
      runAttempt: 1,
      sha: '`<b>@x',
      runUrl: 'javascript:alert(1)',
    }));
    const markdown = renderMatrixMarkdown(entries, { previous: entries.slice(3) });
    expectSafeMarkdown(markdown);
  });

  it('drops runner details before matrix rows when the comment would be too long', () => {
    const base = fixtureReport('not-ready.json');
    const entries = Array.from({ length: 60 }, (_, i) => ({
      report: base,
      label: `runner-${String(i).padStart(2, '0')}`,
      runId: 100 + i,
      runAttempt: 1,
      sha: 'abcdef1234567',
    }));
    const markdown = renderMatrixMarkdown(entries);
    expectSafeMarkdown(markdown);
    expect(markdown).toContain('| runner-59 |');
    expect(markdown).toMatch(/left out: \d+ collapsed sections\)/);
  });

  it('says so when no runner has reported', () => {
    expect(renderMatrixMarkdown([])).toBe('## ➖ WSL readiness: no reports yet\n\nNo runner has reported yet.\n');
  });
});
