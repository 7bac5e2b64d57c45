/**
 * Unlabelled 2002 SpamAssassin ham (mailing lists, newsletters, personal mail):
 * how often the pipeline says needs_reply or sees a meeting. Not a precision
 * figure (nobody labelled these), a guard: list traffic, newsletters and
 * notifications should almost never ask for a reply, so a jump here after a
 * change means the change fires on FYI mail.
 */
import { join } from 'node:path';
import { corpusDir, type Split } from '../scam-quality/load-corpus.js';
import { readMbox } from '../scam-quality/mbox.js';
import { runPipeline } from './pipeline.js';

export interface HamCounts {
  split: Split;
  messages: number;
  needsReply: number;
  meeting: number;
}

export async function scoreHam(split: Split): Promise<HamCounts> {
  const messages = readMbox(join(corpusDir, `legit-${split}.mbox.gz`));
  const counts: HamCounts = { split, messages: messages.length, needsReply: 0, meeting: 0 };
  for (const [index, message] of messages.entries()) {
    const result = await runPipeline(message.raw, index);
    if (result.needsReply) counts.needsReply++;
    if (result.category === 'meeting' || result.eventProposal) counts.meeting++;
  }
  return counts;
}
