import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ops-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function ops(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/ops.mjs'), ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ops command line', () => {
  it('an unknown command gives one clear line and exit 2', () => {
    const r = ops(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'ops: unknown command "frobnicate". Commands: start, migrate, import, doctor, triage, plan-day.',
    );
  });

  it('a bad flag gives one line naming the usage', () => {
    const r = ops(['import', '--mboxx', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("Unknown option '--mboxx'");
    expect(r.stderr).toContain('Usage: ops import --mbox PATH');
  });

  it('an unreadable path gives one line and exit 1', () => {
    const r = ops(['triage', '/no/such/mailbox.mbox']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('ops: cannot read /no/such/mailbox.mbox: no such file or folder');
  });

  it('invalid configuration names the variable', () => {
    const r = ops(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DATABASE_URL: expected a postgres:// or postgresql:// URL');
  });

  it('ops doctor reports in plain words and ops migrate then finds nothing to do', () => {
    const doctor = ops(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('[ok]   Configuration is valid.');
    expect(doctor.stdout).toContain('Database reachable: embedded database');
    expect(doctor.stdout).toContain('migration(s) not applied yet');
    expect(doctor.stdout).toContain('No LLM_API_KEY: agents use basic rules');
    const migrate = ops(['migrate']);
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/Applied \d+ migration\(s\)/);
    expect(ops(['migrate']).stdout).toContain('is up to date');
    expect(ops(['doctor']).stdout).toContain('No user yet');
  });

  it('ops triage prints one JSON line per message of a mail file, with no database', () => {
    const r = ops(['triage', join(projectRoot, 'samples/mailbox.mbox')]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(30);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining([
          'message_id',
          'category',
          'importance',
          'needs_reply',
          'is_scam',
          'risk',
          'reasons',
        ]),
      );
    }
    expect(lines.filter((l) => l.is_scam).length).toBeGreaterThanOrEqual(2);
  });
});
