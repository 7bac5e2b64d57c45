import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarnessOrchestrator,
  harnessNow,
  seedSampleUser,
} from '../../test/helpers/orchestrator-harness.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import type { User } from '../db/generated/client.js';
import { silentLogger } from '../logging/logger.js';
import type { BotDeps } from './bot-deps.js';
import type {
  ChannelReplies,
  ChatIdentityRef,
  InboundEvent,
  InboundHandler,
  SentMessageRef,
} from './channel.js';
import { createDispatcher } from './dispatcher.js';
import { inlineText, type OutboundMessage } from './message/message-model.js';
import type { UiAction } from './message/ui-action.js';

let db: TestDatabase;
let user: User;
let handler: InboundHandler;

const console: ChatIdentityRef = {
  platform: 'console',
  externalUserId: 'sam',
  workspaceId: '',
  chatId: 'terminal',
};

/** Records what the dispatcher says, like a chat would show it. */
class Transcript implements ChannelReplies {
  sent: Array<{ ref: SentMessageRef; message: OutboundMessage }> = [];
  updates: Array<{ ref: SentMessageRef; message: OutboundMessage }> = [];
  private next = 1;
  async send(message: OutboundMessage) {
    const ref = { channel: 'terminal' as const, chatId: 'terminal', messageId: String(this.next++) };
    this.sent.push({ ref, message });
    return ref;
  }
  async update(ref: SentMessageRef, message: OutboundMessage) {
    this.updates.push({ ref, message });
  }
  text(): string {
    return [...this.sent, ...this.updates].map((m) => plain(m.message)).join('\n');
  }
}

function plain(message: OutboundMessage): string {
  return message.blocks
    .map((b) => {
      if (b.type === 'heading' || b.type === 'context') return b.text;
      if (b.type === 'paragraph') return inlineText(b.content);
      if (b.type === 'fields') return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
      if (b.type === 'bullets') return b.items.map(inlineText).join('\n');
      if (b.type === 'buttons') return b.buttons.map((x) => `[${x.label}]`).join(' ');
      return '';
    })
    .join('\n');
}

async function say(event: Partial<InboundEvent> & { kind: InboundEvent['kind'] }, identity = console) {
  const transcript = new Transcript();
  await handler({ identity, ...event } as InboundEvent, transcript);
  return transcript;
}

async function press(action: UiAction, message?: SentMessageRef, transcript = new Transcript()) {
  await handler({ kind: 'action', identity: console, action, message }, transcript);
  return transcript;
}

beforeAll(async () => {
  db = await createTestDatabase();
  user = await seedSampleUser(db);
  const { orchestrator, progress } = await createHarnessOrchestrator(db);
  await orchestrator.run(user.id, 'refresh_inbox');
  const deps: BotDeps = {
    prisma: db.prisma,
    orchestrator,
    progress,
    decisions: { prisma: db.prisma },
    logger: silentLogger,
    brain: () => 'heuristic',
    now: () => harnessNow,
    localUserId: user.id,
  };
  handler = createDispatcher(deps, 'terminal');
});
afterAll(async () => db?.close());

async function pendingDraft(index = 0) {
  const drafts = await db.prisma.actionProposal.findMany({
    where: { userId: user.id, status: 'pending', kind: 'create_email_draft', riskLevel: 'low' },
    orderBy: { createdAt: 'asc' },
  });
  return drafts[index]!;
}

