import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { broadcastReason } from './broadcast-text.js';
import { TriageAgent } from './triage-agent.js';

async function triage(bodyText: string, subject = 'Update', fromAddress = 'dean@classes.example.com') {
  const item = makeEmailItem({ bodyText, subject, fromAddress });
  const result = await new TriageAgent().run(makeContext({ items: [item] }));
  return result.output.get(item.id)!;
}

describe('broadcastReason', () => {
  it('sees an unsubscribe footer, a crowd salutation and sales wording', () => {
    expect(broadcastReason('Big news.\n\nIf you do not wish to receive our e-mail, reply REMOVE.')).toBe(
      'newsletter footer',
    );
    expect(broadcastReason('Dear Bank One Customer,\n\nPlease take our survey?')).toBe(
      'addressed to a crowd',
    );
    expect(broadcastReason('Dear Students,\n\nThe library is open late.')).toBe('addressed to a crowd');
    expect(broadcastReason('Are you new here? Register now for the class on June 15th.')).toBe(
      'sales wording',
    );
  });

  it('leaves people writing to people alone', () => {
    expect(broadcastReason('Hi team members,\n\nplease send your hours by Friday.')).toBeUndefined();
    expect(broadcastReason('Dear Ada,\n\nCan you unsubscribe me from the ops list?')).toBeUndefined();
    expect(broadcastReason('The opt-out clause in the contract worries me.')).toBeUndefined();
  });

  it("reads only the sender's own part of a forward", () => {
    const body =
      'Can you look at this offer?\n\n---------- Forwarded message ----------\nRegister now! To unsubscribe click here.';
    expect(broadcastReason(body)).toBeUndefined();
  });
});

describe('mass mail without list headers', () => {
  it("does not take a promotion's questions or a customer survey as requests", async () => {
    const promo = await triage(
      'Are you new to the company? Do you want to know more?\n\nRegister now for the class on June 15th.',
      'Orientation',
    );
    expect(promo.needsReply).toBe(false);
    expect(promo.category).toBe('newsletter');
    const survey = await triage('Dear Bank One Customer,\n\nWould you take a 15-minute survey?', 'Survey');
    expect(survey.needsReply).toBe(false);
  });

  it('keeps the request of a person forwarding a newsletter', async () => {
    const result = await triage(
      'Could you check whether we should attend?\n\n---------- Forwarded message ----------\nRegister now! To unsubscribe click here.',
      'Fwd: Energy derivatives class',
      'grace@example.com',
    );
    expect(result.needsReply).toBe(true);
  });

  it('treats an announcements address as a sender nobody reads', async () => {
    const result = await triage(
      'Please review the attached travel policy.',
      'T&E Policy',
      'corp.announcements@example.com',
    );
    expect(result.needsReply).toBe(false);
  });
});
