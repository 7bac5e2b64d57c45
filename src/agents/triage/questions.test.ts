import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { TriageAgent } from './triage-agent.js';

async function needsReply(bodyText: string): Promise<boolean> {
  const item = makeEmailItem({ bodyText, subject: 'Quick one' });
  const result = await new TriageAgent().run(makeContext({ items: [item] }));
  return result.output.get(item.id)!.needsReply;
}

describe('questions and requests in the new text', () => {
  it('finds a request broken across lines', async () => {
    expect(
      await needsReply(
        'Morning!\n\nThe printer wants a call at 11. Can\nwe push our 1:1 to 11:30? Same room.\n\nAlso, I am off tomorrow.\n\nP',
      ),
    ).toBe(true);
  });

  it('finds a question before a closing paragraph', async () => {
    expect(
      await needsReply(
        'Hey Ada,\n\nThe visual tests broke this morning. On tablet, do we want the 4:5 crop or keep 16:9?\n\nI would like to push the fix today, so a one-word answer is fine.\n\nCheers,\nTom',
      ),
    ).toBe(true);
  });

  it('ignores the "?" of a link and plain statements', async () => {
    expect(
      await needsReply(
        'Hi Ada,\n\nThe minutes are at https://docs.example.com/view?id=42 for the record.\n\nNo action needed.\n\nGrace',
      ),
    ).toBe(false);
  });

  it('ignores questions in the quoted thread', async () => {
    expect(
      await needsReply(
        'Thanks, all sorted.\n\nGrace\n\nOn Tue, Ada wrote:\n> Can you send the file?\n> Is Friday fine?',
      ),
    ).toBe(false);
  });
});

describe('answered mail', () => {
  it('needs no reply once the user has written in its thread since', async () => {
    const item = makeEmailItem({
      bodyText: 'Hi Ada,\n\nCan you send the proof by Thursday?\n\nGrace',
      threadId: '<root@example.com>',
      receivedAt: new Date('2026-03-03T09:00:00Z'),
    });
    const context = makeContext({
      items: [item],
      lastUserReplies: new Map([['<root@example.com>', new Date('2026-03-03T11:00:00Z')]]),
    });
    const result = (await new TriageAgent().run(context)).output.get(item.id)!;
    expect(result.needsReply).toBe(false);
    expect(result.reasons).toContain('you already replied in this thread');
  });
});

describe('meeting requests', () => {
  async function categoryOf(subject: string, bodyText: string) {
    const item = makeEmailItem({ subject, bodyText, fromAddress: 'lena@client.example' });
    return (await new TriageAgent().run(makeContext({ items: [item] }))).output.get(item.id)!.category;
  }

  it('asking to meet, call or move a meeting is a meeting request', async () => {
    expect(await categoryOf('Quick one', 'Hi Ada,\n\nAre you free on Thursday afternoon?\n\nLena')).toBe(
      'meeting',
    );
    expect(await categoryOf('1:1', 'Morning!\n\nCan we push our 1:1 today to 11:30? Same room.\n\nP')).toBe(
      'meeting',
    );
    expect(
      await categoryOf('Catalogue', "Hi Ada,\n\nLet's meet next week to go through the proofs.\n\nLena"),
    ).toBe('meeting');
  });

  it('a meeting mentioned in passing is not', async () => {
    expect(
      await categoryOf(
        'Revised quote',
        "Hi Ada,\n\nCould you send the revised quote by Friday? Oskar takes it to Monday's budget meeting.\n\nLena",
      ),
    ).toBe('work');
  });
});
