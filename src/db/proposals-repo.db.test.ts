import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAccount, createUser, draftProposal } from '../../test/helpers/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import { isAppError } from '../domain/errors.js';
import { saveProposals, transitionProposal } from './proposals-repo.js';

let db: TestDatabase;
let userId: string;
let accountId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const user = await createUser(db.prisma);
  userId = user.id;
  accountId = (await createLocalAccount(db.prisma, userId)).id;
});
afterAll(async () => db?.close());

async function newProposal(discriminator: string) {
  const [saved] = await saveProposals(db.prisma, {
    userId,
    intent: 'test',
    agent: 'email',
    proposals: [draftProposal(accountId, { discriminator })],
  });
  return saved!.proposal;
}

describe(`proposals repository (${process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  it('stores a proposal once per idempotency key', async () => {
    const first = await saveProposals(db.prisma, {
      userId,
      intent: 'refresh_inbox',
      agent: 'email',
      proposals: [draftProposal(accountId, { discriminator: 'dedupe' })],
    });
    const second = await saveProposals(db.prisma, {
      userId,
      intent: 'refresh_inbox',
      agent: 'email',
      proposals: [draftProposal(accountId, { discriminator: 'dedupe' })],
    });
    expect(first[0]!.created).toBe(true);
    expect(second[0]!.created).toBe(false);
    expect(second[0]!.proposal.id).toBe(first[0]!.proposal.id);
    expect(
      await db.prisma.actionProposal.count({ where: { idempotencyKey: first[0]!.proposal.idempotencyKey } }),
    ).toBe(1);
  });

  it('refuses a payload that fails its schema before storing anything', async () => {
    const before = await db.prisma.actionProposal.count();
    await expect(
      saveProposals(db.prisma, {
        userId,
        intent: 'test',
        agent: 'email',
        proposals: [
          {
            kind: 'create_email_draft',
            title: 'bad',
            payload: { accountId, to: ['not-an-address'], subject: 's', body: 'b' },
          },
        ],
      }),
    ).rejects.toMatchObject({ code: 'PAYLOAD_INVALID' });
    expect(await db.prisma.actionProposal.count()).toBe(before);
  });

  it('walks pending -> approved -> executing -> executed, bumping the version each time', async () => {
    const p = await newProposal('happy');
    const approved = await transitionProposal(db.prisma, { id: p.id, event: 'approve', expectedVersion: 1 });
    expect([approved.status, approved.version]).toEqual(['approved', 2]);
    const executing = await transitionProposal(db.prisma, {
      id: p.id,
      event: 'start_execution',
      expectedVersion: 2,
    });
    const executed = await transitionProposal(db.prisma, {
      id: p.id,
      event: 'succeed',
      expectedVersion: executing.version,
      patch: { result: { draftId: 'd1' }, executedAt: new Date() },
    });
    expect([executed.status, executed.version, executed.result]).toEqual(['executed', 4, { draftId: 'd1' }]);
  });

  it('edits keep the proposal pending with a new version; the old version can no longer be approved', async () => {
    const p = await newProposal('edit');
    const edited = await transitionProposal(db.prisma, {
      id: p.id,
      event: 'edit',
      expectedVersion: 1,
      patch: { payload: { ...(p.payload as object), body: 'Edited' } },
    });
    expect([edited.status, edited.version]).toEqual(['pending', 2]);
    await expect(
      transitionProposal(db.prisma, { id: p.id, event: 'approve', expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
  });

  it('a failed proposal runs again only through retry', async () => {
    const p = await newProposal('retry');
    await transitionProposal(db.prisma, { id: p.id, event: 'approve', expectedVersion: 1 });
    await transitionProposal(db.prisma, { id: p.id, event: 'start_execution', expectedVersion: 2 });
    await transitionProposal(db.prisma, {
      id: p.id,
      event: 'fail',
      expectedVersion: 3,
      patch: { error: 'boom' },
    });
    await expect(
      transitionProposal(db.prisma, { id: p.id, event: 'start_execution', expectedVersion: 4 }),
    ).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
    const again = await transitionProposal(db.prisma, { id: p.id, event: 'retry', expectedVersion: 4 });
    expect(again.status).toBe('executing');
  });

  it('reports an unknown proposal as NOT_FOUND', async () => {
    await expect(
      transitionProposal(db.prisma, {
        id: '00000000-0000-4000-8000-000000000000',
        event: 'approve',
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('50 concurrent approvals of one proposal: exactly one wins, the rest get typed errors', async () => {
    const p = await newProposal('race');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        transitionProposal(db.prisma, { id: p.id, event: 'approve', expectedVersion: 1 }),
      ),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      expect(isAppError(loser.reason)).toBe(true);
      expect(['ILLEGAL_TRANSITION', 'STALE_VERSION']).toContain(loser.reason.code);
    }
    const final = await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: p.id } });
    expect([final.status, final.version]).toEqual(['approved', 2]);
  });

  it('50 concurrent approvals through separate connections pools (two service instances)', async () => {
    const p = await newProposal('race-two-pools');
    const { PrismaClient } = await import('./generated/client.js');
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const pg = (await import('pg')).default;
    const otherPool = new pg.Pool({ connectionString: db.url, max: 8 });
    const other = new PrismaClient({ adapter: new PrismaPg(otherPool) });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          transitionProposal(i % 2 ? other : db.prisma, { id: p.id, event: 'approve', expectedVersion: 1 }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    } finally {
      await other.$disconnect();
      await otherPool.end().catch(() => {});
    }
  });
});
