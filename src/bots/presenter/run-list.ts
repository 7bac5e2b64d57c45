/** Recent orchestrator runs (the seed's Agent Console): what ran, with which brain, what failed. */
import type { Block, OutboundMessage } from '../message/message-model.js';
import { formatDateTime } from './format-time.js';

export interface RunView {
  intent: string;
  status: string;
  mode: string;
  summary: string | null;
  startedAt: Date;
  agents: Array<{ agent: string; status: string; mode: string; tokens: number; error: string | null }>;
}

export function presentRunList(runs: RunView[], tz: string): OutboundMessage {
  const blocks: Block[] = [{ type: 'heading', text: 'Recent agent runs' }];
  if (runs.length === 0) blocks.push({ type: 'paragraph', content: ['No runs yet.'] });
  for (const run of runs) {
    blocks.push(
      { type: 'divider' },
      {
        type: 'paragraph',
        content: [
          { text: `${run.intent.replace('_', ' ')}: ${run.status}`, bold: true },
          ` (${run.mode}, ${formatDateTime(run.startedAt, tz)})`,
        ],
      },
    );
    if (run.summary) blocks.push({ type: 'context', text: run.summary });
    const agents = run.agents.map((a) => {
      const tokens = a.tokens ? `, ${a.tokens} tokens` : '';
      const error = a.error ? `: ${a.error}` : '';
      return [`${a.agent} ${a.status} (${a.mode}${tokens})${error}`];
    });
    if (agents.length) blocks.push({ type: 'bullets', items: agents });
  }
  return { kind: 'run_list', fallbackText: `${runs.length} recent runs`, blocks };
}