describe('chat dispatcher (terminal)', () => {
  it('answers /help and refuses unknown commands in one line', async () => {
    expect((await say({ kind: 'command', command: 'help', args: '' })).text()).toContain('/plan-day');
    expect((await say({ kind: 'command', command: 'frobnicate', args: '' })).text()).toBe(
      'Unknown command /frobnicate. Type /help for the list.',
    );
  });

  it('shows the inbox with scams first and action buttons', async () => {
    const t = await say({ kind: 'command', command: 'inbox', args: '' });
    const text = t.text();
    expect(text).toMatch(/Inbox: \d+ messages/);
    expect(text.indexOf('Possible scam')).toBeLessThan(text.indexOf('[Draft reply]'));
    expect(text).toContain('[Mark safe]');
  });

  it('tells a stranger nothing', async () => {
    const stranger: ChatIdentityRef = {
      platform: 'telegram',
      externalUserId: '999',
      workspaceId: '',
      chatId: '999',
    };
    const t = await say({ kind: 'command', command: 'inbox', args: '' }, stranger);
    expect(t.text()).toBe('This is a private assistant. Ask its owner for a link code.');
    expect(await db.prisma.chatIdentity.count({ where: { platform: 'telegram' } })).toBe(0);
  });

  it('approves a proposal once, updates the card in place and records the signal', async () => {
    const proposal = await pendingDraft();
    const shown = await say({ kind: 'command', command: 'pending', args: '' });
    const card = shown.sent.find((m) => plain(m.message).includes(proposal.title))!;
    const t = await press(
      { type: 'proposal', op: 'approve', proposalId: proposal.id, version: proposal.version },
      card.ref,
    );
    expect(t.updates[0]?.ref).toEqual(card.ref);
    expect(plain(t.updates[0]!.message)).toContain('Approved');
    expect((await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'approved',
    );
    // The same press again (double click, replay): refused, nothing changes.
    const again = await press({
      type: 'proposal',
      op: 'approve',
      proposalId: proposal.id,
      version: proposal.version,
    });
    expect(again.text()).toContain('already approved');
    expect(
      await db.prisma.preferenceSignal.count({ where: { proposalId: proposal.id, signal: 'approved' } }),
    ).toBe(1);
  });

  it('rejects, and refuses a decision on a stale version', async () => {
    const proposal = await pendingDraft();
    const stale = await press({
      type: 'proposal',
      op: 'reject',
      proposalId: proposal.id,
      version: proposal.version + 5,
    });
    expect(stale.text()).toContain('changed since it was shown');
    await press({ type: 'proposal', op: 'reject', proposalId: proposal.id, version: proposal.version });
    expect((await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'rejected',
    );
  });

  it('edits a draft field by field; the new version is validated and signalled', async () => {
    const proposal = await pendingDraft();
    const start = await press({
      type: 'proposal',
      op: 'edit',
      proposalId: proposal.id,
      version: proposal.version,
    });
    expect(start.text()).toContain('To (comma-separated)');
    const bad = await say({ kind: 'text', text: 'not-an-address' });
    expect(bad.text()).toContain('Not an email address: not-an-address');
    expect(bad.text()).toContain('To (comma-separated)'); // asked again
    for (const answer of ['.', '.', 'New subject line', 'Thanks!\\nSam'])
      await say({ kind: 'text', text: answer });
    const edited = await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(edited.version).toBe(proposal.version + 1);
    expect((edited.payload as { subject: string; body: string }).subject).toBe('New subject line');
    expect((edited.payload as { body: string }).body).toBe('Thanks!\nSam');
    const signal = await db.prisma.preferenceSignal.findFirstOrThrow({
      where: { proposalId: proposal.id, signal: 'edited' },
    });
    expect(signal.diff).toMatchObject({ after: { subject: 'New subject line' } });
  });

  it('asks for a second confirmation before approving a high-risk proposal', async () => {
    const risky = await db.prisma.actionProposal.findFirstOrThrow({
      where: { userId: user.id, status: 'pending' },
    });
    await db.prisma.actionProposal.update({
      where: { id: risky.id },
      data: { riskLevel: 'high', riskReasons: ['sends outside the thread'] },
    });
    const first = await press({
      type: 'proposal',
      op: 'approve',
      proposalId: risky.id,
      version: risky.version,
    });
    expect(first.text()).toContain('This proposal is high risk');
    expect((await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: risky.id } })).status).toBe(
      'pending',
    );
    await press({ type: 'proposal', op: 'confirm_approve', proposalId: risky.id, version: risky.version });
    expect((await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: risky.id } })).status).toBe(
      'approved',
    );
  });

  it("refuses a forged callback and another user's proposal", async () => {
    const forged = await press({
      type: 'proposal',
      op: 'approve',
      proposalId: 'not-a-uuid',
      version: 1,
    } as unknown as UiAction);
    expect(forged.text()).toBe('That button is not valid any more.');
    const other = await db.prisma.user.create({ data: { displayName: 'Other' } });
    const foreign = await db.prisma.actionProposal.create({
      data: {
        userId: other.id,
        kind: 'create_reminder_event',
        title: 'Not yours',
        agent: 'planner',
        idempotencyKey: 'foreign-1',
        payload: {
          title: 'x',
          start: '2026-11-26T09:00:00+00:00',
          end: '2026-11-26T09:30:00+00:00',
          timezone: 'UTC',
        },
      },
    });
    const t = await press({ type: 'proposal', op: 'approve', proposalId: foreign.id, version: 1 });
    expect(t.text()).toBe('This is not yours to decide.');
    expect((await db.prisma.actionProposal.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe(
      'pending',
    );
  });

  it('shows details of a mail and lets the user overrule a scam verdict', async () => {
    const scam = await db.prisma.itemAgentMetadata.findFirstOrThrow({
      where: { isScam: true, item: { userId: user.id } },
    });
    const details = await press({ type: 'item', op: 'details', itemId: scam.itemId });
    expect(details.text()).toContain('likely scam');
    await press({ type: 'item', op: 'mark_safe', itemId: scam.itemId });
    const after = await db.prisma.itemAgentMetadata.findUniqueOrThrow({ where: { itemId: scam.itemId } });
    expect(after.isScam).toBe(false);
    const trusted = await db.prisma.userPreference.findUniqueOrThrow({
      where: { userId_key: { userId: user.id, key: 'trustedSenders' } },
    });
    expect(trusted.value).toHaveLength(1);
  });

  it('plans the day and shows blocks with buttons', async () => {
    const t = await say({ kind: 'command', command: 'plan-day', args: '2026-11-26' });
    expect(t.text()).toContain('Your plan for Thu 26 Nov');
    const bad = await say({ kind: 'command', command: 'plan-day', args: 'tomorrow' });
    expect(bad.text()).toBe('Give the day as YYYY-MM-DD, e.g. /plan-day 2026-11-26.');
  });
});
