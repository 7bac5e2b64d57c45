/** Loads a hand-written mail from test/fixtures/safety/ the way the app sees it (MIME normalised). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths.js';
import { normaliseMime } from '../../sync/mail/normalise-mime.js';
import { type AgentItem, agentItemFromNormalised } from '../agent-item.js';

export async function safetyFixture(name: string): Promise<AgentItem> {
  const raw = readFileSync(join(projectRoot, 'test', 'fixtures', 'safety', name));
  const normalised = await normaliseMime(raw, { maxBodyChars: 100_000 });
  return agentItemFromNormalised(normalised, { id: name, accountId: 'acc', contentHash: name });
}
