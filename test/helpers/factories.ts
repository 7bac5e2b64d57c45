import type { PrismaClient } from '../../src/db/generated/client.js';
import type { ProposalDraft } from '../../src/domain/proposals/payloads.js';

export async function createUser(
  prisma: PrismaClient,
  overrides: { timezone?: string; displayName?: string } = {},
) {
  return prisma.user.create({
    data: {
      displayName: overrides.displayName ?? 'Ada Lovelace',
      email: 'ada@example.org',
      timezone: overrides.timezone ?? 'Europe/London',
    },
  });
}

export async function createLocalAccount(prisma: PrismaClient, userId: string, label = 'test mailbox') {
  return prisma.connectedAccount.create({ data: { userId, provider: 'local', label } });
}

export function draftProposal(
  accountId: string,
  overrides: Partial<{ subject: string; discriminator: string }> = {},
): ProposalDraft {
  return {
    kind: 'create_email_draft',
    title: 'Reply to Grace',
    discriminator: overrides.discriminator,
    payload: {
      accountId,
      to: ['grace@example.com'],
      subject: overrides.subject ?? 'Re: Tuesday',
      body: 'Tuesday works for me.\n\nAda',
    },
  };
}
