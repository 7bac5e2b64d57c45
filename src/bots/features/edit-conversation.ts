/**
 * Editing a proposal in a text chat: one field at a time, "." keeps a value,
 * /cancel stops. Slack will use a modal instead; the result goes through the
 * same editProposal service either way.
 */
import { isAppError } from '../../domain/errors.js';
import type { ProposalKind } from '../../domain/proposals/payloads.js';
import { editProposal } from '../../services/proposal-decisions.js';
import type { FeatureContext } from '../bot-deps.js';
import type { SentMessageRef } from '../channel.js';
import { notice } from '../message/message-model.js';
import {
  changesFromEdits,
  type EditField,
  editFields,
  parseFieldInput,
  readPath,
  showValue,
} from './edit-fields.js';
import { liveCard } from './proposal-view.js';

interface EditSession {
  proposalId: string;
  version: number;
  payload: Record<string, unknown>;
  fields: EditField[];
  index: number;
  edits: Record<string, unknown>;
  message: SentMessageRef | undefined;
}

export class EditConversations {
  private readonly sessions = new Map<string, EditSession>();

  private key(ctx: FeatureContext): string {
    return `${ctx.identity.platform}:${ctx.identity.workspaceId}:${ctx.identity.externalUserId}`;
  }

  isEditing(ctx: FeatureContext): boolean {
    return this.sessions.has(this.key(ctx));
  }

  async start(ctx: FeatureContext, proposalId: string, version: number, message: SentMessageRef | undefined) {
    const proposal = await ctx.deps.prisma.actionProposal.findFirst({
      where: { id: proposalId, userId: ctx.user.id },
    });
    if (proposal?.status !== 'pending' || proposal.version !== version) {
      await ctx.replies.send(
        notice('This proposal changed or was decided since it was shown. /pending shows the latest.'),
      );
      return;
    }
    const fields = editFields[proposal.kind as ProposalKind];
    if (fields.length === 0) {
      await ctx.replies.send(notice('There is nothing to edit on this proposal: approve or reject it.'));
      return;
    }
    const session: EditSession = {
      proposalId,
      version,
      payload: proposal.payload as Record<string, unknown>,
      fields,
      index: 0,
      edits: {},
      message,
    };
    this.sessions.set(this.key(ctx), session);
    await ctx.replies.send(
      notice(`Editing "${proposal.title}". Type a new value, "." to keep, /cancel to stop.`),
    );
    await this.ask(ctx, session);
  }

  cancel(ctx: FeatureContext): boolean {
    return this.sessions.delete(this.key(ctx));
  }

  async answer(ctx: FeatureContext, text: string): Promise<void> {
    const session = this.sessions.get(this.key(ctx));
    if (!session) return;
    const field = session.fields[session.index]!;
    if (text.trim() !== '.') {
      try {
        session.edits[field.path] = parseFieldInput(
          field,
          text,
          readPath(session.payload, field.path),
          ctx.user.timezone,
        );
      } catch (error) {
        await ctx.replies.send(
          notice(isAppError(error) && error.userMessage ? error.userMessage : 'That value is not valid.'),
        );
        return this.ask(ctx, session);
      }
    }
    session.index++;
    if (session.index < session.fields.length) return this.ask(ctx, session);
    this.sessions.delete(this.key(ctx));
    if (Object.keys(session.edits).length === 0) {
      await ctx.replies.send(notice('Nothing changed.'));
      return;
    }
    const decider = {
      userId: ctx.user.id,
      actor: `${ctx.identity.platform}:${ctx.identity.externalUserId}`,
      timezone: ctx.user.timezone,
    };
    await editProposal(ctx.deps.decisions, decider, {
      proposalId: session.proposalId,
      version: session.version,
      changes: changesFromEdits(session.payload, session.edits),
    });
    if (!(await ctx.refresh(session.message))) {
      await ctx.postLive(liveCard(ctx.deps.prisma, session.proposalId, ctx.user.timezone));
    }
  }

  private async ask(ctx: FeatureContext, session: EditSession) {
    const field = session.fields[session.index]!;
    const current = readPath(session.payload, field.path);
    await ctx.replies.send(notice(`${field.label} [${showValue(current)}]:`));
  }
}
