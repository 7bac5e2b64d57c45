import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarnessOrchestrator, seedSampleUser } from '../../test/helpers/orchestrator-harness.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import { projectRoot } from '../paths.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

function runChild(
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'test/scripts/crash-mid-run.ts'), ...args],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe(`resuming a run whose process was killed (${process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  it('finishes from the last checkpoint: no agent runs twice, no proposal is duplicated', async () => {
    const user = await seedSampleUser(db);
    const crashed = await runChild([db.url, user.id]);
    expect(crashed.signal, crashed.stderr).toBe('SIGKILL');

    const run = await db.prisma.orchestratorRun.findFirstOrThrow({ where: { userId: user.id } });
    expect(run.status).toBe('running');
    const before = await db.prisma.actionProposal.findMany({ where: { userId: user.id } });
    expect(before.length).toBeGreaterThan(0); // the email agent's drafts were stored before the crash
    expect(before.every((p) => p.kind === 'create_email_draft')).toBe(true);

    const { orchestrator } = await createHarnessOrchestrator(db);
    const [outcome, ...others] = await orchestrator.resumeInterrupted();
    expect(others).toHaveLength(0);
    expect(outcome!.runId).toBe(run.id);
    expect(outcome!.status).toBe('succeeded');

    const logs = await db.prisma.agentRunLog.findMany({ where: { runId: run.id } });
    const perAgent = new Map<string, number>();
    for (const l of logs) perAgent.set(l.agent, (perAgent.get(l.agent) ?? 0) + 1);
    expect(Object.fromEntries(perAgent)).toEqual({ preference: 1, safety: 1, triage: 1, email: 1, event: 1 });

    const after = await db.prisma.actionProposal.findMany({ where: { userId: user.id } });
    const drafts = after.filter((p) => p.kind === 'create_email_draft');
    expect(drafts.map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
    expect(after.some((p) => p.kind !== 'create_email_draft')).toBe(true); // the event agent ran on resume
    expect(new Set(after.map((p) => p.idempotencyKey)).size).toBe(after.length);
  }, 120_000);
});
