/**
 * Risk of carrying out a proposal. A draft that would write to someone who is
 * not in the thread is how a scam or an injected instruction would exfiltrate
 * mail, and anything that acts on a flagged mail inherits its risk.
 */
import type { ProposalRisk, SafetyVerdict } from '../../domain/analysis/safety.js';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { AgentItem } from '../agent-item.js';

export interface ProposalRiskContext {
  item?: AgentItem | undefined;
  verdict?: SafetyVerdict | undefined;
  userAddresses: string[];
}

function bareAddress(value: string): string {
  return (/<([^>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
}

function threadAddresses(item: AgentItem, userAddresses: string[]): Set<string> {
  const all = [item.fromAddress, item.replyTo, ...item.toAddresses, ...item.ccAddresses, ...userAddresses];
  const out = new Set<string>();
  for (const value of all) if (value) out.add(bareAddress(value));
  return out;
}

export function assessProposalRisk(draft: ProposalDraft, context: ProposalRiskContext): ProposalRisk {
  const reasons: string[] = [];
  let riskLevel: ProposalRisk['riskLevel'] = 'low';
  const { verdict, item } = context;

  if (verdict?.isScam) {
    riskLevel = 'high';
    reasons.push('It acts on a mail flagged as a likely scam');
  }
  if (verdict?.promptInjection) {
    riskLevel = 'high';
    reasons.push('It acts on a mail that tries to give the assistant instructions');
  }
  if (riskLevel === 'low' && verdict?.riskLevel === 'medium') {
    riskLevel = 'medium';
    reasons.push('It acts on a mail that looks suspicious');
  }

  if (draft.kind === 'create_email_draft' && item) {
    const inThread = threadAddresses(item, context.userAddresses);
    const recipients = [...draft.payload.to, ...(draft.payload.cc ?? [])].map(bareAddress);
    const outsiders = [...new Set(recipients.filter((address) => !inThread.has(address)))];
    if (outsiders.length > 0) {
      riskLevel = 'high';
      reasons.push(
        outsiders.length === 1
          ? `The draft would go to ${outsiders[0]}, who is not in this thread`
          : `The draft would go to ${outsiders.length} addresses that are not in this thread: ${outsiders.join(', ')}`,
      );
    }
  }
  return { riskLevel, reasons };
}
