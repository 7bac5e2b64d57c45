import { AppError } from '../errors.js';
import { type ProposalKind, type ProposalPayloads, proposalPayloadSchemas } from './payloads.js';

/** Validates a payload for its kind; the error lists each bad field in plain words. */
export function parseProposalPayload<K extends ProposalKind>(kind: K, payload: unknown): ProposalPayloads[K] {
  const schema = proposalPayloadSchemas[kind];
  if (!schema) throw new AppError('PAYLOAD_INVALID', `Unknown proposal kind: ${String(kind)}`);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
    throw new AppError('PAYLOAD_INVALID', `Invalid ${kind} payload: ${fields.join('; ')}`, {
      userMessage: `This proposal cannot be carried out: ${fields.join('; ')}`,
      details: { kind, fields },
    });
  }
  return parsed.data as ProposalPayloads[K];
}
