import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubTwin } from '../../src/github/server.js';
import { testAppPrivateKey } from '../../src/github/webhooks.js';

let twin: GitHubTwin | undefined;
afterEach(async () => {
  await twin?.close();
  twin = undefined;
});

async function started() {
  twin = new GitHubTwin({
    repos: [
      {
        id: 11,
        owner: 'octo',
        name: 'app',
        installationId: 42,
        files: { '.github/wsl-ready.yml': 'check-run: true\n' },
      },
    ],
    validateResponses: true,
  });
  await twin.start();
  return twin;
}

/** An app JWT as GitHub wants it: RS256 over `{iat, exp, iss}` (Probot's Octokit makes the same). */
function appJwt(claims: Record<string, unknown> = {}, key = testAppPrivateKey()): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 30, exp: now + 540, iss: 4242, ...claims })}`;
  return `Bearer ${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}
const jwt = appJwt();

async function token(t: GitHubTwin): Promise<string> {
  const res = await fetch(`${t.url}/app/installations/42/access_tokens`, {
    method: 'POST',
    headers: { authorization: jwt },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

describe('GitHub API stand-in', () => {
  it('answers the bot operations with bodies that match the REST description', async () => {
    const t = await started();
    const auth = { authorization: `token ${await token(t)}`, 'content-type': 'application/json' };
    t.addPull({
      number: 5,
      repo: 'octo/app',
      state: 'open',
      headSha: 'a'.repeat(40),
      headRef: 'feature',
      headOwner: 'fork',
      headRepoId: 99,
    });
    t.addArtifact({ name: 'wsl-ready-report-win', runId: 7, repo: 'octo/app', bytes: new Uint8Array([1, 2, 3]) });

    expect((await fetch(`${t.url}/app`, { headers: { authorization: jwt } })).status).toBe(200);
    const file = await fetch(`${t.url}/repos/octo/app/contents/.github/wsl-ready.yml`, { headers: auth });
    expect(Buffer.from(((await file.json()) as { content: string }).content, 'base64').toString()).toBe(
      'check-run: true\n',
    );
    const pulls = (await (
      await fetch(`${t.url}/repos/octo/app/pulls?state=open&head=fork:feature`, { headers: auth })
    ).json()) as unknown[];
    expect(pulls).toHaveLength(1);
    const created = await fetch(`${t.url}/repos/octo/app/issues/5/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'hi' }),
    });
    expect(created.status).toBe(201);
    const listed = await fetch(`${t.url}/repos/octo/app/issues/5/comments?per_page=100`, { headers: auth });
    expect(((await listed.json()) as Array<{ body: string }>)[0]?.body).toBe('hi');
    expect(t.violations).toEqual([]);
  });

  it('redirects artifact downloads to a blob route and flags credentials sent there', async () => {
    const t = await started();
    const auth = { authorization: `token ${await token(t)}` };
    const artifact = t.addArtifact({
      name: 'wsl-ready-report-a',
      runId: 7,
      repo: 'octo/app',
      bytes: new Uint8Array([9, 9]),
    });
    const res = await fetch(`${t.url}/repos/octo/app/actions/artifacts/${artifact.id}/zip`, {
      headers: auth,
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(new Uint8Array(await (await fetch(location)).arrayBuffer())).toEqual(new Uint8Array([9, 9]));
    expect(t.violations).toEqual([]);
    await fetch(location, { headers: auth });
    expect(t.violations).toContain('the artifact blob download carried an Authorization header');
  });

  it('refuses requests outside the description and records them as violations', async () => {
    const t = await started();
    const auth = { authorization: `token ${await token(t)}`, 'content-type': 'application/json' };
    const res = await fetch(`${t.url}/repos/octo/app/issues/5/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'x' }),
    });
    expect(res.status).toBe(422);
    expect(t.violations.join()).toContain('body.body is required');
  });

  it('enforces installation tokens and injects faults', async () => {
    const t = await started();
    expect((await fetch(`${t.url}/repos/octo/app/pulls`)).status).toBe(401);
    const auth = { authorization: `token ${await token(t)}` };
    t.inject({ operationId: 'pulls/list', times: 1, kind: 'secondary-rate-limit' });
    const limited = await fetch(`${t.url}/repos/octo/app/pulls`, { headers: auth });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await fetch(`${t.url}/repos/octo/app/pulls`, { headers: auth })).status).toBe(200);
    t.inject({ operationId: '*', times: 1, kind: 'server-error' });
    expect((await fetch(`${t.url}/repos/octo/app/pulls`, { headers: auth })).status).toBe(502);
  });

  it('pages lists as GitHub does: per_page capped at 100, Link header with prev, next, last and first', async () => {
    const t = await started();
    const auth = { authorization: `token ${await token(t)}` };
    for (let i = 0; i < 250; i++)
      t.addArtifact({ name: `a-${i}`, runId: 8, repo: 'octo/app', bytes: new Uint8Array(1) });
    const list = (query: string) =>
      fetch(`${t.url}/repos/octo/app/actions/runs/8/artifacts?${query}`, { headers: auth });
    const huge = await list('per_page=1000');
    const hugeBody = (await huge.json()) as { total_count: number; artifacts: Array<{ name: string }> };
    expect(hugeBody.total_count).toBe(250);
    expect(hugeBody.artifacts).toHaveLength(100);
    const first = await list('per_page=100');
    expect(first.headers.get('link')).toBe(
      `<${t.url}/repos/octo/app/actions/runs/8/artifacts?per_page=100&page=2>; rel="next", ` +
        `<${t.url}/repos/octo/app/actions/runs/8/artifacts?per_page=100&page=3>; rel="last"`,
    );
    const middle = await list('per_page=100&page=2');
    expect(middle.headers.get('link')).toMatch(
      /page=1>; rel="prev", <[^>]+page=3>; rel="next", <[^>]+page=3>; rel="last", <[^>]+page=1>; rel="first"$/,
    );
    const last = await list('per_page=100&page=3');
    expect(((await last.json()) as { artifacts: Array<{ name: string }> }).artifacts.at(-1)?.name).toBe('a-249');
    expect(last.headers.get('link')).not.toContain('rel="next"');
    // The default page size is 30, and `name` filters exactly.
    expect(((await (await list('')).json()) as { artifacts: unknown[] }).artifacts).toHaveLength(30);
    const named = (await (await list('name=a-7')).json()) as { total_count: number };
    expect(named.total_count).toBe(1);
    expect((await list('')).headers.get('link')).toContain('page=9>; rel="last"');
    expect(t.violations).toEqual([]);
  });

  it('sends the quota headers and ETags GitHub sends, and answers a matching If-None-Match with a free 304', async () => {
    const t = await started();
    const auth = { authorization: `token ${await token(t)}` };
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${t.url}/repos/octo/app/pulls?state=open`, { headers: { ...auth, ...headers } });
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);

    const conditional = await get({ 'if-none-match': etag });
    expect(conditional.status).toBe(304);
    expect(await conditional.text()).toBe('');
    expect(Number(conditional.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    const counted = await get();
    expect(Number(counted.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);
    expect(Number(counted.headers.get('x-ratelimit-used'))).toBe(5000 - remaining + 1);

    // A new installation token gets other ETags (responses vary with Authorization).
    const other = await fetch(`${t.url}/repos/octo/app/pulls?state=open`, {
      headers: { authorization: `token ${await token(t)}`, 'if-none-match': etag },
    });
    expect(other.status).toBe(200);

    // The data changed: the old tag no longer matches.
    t.addPull({
      number: 1,
      repo: 'octo/app',
      state: 'open',
      headSha: 'b'.repeat(40),
      headRef: 'x',
      headOwner: 'octo',
      headRepoId: 11,
    });
    expect((await get({ 'if-none-match': etag })).status).toBe(200);

    t.inject({ operationId: 'pulls/list', times: 1, kind: 'primary-rate-limit' });
    const exhausted = await get();
    expect(exhausted.status).toBe(403);
    expect(exhausted.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(((await exhausted.json()) as { message: string }).message).toBe(
      'API rate limit exceeded for installation ID 42.',
    );
  });

  it('expires download URLs like GitHub (403 from storage) and refuses over-long bodies on edit too', async () => {
    twin = new GitHubTwin({ repos: [{ id: 11, owner: 'octo', name: 'app', installationId: 42 }], blobUrlTtlMs: 0 });
    const t = twin;
    await t.start();
    const auth = { authorization: `token ${await token(t)}`, 'content-type': 'application/json' };
    const artifact = t.addArtifact({ name: 'r', runId: 7, repo: 'octo/app', bytes: new Uint8Array([1]) });
    const redirect = await fetch(`${t.url}/repos/octo/app/actions/artifacts/${artifact.id}/zip`, {
      headers: auth,
      redirect: 'manual',
    });
    const late = await fetch(redirect.headers.get('location')!);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('AuthenticationFailed');

    const created = await fetch(`${t.url}/repos/octo/app/issues/5/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'short' }),
    });
    const { id } = (await created.json()) as { id: number };
    const edit = await fetch(`${t.url}/repos/octo/app/issues/comments/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ body: 'x'.repeat(65_537) }),
    });
    expect(edit.status).toBe(422);
    expect(t.comments[0]!.body).toBe('short');
  });

  it("checks the app's JWT as GitHub does: signature, issuer and a lifetime of at most 10 minutes", async () => {
    const t = await started();
    const app = (authorization: string) => fetch(`${t.url}/app`, { headers: { authorization } });
    expect((await app(jwt)).status).toBe(200);
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs1',
      format: 'pem',
    }) as string;
    const refusals = [
      appJwt({}, otherKey),
      appJwt({ iss: 1 }),
      appJwt({ exp: Math.floor(Date.now() / 1000) + 3600 }),
      appJwt({ exp: Math.floor(Date.now() / 1000) - 10 }),
      'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig',
    ];
    for (const authorization of refusals) {
      const res = await app(authorization);
      expect(res.status, authorization).toBe(401);
    }
    const tooLong = await app(appJwt({ exp: Math.floor(Date.now() / 1000) + 3600 }));
    expect(((await tooLong.json()) as { message: string }).message).toMatch(/too far in the future/);
    const token = await fetch(`${t.url}/app/installations/42/access_tokens`, {
      method: 'POST',
      headers: { authorization: appJwt({ iss: 1 }) },
    });
    expect(token.status).toBe(401);
  });
});
