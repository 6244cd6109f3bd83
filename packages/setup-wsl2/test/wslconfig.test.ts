// .wslconfig against WSL's rule that the service reads it only when it creates the VM: written before anything
// can start this job's VM, a running VM shut down first, and the user's file back byte for byte in the post step.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '@wsl-ready/twin';
import { describe, expect, test } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { keysWslWouldMiss, vmMayRun, wslconfigPatch, wslconfigText } from '../src/phases/wslconfig.js';
import { dockerImage } from './docker-image.js';
import { ACTION_DIR, callKinds, type Lab, makeLab } from './helpers.js';

const profile = (lab: Lab) => join(lab.mntRoot, 'c', 'Users', 'runneradmin');

/** The post step of the same job: the main step's state, the same folders and environment. */
function runPost(lab: Lab, state: Record<string, string>) {
  return runAction({
    actionDir: ACTION_DIR,
    entry: 'post',
    state,
    inputs: {},
    dirs: lab.dirs,
    timeoutMs: 60_000,
    env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot, USERPROFILE: profile(lab), PATH: process.env.PATH },
  });
}

describe('.wslconfig follows the VM lifetime', { timeout: 120_000 }, () => {
  test("docker keep-alive keys are WSL's own ([wsl2] vmIdleTimeout, [general] instanceIdleTimeout); the input wins", () => {
    const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');
    expect(wslconfigPatch(inputs({ docker: 'true' }))).toEqual({
      wsl2: { vmIdleTimeout: -1 },
      general: { instanceIdleTimeout: -1 },
    });
    expect(
      wslconfigPatch(inputs({ docker: 'true', wslconfig: '[wsl2]\nvmIdleTimeout=600000\nmemory=4GB' })).wsl2,
    ).toEqual({ vmIdleTimeout: '600000', memory: '4GB' });
    expect(wslconfigPatch(inputs({}))).toEqual({});
    expect(vmMayRun([{ name: 'a', state: 'Running', version: 1, default: true }])).toBe(false);
    expect(vmMayRun([{ name: 'a', state: 'Running', version: 2, default: true }])).toBe(true);
    expect(vmMayRun([{ name: 'a', state: 'Stopped', version: 2, default: true }])).toBe(false);
  });

  test('finds the merged keys WSL would not read: below a header it rejects, or after an earlier occurrence', () => {
    const patch = { wsl2: { vmIdleTimeout: -1 }, general: { instanceIdleTimeout: -1 } };
    expect(keysWslWouldMiss('[wsl2]\nvmIdleTimeout=-1\n[general]\ninstanceIdleTimeout=-1\n', patch)).toEqual([]);
    // configfile.cpp keeps `general` of the broken header in its key buffer: `gene.vmIdleTimeout`, unknown.
    expect(
      keysWslWouldMiss('[wsl2]\n[general ]\nvmIdleTimeout=-1\n[general]\ninstanceIdleTimeout=-1\n', patch),
    ).toEqual(['wsl2.vmIdleTimeout']);
    expect(keysWslWouldMiss('[general]\ninstanceIdleTimeout=5\ninstanceIdleTimeout=-1\n', patch)).toEqual([
      'wsl2.vmIdleTimeout',
      'general.instanceIdleTimeout',
    ]);
    // A value whose type the patch does not share (a size as text) only has to be read from the file.
    expect(keysWslWouldMiss('[wsl2]\nmemory=4GB\n', { wsl2: { memory: '4GB' } })).toEqual([]);
    // wsl.conf: init stops at its first invalid line; values core normalises (a `/` added to root) still count.
    expect(keysWslWouldMiss('[boot]\nx_y=1\n[user]\ndefault=me\n', { user: { default: 'me' } }, 'wslconf')).toEqual([
      'user.default',
    ]);
    expect(keysWslWouldMiss('[automount]\nroot=/win\n', { automount: { root: '/win' } }, 'wslconf')).toEqual([]);
  });

  test("docker's keep-alive next to a header WSL rejects: written where WSL reads it, and the twin's VM never idles", async () => {
    const lab = await makeLab();
    const image = dockerImage(lab.dir, lab.rootfs, join(lab.mntRoot, 'c', 'images', 'twin-docker.tar'));
    mkdirSync(profile(lab), { recursive: true });
    const file = join(profile(lab), '.wslconfig');
    // `[general ]` keeps `general` in WSL's key buffer: a key appended after it is read as `gene.vmIdleTimeout`.
    writeFileSync(file, '[wsl2]\r\nmemory=4GB\r\n[general ]\r\ninstanceIdleTimeout=400\r\n');
    const run = await lab.run(
      { distribution: 'Twin', source: image.path, 'source-sha256': image.sha, docker: 'true', cache: 'false' },
      { USERPROFILE: profile(lab) },
      120_000,
    );
    expect(run.conclusion, run.log).toBe('success');
    expect(readFileSync(file, 'utf8')).toBe(
      '[wsl2]\nmemory=4GB\nvmIdleTimeout=-1\n[general ]\ninstanceIdleTimeout=400\n\n[general]\ninstanceIdleTimeout=-1\n',
    );
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([]);
    // The twin reads .wslconfig as WSL does: its VM was created with both keep-alive values.
    expect(lab.twin.state.vm?.config).toMatchObject({ vmIdleTimeoutMs: -1, instanceIdleTimeoutMs: -1 });
    expect(lab.twin.state.vm?.config.settings).toMatchObject({ 'wsl2.memory': '4GB' });
  });

  test("merges into a UTF-16LE .wslconfig (Windows PowerShell's Out-File) as WSL reads it, writing UTF-8", async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(wslconfigText(utf16('[wsl2]\r\nmemory=4GB\r\n'))).toBe('[wsl2]\r\nmemory=4GB\r\n');
    expect(wslconfigText(Buffer.from('\ufeff[wsl2]\n'))).toBe('\ufeff[wsl2]\n');
    const lab = await makeLab();
    mkdirSync(profile(lab), { recursive: true });
    const file = join(profile(lab), '.wslconfig');
    const original = utf16('[wsl2]\r\nmemory=4GB\r\n');
    writeFileSync(file, original);
    const run = await lab.run(
      {
        distribution: 'Twin',
        source: lab.rootfs,
        'source-sha256': lab.rootfsSha,
        cache: 'false',
        wslconfig: '[wsl2]\nprocessors=2',
      },
      { USERPROFILE: profile(lab) },
    );
    expect(run.conclusion, run.log).toBe('success');
    expect(readFileSync(file, 'utf8')).toBe('[wsl2]\nmemory=4GB\nprocessors=2\n');
    // The VM (the twin reads the file as WSL does) got the user's key and the input's.
    expect(lab.twin.state.vm?.config.settings).toMatchObject({ 'wsl2.memory': '4GB', 'wsl2.processors': '2' });
    const post = await runPost(lab, run.state);
    expect(post.conclusion, post.log).toBe('success');
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  test('written before the install starts the VM: an import that fails finds the keys already there', async () => {
    const lab = await makeLab();
    lab.twin.setState((s) => {
      s.faults = { failNext: [{ kind: 'import', count: 1 }] };
    });
    const run = await lab.run({
      distribution: 'Twin',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      wslconfig: '[wsl2]\nmemory=3GB',
    });
    expect(run.conclusion).toBe('failure');
    expect(callKinds(lab.twin)).toContain('import');
    expect(readFileSync(join(profile(lab), '.wslconfig'), 'utf8')).toMatch(/\[wsl2\]\nmemory\s*=\s*3GB/);
  });

  test('a VM that already runs WSL 2 distributions is shut down before the install, so it reads the new file', async () => {
    const lab = await makeLab();
    // Another distribution runs: the VM exists and read the old .wslconfig.
    const first = await lab.run({
      distribution: 'Other',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      cache: 'false',
    });
    expect(first.conclusion, first.log).toBe('success');
    lab.twin.setState((s) => {
      for (const d of s.distros) d.state = 'Running';
      s.vmRunning = true;
    });
    const before = lab.twin.readLog().length;
    const run = await lab.run({
      distribution: 'Twin',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      cache: 'false',
      wslconfig: '[wsl2]\nprocessors=2',
    });
    expect(run.conclusion, run.log).toBe('success');
    const kinds = lab.twin
      .readLog()
      .slice(before)
      .map((c) => c.kind);
    expect(kinds.indexOf('shutdown')).toBeGreaterThan(-1);
    expect(kinds.indexOf('shutdown')).toBeLessThan(kinds.indexOf('import'));
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(
      /wsl --shutdown[\s\S]*only when it creates the VM/,
    );
  });

  test("the post step puts the user's file back byte for byte, or removes the one the setup created", async () => {
    const lab = await makeLab();
    mkdirSync(profile(lab), { recursive: true });
    const file = join(profile(lab), '.wslconfig');
    const original = Buffer.from(
      '\ufeff# mine\r\n[wsl2]\r\nmemory = 6GB  ; keep\r\n\r\n[experimental]\r\nautoMemoryReclaim=gradual\r\n',
    );
    writeFileSync(file, original);
    const source = { distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha, cache: 'false' };
    const main = await lab.run({ ...source, wslconfig: '[wsl2]\nprocessors=2' }, { USERPROFILE: profile(lab) });
    expect(main.conclusion, main.log).toBe('success');
    expect(readFileSync(file, 'utf8')).toMatch(/processors\s*=\s*2/);
    const post = await runPost(lab, main.state);
    expect(post.conclusion, post.log).toBe('success');
    expect(readFileSync(file).equals(original)).toBe(true);

    // No file before: the setup's own file goes again.
    const fresh = await makeLab();
    const freshFile = join(profile(fresh), '.wslconfig');
    const made = await fresh.run({
      ...source,
      source: fresh.rootfs,
      'source-sha256': fresh.rootfsSha,
      wslconfig: '[wsl2]\nprocessors=2',
    });
    expect(made.conclusion, made.log).toBe('success');
    expect(existsSync(freshFile)).toBe(true);
    await runPost(fresh, made.state);
    expect(existsSync(freshFile)).toBe(false);
  });
});
