import { describe, expect, it } from 'vitest';
import { RuntimeTokenError } from '../src/errors.js';
import { backendIdsFromToken } from '../src/runtime-token.js';

const jwt = (claims: unknown) =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('backendIdsFromToken', () => {
  it('reads run and job from the Actions.Results scope among others', () => {
    const token = jwt({
      scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774',
    });
    expect(backendIdsFromToken(token)).toEqual({
      workflowRunBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a',
      workflowJobRunBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774',
    });
  });

  it.each([
    ['not a jwt', 'abc', /not a JWT/],
    ['no JSON', 'a.!!!.c', /not JSON/],
    ['no scp', jwt({}), /no `scp` claim/],
    ['no results scope', jwt({ scp: 'Actions.Other' }), /no Actions.Results scope/],
    ['malformed scope', jwt({ scp: 'Actions.Results:run' }), /malformed/],
  ])('%s → RuntimeTokenError', (_, token, message) => {
    expect(() => backendIdsFromToken(token)).toThrow(RuntimeTokenError);
    expect(() => backendIdsFromToken(token)).toThrow(message);
  });
});
