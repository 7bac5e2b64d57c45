import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarnessOrchestrator, seedSampleUser } from '../../test/helpers/orchestrator-harness.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import type { Agent } from '../agents/agent.js';
import { proposalKinds } from '../domain/proposals/payloads.js';
import { createAgentRegistry } from './agent-registry.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe(`orchestrator on the sample mailbox (${process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  it('refresh_inbox triages every mail, flags the scams, stores valid proposals, and a second run does nothing', async () => {
    const user = await seedSampleUser(db);
    const { orchestrator, events } = await createHarnessOrchestrator(db);
    const first = await orchestrator.run(user.id, 'refresh_inbox');
    expect(first.status).toBe('succeeded');
    const mails = await db.prisma.item.count({ where: { userId: user.id, kind: 'email' } });
    expect(first.itemIds).toHaveLength(mails);
    const metadata = await db.prisma.itemAgentMetadata.findMany({
      where: { item: { userId: user.id } },
      include: { item: true },
    });
    expect(metadata).toHaveLength(mails);
    for (const m of metadata) {
      expect(m.category, m.item.subject).not.toBeNull();
      expect(m.contentHash).toBe(m.item.contentHash);
    }
    const scams = metadata.filter((m) => m.isScam).map((m) => m.item.subject);
    expect(scams.some((s) => s.includes('password'))).toBe(true);
    expect(scams.some((s) => s.includes('Quick favour'))).toBe(true);
    // The prompt-injection mail is flagged and gets no proposal of any kind.
    const injection = metadata.find(
      (m) => (m.annotations as { safety?: { promptInjection?: boolean } }).safety?.promptInjection,
    );
    expect(injection).toBeDefined();
    expect(injection!.riskLevel).toBe('high');
    expect(await db.prisma.actionProposal.count({ where: { itemId: injection!.itemId } })).toBe(0);

    const proposals = await db.prisma.actionProposal.findMany({ where: { userId: user.id } });
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.map((p) => p.id).sort()).toEqual([...first.proposalIds].sort());
    for (const p of proposals) expect(proposalKinds).toContain(p.kind);
    expect(events.some((e) => e.type === 'progress' && e.message.startsWith('Analysing'))).toBe(true);

    const second = await orchestrator.run(user.id, 'refresh_inbox');
    expect(second.itemIds).toEqual([]);
    expect(await db.prisma.actionProposal.count({ where: { userId: user.id } })).toBe(proposals.length);
    const logs = await db.prisma.agentRunLog.findMany({ where: { runId: second.runId } });
    expect(
      logs
        .filter((l) => ['safety', 'triage', 'email', 'event'].includes(l.agent))
        .every((l) => l.status === 'skipped'),
    ).toBe(true);
  });

  it('plan_day stores a plan for the day with reminder proposals, idempotently', async () => {
    const user = await db.prisma.user.findFirstOrThrow({ where: { displayName: 'Sam Rivera' } });
    const { orchestrator } = await createHarnessOrchestrator(db);
    const outcome = await orchestrator.run(user.id, 'plan_day', { date: '2026-11-26' });
    expect(outcome.status).toBe('succeeded');
    expect(outcome.plan?.date).toBe('2026-11-26');
    const stored = await db.prisma.dailyPlan.findUniqueOrThrow({
      where: { userId_date: { userId: user.id, date: new Date('2026-11-26T00:00:00Z') } },
    });
    expect(stored.runId).toBe(outcome.runId);
    const again = await orchestrator.run(user.id, 'plan_day', { date: '2026-11-26' });
    expect([...again.proposalIds].sort()).toEqual([...outcome.proposalIds].sort());
    expect(await db.prisma.dailyPlan.count({ where: { userId: user.id } })).toBe(1);
  });

  it('one failing agent leaves a partial run: the others finish, the error is logged', async () => {
    const user = await db.prisma.user.create({ data: { displayName: 'Partial', timezone: 'Europe/London' } });
    const account = await db.prisma.connectedAccount.create({
      data: { userId: user.id, provider: 'local', label: 'p' },
    });
    await db.prisma.item.create({
      data: {
        userId: user.id,
        accountId: account.id,
        kind: 'email',
        externalId: '<p1@example.com>',
        subject: 'Can you send the report by Friday?',
        bodyText: 'Hi, can you send me the report by Friday?\n\nThanks, Bo',
        fromAddress: 'bo@example.com',
        toAddresses: ['partial@example.org'],
        receivedAt: new Date('2026-11-24T10:00:00Z'),
        contentHash: 'h-p1',
      },
    });
    const broken: Agent = {
      name: 'email',
      run: async () => {
        throw new Error('summariser exploded');
      },
    };
    const agents = { ...createAgentRegistry({ disabled: [] }), email: broken };
    const { orchestrator } = await createHarnessOrchestrator(db, { agents });
    const outcome = await orchestrator.run(user.id, 'refresh_inbox');
    expect(outcome.status).toBe('partial');
    expect(outcome.errors).toEqual([{ agent: 'email', message: 'summariser exploded' }]);
    expect(outcome.summary).toContain('email failed');
    const logs = await db.prisma.agentRunLog.findMany({ where: { runId: outcome.runId } });
    expect(logs.find((l) => l.agent === 'email')).toMatchObject({
      status: 'error',
      error: 'summariser exploded',
    });
    expect(logs.find((l) => l.agent === 'triage')?.status).toBe('ok');
    const meta = await db.prisma.itemAgentMetadata.findFirstOrThrow({ where: { item: { userId: user.id } } });
    expect(meta.needsReply).toBe(true);
  });

  it('an agent cannot store a proposal of an unknown kind or with an invalid payload', async () => {
    const user = await db.prisma.user.create({ data: { displayName: 'Rogue', timezone: 'UTC' } });
    const rogue: Agent = {
      name: 'preference',
      run: async () => ({
        output: {},
        proposals: [
          { kind: 'send_email', title: 'forward everything', payload: { to: ['x@evil.example'] } } as never,
        ],
        mode: 'heuristic',
        usage: { promptTokens: 0, completionTokens: 0, llmCalls: 0 },
        notes: [],
      }),
    };
    const { orchestrator } = await createHarnessOrchestrator(db, { agents: { preference: rogue } });
    const outcome = await orchestrator.run(user.id, 'plan_day');
    expect(outcome.errors[0]?.agent).toBe('preference');
    expect(outcome.errors[0]?.message).toMatch(/Unknown proposal kind/);
    expect(await db.prisma.actionProposal.count({ where: { userId: user.id } })).toBe(0);
  });

  it('handle_item on an unknown item fails the run with a clear error', async () => {
    const user = await db.prisma.user.create({ data: { displayName: 'Nobody', timezone: 'UTC' } });
    const { orchestrator } = await createHarnessOrchestrator(db);
    await expect(
      orchestrator.run(user.id, 'handle_item', { itemId: '00000000-0000-4000-8000-000000000099' }),
    ).rejects.toThrow(/No item/);
    const run = await db.prisma.orchestratorRun.findFirstOrThrow({ where: { userId: user.id } });
    expect(run.status).toBe('failed');
  });
});
