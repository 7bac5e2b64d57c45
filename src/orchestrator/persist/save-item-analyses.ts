/**
 * Writes agents' per-item results into item_agent_metadata, one statement per
 * agent and batch. The row remembers the content hash it was computed from,
 * so an unchanged item is never analysed (or sent to an LLM) again.
 */
import type pg from 'pg';
import type { AgentItem } from '../../agents/agent-item.js';
import type { SafetyJson, SummaryJson, TriageJson } from '../graph/state.js';

type Brain = 'llm' | 'heuristic' | 'fallback';

async function upsertMetadata(
  pool: pg.Pool,
  columns: Array<{ name: string; type: string }>,
  records: Array<Record<string, unknown>>,
): Promise<void> {
  if (records.length === 0) return;
  const all = [
    { name: 'item_id', type: 'uuid' },
    { name: 'content_hash', type: 'text' },
    { name: 'produced_by', type: 'jsonb' },
    { name: 'annotations', type: 'jsonb' },
    ...columns,
  ];
  const list = all.map((c) => c.name).join(', ');
  const typed = all.map((c) => `${c.name} ${c.type}`).join(', ');
  const updates = columns.map((c) => `${c.name} = EXCLUDED.${c.name}`).join(', ');
  await pool.query(
    `INSERT INTO item_agent_metadata (${list})
     SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${typed})
     ON CONFLICT (item_id) DO UPDATE SET ${updates},
       content_hash = EXCLUDED.content_hash,
       produced_by = item_agent_metadata.produced_by || EXCLUDED.produced_by,
       annotations = item_agent_metadata.annotations || EXCLUDED.annotations,
       updated_at = now()`,
    [JSON.stringify(records)],
  );
}

/** Columns every agent writes; `annotation` keeps agent details that have no column of their own. */
function base(item: AgentItem, agent: string, brain: Brain, annotation: unknown = null) {
  return {
    item_id: item.id,
    content_hash: item.contentHash,
    produced_by: { [agent]: brain },
    annotations: annotation === null ? {} : { [agent]: annotation },
  };
}

export async function saveTriage(
  pool: pg.Pool,
  items: AgentItem[],
  results: Record<string, TriageJson>,
  brain: Brain,
) {
  const records = items.flatMap((item) => {
    const r = results[item.id];
    if (!r) return [];
    return [
      {
        ...base(item, 'triage', brain, { reasons: r.reasons, certain: r.certain }),
        category: r.category,
        importance: r.importance,
        needs_reply: r.needsReply,
        action_type: r.actionType,
        due_at: r.dueAt,
      },
    ];
  });
  await upsertMetadata(
    pool,
    [
      { name: 'category', type: 'text' },
      { name: 'importance', type: 'integer' },
      { name: 'needs_reply', type: 'boolean' },
      { name: 'action_type', type: 'text' },
      { name: 'due_at', type: 'timestamptz' },
    ],
    records,
  );
}

export async function saveSafety(
  pool: pg.Pool,
  items: AgentItem[],
  results: Record<string, SafetyJson>,
  brain: Brain,
) {
  const records = items.flatMap((item) => {
    const r = results[item.id];
    if (!r) return [];
    return [
      {
        ...base(item, 'safety', brain, { promptInjection: r.promptInjection, score: r.score }),
        is_scam: r.isScam,
        risk_level: r.riskLevel,
        risk_reasons: r.reasons,
      },
    ];
  });
  await upsertMetadata(
    pool,
    [
      { name: 'is_scam', type: 'boolean' },
      { name: 'risk_level', type: '"RiskLevel"' },
      { name: 'risk_reasons', type: 'jsonb' },
    ],
    records,
  );
}

export async function saveSummaries(
  pool: pg.Pool,
  items: AgentItem[],
  results: Record<string, SummaryJson>,
  brain: Brain,
) {
  const records = items.flatMap((item) => {
    const r = results[item.id];
    if (!r) return [];
    return [{ ...base(item, 'email', brain), summary: r.tldr, bullets: r.bullets }];
  });
  await upsertMetadata(
    pool,
    [
      { name: 'summary', type: 'text' },
      { name: 'bullets', type: 'jsonb' },
    ],
    records,
  );
}
