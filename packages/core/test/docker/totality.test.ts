// Parsers and the classifier are total: any text or bytes in, a result out, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyDockerBackend,
  DOCKER_BACKENDS,
  type DockerEndpointProbe,
  parseDesktopSettings,
  parseDockerContextInspect,
  parseDockerContextList,
  parseDockerErrors,
  parseDockerInfo,
  parseDockerVersion,
} from '../../src/docker/index.js';
import { CLI_OUTPUTS, fixture, loadProfiles } from './profiles.js';

const parsers = [
  parseDockerVersion,
  parseDockerInfo,
  parseDockerContextList,
  parseDockerContextInspect,
  parseDesktopSettings,
  parseDockerErrors,
] as const;

const samples = loadProfiles().flatMap(({ name }) => CLI_OUTPUTS.map((f) => fixture(`cli/${name}/${f}`)));
samples.push(fixture('contexts/windows-desktop.table.txt'), fixture('sessions/desktop-stopped-fr.txt'));

// Real outputs cut, spliced and sprinkled with docker-ish tokens: the inputs most likely to trip a parser.
const mangled = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.nat(),
    fc.nat(),
    fc.array(
      fc.constantFrom('{', '}', '[', ']', '"', '\\', '\n', '\r\n', ': ', ' *', 'Server:', 'Client:', '\0', '\ufeff'),
    ),
  )
  .map(([text, a, b, noise]) => {
    const cut = text.slice(0, a % (text.length + 1));
    const at = b % (cut.length + 1);
    return cut.slice(0, at) + noise.join('') + cut.slice(at);
  });

const inputs = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 512 }), mangled);

function probeFrom(text: string | Uint8Array): DockerEndpointProbe {
  const version = parseDockerVersion(text).value;
  const info = parseDockerInfo(text).value;
  return {
    endpoint: null,
    context: null,
    answered: version.server !== null,
    version,
    info,
    errors: parseDockerErrors(text).value,
    warnings: [],
  };
}

describe('totality', () => {
  it('every parser returns a Parsed value for any input', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        for (const parse of parsers) {
          const result = parse(input);
          expect(typeof result.recognized).toBe('boolean');
          expect(Array.isArray(result.warnings)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the classifier returns a Report v1 backend for evidence built from any input', () => {
    const backends: readonly string[] = DOCKER_BACKENDS;
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom('windows', 'linux', 'darwin', 'unknown') as fc.Arbitrary<'windows'>,
        fc.boolean(),
        (input, os, isWsl) => {
          const verdict = classifyDockerBackend({
            host: { os, isWsl },
            cli: { present: true },
            current: probeFrom(input),
            others: [probeFrom(input)],
          });
          expect(backends).toContain(verdict.backend);
          expect(verdict.evidence.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays linear on hostile bracket floods', () => {
    const flood = '{\n'.repeat(200_000) + '[\n'.repeat(200_000);
    const v = parseDockerVersion(flood);
    expect(v.recognized).toBe(false);
    expect(v.warnings.length).toBeGreaterThan(0);
  });

  it('stays linear on long runs of blanks (each character was once checked back to the line start)', () => {
    const blanks = ' \t'.repeat(1024 * 1024);
    expect(parseDesktopSettings(`{"wslEngineEnabled": true}${blanks}`).value.wslEngineEnabled).toBe(true);
    expect(parseDockerVersion(`${blanks}{"Client":{"Version":"28.3.2"},"Server":null}${blanks}`).recognized).toBe(true);
  });

  it('reads every cut of every captured JSON answer without throwing (the truncated-JSON repair)', () => {
    const answers = loadProfiles().flatMap(({ name }) =>
      ['version.json.out', 'info.json.out'].map((f) => fixture(`cli/${name}/${f}`)),
    );
    for (const text of answers) {
      for (let cut = 0; cut <= text.length; cut += 13) {
        const prefix = text.slice(0, cut);
        expect(parseDockerInfo(prefix).warnings).toBeInstanceOf(Array);
        expect(parseDockerVersion(prefix).warnings).toBeInstanceOf(Array);
      }
    }
    // Deep nesting past the repair's bound is left alone, not recursed into.
    const deep = `{"ServerVersion":"1",${'"a":['.repeat(5000)}`;
    expect(parseDockerInfo(deep).recognized).toBe(true);
  });
});
