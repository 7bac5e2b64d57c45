import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { TriageAgent } from './triage-agent.js';

async function triage(bodyText: string, subject = 'Numbers') {
  const item = makeEmailItem({ bodyText, subject });
  const result = await new TriageAgent().run(makeContext({ items: [item] }));
  return result.output.get(item.id)!;
}

describe('requests in business mail', () => {
  it('takes "please" and a verb at the start of a sentence as a request', async () => {
    expect(
      (await triage('Hi Ada,\n\nPlease allow Sally to read the shared folder.\n\nHector')).needsReply,
    ).toBe(true);
    expect((await triage('Ada, please identify two people for the panel.')).needsReply).toBe(true);
  });

  it('takes "I would like each of you to" as a request', async () => {
    expect(
      (await triage('All,\n\nI would like each of you to send me a plan by Friday.\n\nJohn')).needsReply,
    ).toBe(true);
  });

  it('does not take a covering note for an attachment as a request', async () => {
    expect(
      (await triage('Please find attached the exception report for January.\n\nChristy')).needsReply,
    ).toBe(false);
    expect((await triage('Please see attached.')).needsReply).toBe(false);
  });

  it('does not take a courtesy offer as a request', async () => {
    expect(
      (
        await triage(
          'Attached is the curve validation for November. Please let me know if you have any questions.',
        )
      ).needsReply,
    ).toBe(false);
    expect(
      (await triage('Here is the headcount report. Please call me or Theresa with questions.')).needsReply,
    ).toBe(false);
    expect(
      (await triage('If you need additional information please let me know.\n\nThanks, Lisa')).needsReply,
    ).toBe(false);
  });

  it('still sees a review asked for next to the offer', async () => {
    expect(
      (await triage('Please review the draft and let me know if you have any comments by Friday.'))
        .needsReply,
    ).toBe(true);
  });

  it('does not read a question in a Lotus Notes forward as the sender asking', async () => {
    const body =
      'FYI\n\n---------------------- Forwarded by Ann Lee/HOU/ECT on 12/04/2000 08:45 AM ---------------------------\n\nJim Rountree 12/04/2000 07:50 AM\n\nCan you send me the file by Friday?';
    expect((await triage(body)).needsReply).toBe(false);
  });
});

describe('meeting mail in plain text', () => {
  it('files a conference call announcement with a dial-in as a meeting', async () => {
    const result = await triage(
      'The call-in information for Tuesday is as follows:\nDate: Tuesday\nTime: 1:00 p.m.\nDial In Number: 888-555-0100\nParticipant Code: 124573',
      'Strategy update',
    );
    expect(result.category).toBe('meeting');
    expect(result.needsReply).toBe(false);
  });

  it('files "please respond with your earliest availability" as a meeting that needs a reply', async () => {
    const result = await triage(
      'Sally,\n\nIf you will be doing the feedback session, please respond with your earliest availability.\n\nGrant',
      'PRC feedback',
    );
    expect(result).toMatchObject({ category: 'meeting', needsReply: true });
  });

  it('files "please plan on attending" as a meeting', async () => {
    expect(
      (await triage('Looks like we got their attention. Please plan on attending with me.', 'Bad debt'))
        .category,
    ).toBe('meeting');
  });

  it('does not file meeting notes as a meeting', async () => {
    expect(
      (await triage('fyi, notes from Tuesday below.', 'Computer Associates - Meeting Notes')).category,
    ).toBe('work');
  });
});

describe('casual meeting requests', () => {
  it('files "let me know what time works" as a meeting that needs a reply', async () => {
    const result = await triage(
      'Sounds good for tomorrow. Let me know what time works for you.',
      'Re: drinks',
    );
    expect(result).toMatchObject({ category: 'meeting', needsReply: true });
  });

  it('does not file "let me know the total" as a meeting', async () => {
    expect((await triage('Let me know the total when you have it.', 'Re: budget')).category).not.toBe(
      'meeting',
    );
  });
});

describe('please anywhere in a sentence', () => {
  it('takes "if possible please process the increase" as a request, without the courtesy line', async () => {
    const result = await triage(
      'Hector, this confirms our talk about the raise.\n\nIf possible please process the increase to be effective October 1.\n\nLet me know if you need any additional info, thanks - Bob',
    );
    expect(result.needsReply).toBe(true);
  });

  it('does not take a footer\'s "please unsubscribe" or "please use the link" as a request', async () => {
    expect(
      (
        await triage(
          'If you would prefer not to receive these, please unsubscribe below. To read on, please use the link.',
        )
      ).needsReply,
    ).toBe(false);
  });
});

describe('proposals to talk at a stated time', () => {
  it('files "let\'s discuss more next week" as a meeting that needs a reply', async () => {
    const result = await triage(
      "We need a plan. Let's discuss more next week once the launch settles down.",
      'Plan',
    );
    expect(result).toMatchObject({ category: 'meeting', needsReply: true });
  });

  it('does not file "let\'s discuss" with no time as a meeting', async () => {
    expect((await triage("Good point. Let's discuss the budget in the report.", 'Plan')).category).not.toBe(
      'meeting',
    );
  });
});

describe('requests without a question or "please"', () => {
  it('takes thanks in advance for a favour as a request', async () => {
    expect(
      (await triage('I will greatly appreciate if you can arrange to get these medicines.\n\nJagjit'))
        .needsReply,
    ).toBe(true);
  });

  it('takes a deadline set for the readers as a request', async () => {
    expect(
      (
        await triage(
          'I would like to set a deadline of November 10th to have a plan signed off for each project.\n\nJohn',
        )
      ).needsReply,
    ).toBe(true);
  });

  it('takes a task handed over as a request', async () => {
    expect((await triage('Keith, I will let you take the lead on this.\n\nSally')).needsReply).toBe(true);
    expect((await triage('I want you to handle the filing with legal.')).needsReply).toBe(true);
  });

  it('does not take a third person taking the lead as a request to the reader', async () => {
    expect((await triage('Andy will take the lead on the due diligence.\n\nLouise')).needsReply).toBe(false);
  });
});

describe('conditional offers', () => {
  it('does not take "if you have folks to add, please call me" as a request', async () => {
    expect(
      (
        await triage(
          'The classes are filling up. If you have a couple of folks you want to fit in, please give me a call.\n\nSusan',
        )
      ).needsReply,
    ).toBe(false);
  });

  it('still takes "if you have a chance, please review" as a request', async () => {
    expect((await triage('If you have a chance, please look over the draft before Friday.')).needsReply).toBe(
      true,
    );
  });
});
