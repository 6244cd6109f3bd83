import { describe, expect, it } from 'vitest';
import { OpenApiValidator } from '../../src/github/openapi.js';

const validator = new OpenApiValidator();
const url = (path: string) => new URL(path, 'http://127.0.0.1');

describe('OpenApiValidator (GitHub REST description)', () => {
  it('accepts a well-formed request and names its operation', () => {
    const check = validator.checkRequest('POST', url('/repos/o/r/issues/7/comments'), { body: 'hello' });
    expect(check).toMatchObject({
      operationId: 'issues/create-comment',
      pathParams: { owner: 'o', repo: 'r', issue_number: '7' },
      errors: [],
    });
  });

  it('refuses an operation GitHub does not have', () => {
    expect(validator.checkRequest('PUT', url('/repos/o/r/issues/7/comments'), { body: 'x' }).errors[0]).toContain(
      'not an operation',
    );
    expect(validator.checkRequest('GET', url('/nope'), undefined).operationId).toBeNull();
  });

  it('refuses a body that does not match the schema', () => {
    expect(validator.checkRequest('POST', url('/repos/o/r/issues/7/comments'), {}).errors).toContain(
      'body.body is required',
    );
    const badConclusion = validator.checkRequest('POST', url('/repos/o/r/check-runs'), {
      name: 'wsl-ready',
      head_sha: 'a'.repeat(40),
      conclusion: 'maybe',
    });
    expect(badConclusion.errors.join()).toContain('body.conclusion must be one of');
  });

  it('refuses unknown and ill-typed query parameters', () => {
    expect(validator.checkRequest('GET', url('/repos/o/r/pulls?state=opened'), undefined).errors.join()).toContain(
      'query.state',
    );
    expect(validator.checkRequest('GET', url('/repos/o/r/pulls?colour=red'), undefined).errors.join()).toContain(
      'colour',
    );
    expect(validator.checkRequest('GET', url('/repos/o/r/issues/x/comments'), undefined).errors.join()).toContain(
      'path.issue_number',
    );
  });

  it('matches file paths that span segments', () => {
    const check = validator.checkRequest('GET', url('/repos/o/r/contents/.github/wsl-ready.yml'), undefined);
    expect(check).toMatchObject({
      operationId: 'repos/get-content',
      pathParams: { path: '.github/wsl-ready.yml' },
      errors: [],
    });
  });

  it('validates responses against the described shape', () => {
    expect(validator.checkResponse('issues/create-comment', 201, { id: 'x' }).length).toBeGreaterThan(0);
  });
});
