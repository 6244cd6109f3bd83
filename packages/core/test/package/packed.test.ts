// The npm package as a user gets it: `npm pack`, installed into an empty folder outside the repository, then the
// README's TypeScript examples type-checked against it (tsc from this repository) and the `wsl-ready` bin run with
// npx under plain Node (no repository node_modules/.bin on PATH, so not the Node 24 dev dependency).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const core = join(root, 'packages', 'core');
const { version } = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')) as { version: string };
// Only the machine's Node and the system tools: what a user who just installed the package has.
const plainPath = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
const MINUTES = 60_000;

let work = '';
let app = '';
let packedFiles: string[] = [];

function run(file: string, args: string[], cwd: string, input?: Buffer, timeoutMs = 5 * MINUTES) {
  const result = spawnSync(file, args, {
    cwd,
    input,
    encoding: 'buffer',
    timeout: timeoutMs,
    env: { PATH: plainPath, HOME: process.env.HOME ?? work, npm_config_update_notifier: 'false' },
  });
  return {
    code: result.status,
    stdout: result.stdout?.toString('utf8') ?? '',
    stderr: `${result.stderr?.toString('utf8') ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

/** The ```ts blocks of the core README, in order. */
function readmeTypeScriptBlocks(): string[] {
  const readme = readFileSync(join(core, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wsl-ready-packed-'));
  const pack = run(
    'npm',
    ['pack', '-w', 'packages/core', '--pack-destination', work, '--json'],
    root,
    undefined,
    10 * MINUTES,
  );
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
    filename: string;
    files: { path: string }[];
  }[];
  packedFiles = packed!.files.map((file) => file.path);

  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'packed-core-check', private: true, type: 'module' }),
  );
  const tarball = join(work, packed!.filename.replace(/^.*\//, ''));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  if (install.code !== 0) throw new Error(`npm install of the packed core failed: ${install.stderr}`);
}, 20 * MINUTES);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @wsl-ready/core', () => {
  it('ships its license and the CLI bundle, and no source maps pointing at sources it does not ship', () => {
    expect(packedFiles).toContain('LICENSE');
    expect(packedFiles).toContain('dist/cli.mjs');
    expect(packedFiles).toContain('bin/wsl-ready.mjs');
    expect(packedFiles.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(packedFiles.filter((path) => path.startsWith('src/'))).toEqual([]);
    const installed = join(app, 'node_modules', '@wsl-ready', 'core', 'dist');
    const mentionsMaps = readdirSync(installed, { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(m?js|d\.ts)$/.test(path))
      .filter((path) => readFileSync(join(installed, path), 'utf8').includes('sourceMappingURL'));
    expect(mentionsMaps).toEqual([]);
  });

  it("type-checks the README's TypeScript examples against the installed package", { timeout: 5 * MINUTES }, () => {
    const blocks = readmeTypeScriptBlocks();
    expect(blocks.length).toBeGreaterThan(0);
    blocks.forEach((code, index) => {
      writeFileSync(join(app, `readme-example-${index + 1}.ts`), code);
    });
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
        },
        include: ['readme-example-*.ts'],
      }),
    );
    const tsc = run(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
      app,
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  it('runs `npx wsl-ready` from the install under plain Node', { timeout: 5 * MINUTES }, () => {
    const node = run('node', ['--version'], app);
    expect(node.stdout).toBe(`${process.version}\n`);
    expect(run('npx', ['wsl-ready', '--version'], app)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const fixture = readFileSync(join(core, 'test', 'fixtures', 'wsl', 'version-en-US.txt'));
    const parsed = run('npx', ['wsl-ready', 'parse', 'version'], app, fixture);
    expect(parsed.stderr).toBe('');
    expect(JSON.parse(parsed.stdout)).toMatchObject({ kind: 'version', recognized: true });
  });
});
