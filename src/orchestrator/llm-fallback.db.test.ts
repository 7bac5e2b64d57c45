import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../test/fakes/fake-openai-server.js';
import { fakeTriageResponder } from '../../test/fakes/fake-triage-responder.js';
import { createHarnessOrchestrator, seedSampleUser } from '../../test/helpers/orchestrator-harness.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import { createLlmClient } from '../llm/create-llm-client.js';
import { silentLogger } from '../logging/logger.js';

let db: TestDatabase;
let server: FakeOpenAiServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

function llmFor(server: FakeOpenAiServer) {
  return createLlmClient({
    config: {
      llm: {
        baseUrl: server.baseUrl,
        apiKey: 'test-key',
        model: 'test-model',
        timeoutMs: 5000,
        maxRetries: 1,
      },
    },
    logger: silentLogger,
    overrides: { sleep: async () => {}, breaker: { failureThreshold: 2, coolDownMs: 3_600_000 } },
  });
}

describe('orchestrator with an LLM', () => {
  it('sends the uncertain mail once, records tokens, and never re-sends unchanged mail', async () => {
    const triage = fakeTriageResponder();
    // Only the triage prompt gets a real answer here; other agents' prompts get a 400 and fall back per item.
    server.setResponder((request) =>
      request.responseFormat?.json_schema?.name === 'triage_batch' ||
      request.messages.some((m) => m.content.includes('[m1]'))
        ? triage(request)
        : { status: 400, message: 'not in this test' },
    );
    const user = await seedSampleUser(db);
    const { orchestrator } = await createHarnessOrchestrator(db, { llm: llmFor(server) });
    const first = await orchestrator.run(user.id, 'refresh_inbox');
    const triageLog = await db.prisma.agentRunLog.findFirstOrThrow({
      where: { runId: first.runId, agent: 'triage' },
    });
    expect(triageLog.mode).toBe('llm');
    expect(triageLog.llmCalls).toBeGreaterThan(0);
    expect(triageLog.promptTokens).toBeGreaterThan(0);
    const produced = await db.prisma.itemAgentMetadata.findMany({ where: { item: { userId: user.id } } });
    expect(produced.some((m) => (m.producedBy as Record<string, string>).triage === 'llm')).toBe(true);
    const sent = server.requests.length;
    await orchestrator.run(user.id, 'refresh_inbox');
    expect(server.requests.length).toBe(sent);
    server.setResponder(undefined);
  });
});

describe('orchestrator when the LLM is down', () => {
  it('falls back to heuristics, says "AI unavailable" once, and still triages everything', async () => {
    server.setResponder(() => ({ status: 503, message: 'overloaded' }));
    const llm = llmFor(server);
    const user = await seedSampleUser(db);
    const { orchestrator, events } = await createHarnessOrchestrator(db, { llm });
    const first = await orchestrator.run(user.id, 'refresh_inbox');
    expect(first.status).toBe('succeeded');
    const run = await db.prisma.orchestratorRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run.mode).toBe('llm');
    const logs = await db.prisma.agentRunLog.findMany({ where: { runId: first.runId } });
    expect(logs.some((l) => l.mode === 'fallback')).toBe(true);
    expect(
      await db.prisma.itemAgentMetadata.count({
        where: { item: { userId: user.id }, category: { not: null } },
      }),
    ).toBe(await db.prisma.item.count({ where: { userId: user.id, kind: 'email' } }));
    // The breaker opened during the first run; the second starts in heuristic mode and sends nothing.
    const requestsAfterFirst = server.requests.length;
    const second = await orchestrator.run(user.id, 'plan_day');
    expect((await db.prisma.orchestratorRun.findUniqueOrThrow({ where: { id: second.runId } })).mode).toBe(
      'heuristic',
    );
    expect(server.requests.length).toBe(requestsAfterFirst);
    const notices = events.filter((e) => e.type === 'notice');
    expect(notices).toEqual([
      { type: 'notice', userId: user.id, message: 'AI unavailable, using basic rules.' },
    ]);
  });
});
