import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pickRecordedEnv, redactUrlCredentials } from '../../src/cli/session.js';
import { validateReport } from '../../src/report/index.js';
import { runCli } from './run-cli.js';

describe('transcript machine facts', () => {
  it('records only the variables the doctor reads, whatever their case on Windows', () => {
    const picked = pickRecordedEnv({
      userprofile: 'C:\\Users\\me',
      ImageOS: 'win25',
      RUNNER_NAME: 'GitHub Actions 12',
      WSL_DISTRO_NAME: 'Ubuntu',
      PATH: '/usr/bin',
      GITHUB_TOKEN: 'ghs_x',
      AWS_SECRET_ACCESS_KEY: 'y',
      UNSET: undefined,
    });
    expect(picked).toEqual({
      userprofile: 'C:\\Users\\me',
      ImageOS: 'win25',
      RUNNER_NAME: 'GitHub Actions 12',
      WSL_DISTRO_NAME: 'Ubuntu',
    });
  });

  it('removes credentials from URLs (DOCKER_HOST, proxies in settings files)', () => {
    expect(redactUrlCredentials('tcp://admin:s3cret@10.0.0.5:2376')).toBe('tcp://***@10.0.0.5:2376');
    expect(redactUrlCredentials('{"proxyHttp":"http://me:p%40ss@proxy:3128"}')).toBe(
      '{"proxyHttp":"http://***@proxy:3128"}',
    );
    expect(redactUrlCredentials('npipe:////./pipe/docker_engine')).toBe('npipe:////./pipe/docker_engine');
    expect(redactUrlCredentials('ssh://user@host')).toBe('ssh://user@host');
    expect(pickRecordedEnv({ DOCKER_HOST: 'tcp://a:b@host:2376' })).toEqual({ DOCKER_HOST: 'tcp://***@host:2376' });
  });
});

// The committed example transcripts (packages/core/examples) replay to valid reports through the CLI.
const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
let examples: string[] = [];
try {
  examples = readdirSync(examplesDir).filter((name) => name.endsWith('.json'));
} catch {
  examples = [];
}

describe.skipIf(examples.length === 0)('wsl-ready --replay examples/*.json', () => {
  it.each(examples)('%s replays to a valid report, the same twice, with the exit code of its verdict', async (name) => {
    const file = `${examplesDir}${name}`;
    const first = await runCli(['--json', '--replay', file]);
    const second = await runCli(['--json', '--replay', file], { platform: 'darwin', env: { HOME: '/Users/x' } });
    const result = validateReport(JSON.parse(first.stdout));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(first.code).toBe(result.report.summary.status === 'not-ready' ? 1 : 0);
    const strip = (text: string) => text.replace(/"durationMs": \d+(\.\d+)?/g, '"durationMs": 0');
    expect(strip(second.stdout)).toBe(strip(first.stdout));
  });
});
