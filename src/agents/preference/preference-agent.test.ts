import { describe, expect, it } from 'vitest';
import { type ContextOverrides, makeContext } from '../../../test/helpers/agent-items.js';
import type { PreferenceSignalView } from '../agent.js';
import { PreferenceAgent } from './preference-agent.js';

const now = new Date('2026-06-10T08:00:00Z');
let minutesAgo = 0;

/** Signals are listed newest first, like the orchestrator loads them. */
function signal(
  kind: string,
  context: Record<string, unknown>,
  extra: Partial<PreferenceSignalView> = {},
): PreferenceSignalView {
  minutesAgo += 1;
  return {
    signal: kind,
    context,
    reason: null,
    diff: null,
    createdAt: new Date(now.getTime() - minutesAgo * 60_000),
    ...extra,
  };
}

function editedDraft(
  after: string,
  before = 'Hello,\n\nThanks for your mail.\n\nBest,\nAda',
): PreferenceSignalView {
  return signal(
    'edited',
    { kind: 'create_email_draft', sender: 'grace@example.com' },
    { diff: { before: { body: before }, after: { body: after } } },
  );
}

function meeting(decision: string, durationMinutes: number, startHour: number): PreferenceSignalView {
  return signal(decision, { kind: 'create_calendar_event', durationMinutes, startHour });
}

async function learn(signals: PreferenceSignalView[], overrides: ContextOverrides = {}) {
  const result = await new PreferenceAgent().run(makeContext({ now, signals, ...overrides }));
  expect(result.proposals).toEqual([]);
  expect(result.mode).toBe('heuristic');
  return result;
}

describe('PreferenceAgent: drafts', () => {
  it('learns the sign-off the user writes in at least two recent edits', async () => {
    const result = await learn([
      editedDraft('Hi Tom,\n\nSounds good.\n\nCheers,\nSam'),
      editedDraft(
        'Yes, Friday works.\n\nCheers,\nSam\n\nOn Tue, 9 Jun 2026, Tom <tom@example.com> wrote:\n> Best,\n> Tom',
      ),
      editedDraft('Thanks, will do.\n\nBest,\nSam'),
    ]);
    expect(result.output.signOff).toBe('Cheers,\nSam');
    expect(result.notes).toContain('learned signOff (2 of 3 recent edits)');
  });

  it('does not learn a sign-off seen only once, or one already set', async () => {
    const once = await learn([
      editedDraft('Ok.\n\nCheers,\nSam'),
      editedDraft('Sure.\n\nKind regards,\nSam'),
    ]);
    expect(once.output.signOff).toBeUndefined();
    const same = await learn([editedDraft('Ok.\n\nCheers,\nSam'), editedDraft('Sure.\n\nCheers,\nSam')], {
      preferences: { signOff: 'Cheers,\nSam' },
    });
    expect(same.output).not.toHaveProperty('signOff');
  });

  it('only looks at the latest five edits for the sign-off', async () => {
    const recent = Array.from({ length: 5 }, (_, i) => editedDraft(`Reply ${i}.\n\nThanks,\nSam`));
    const older = Array.from({ length: 5 }, (_, i) => editedDraft(`Old ${i}.\n\nCheers,\nSam`));
    const result = await learn([...recent, ...older]);
    expect(result.output.signOff).toBe('Thanks,\nSam');
  });

  it('learns a formal or friendly tone from the words in edits', async () => {
    const formal = await learn([
      editedDraft('Dear Mr Jones,\n\nPlease find the report attached.\n\nKind regards,\nSamuel'),
      editedDraft('Dear Ms Smith,\n\nI would be grateful for an update.\n\nYours sincerely,\nSamuel'),
      editedDraft('Noted.'),
    ]);
    expect(formal.output.tone).toBe('formal');

    const friendly = await learn([
      editedDraft('Hi Tom!\n\nGreat, see you then :)\n\nCheers,\nSam'),
      editedDraft('Hey, thanks so much!\n\nSam'),
    ]);
    expect(friendly.output.tone).toBe('friendly');
  });

  it('keeps the tone when the edits disagree', async () => {
    const result = await learn([
      editedDraft('Dear Sir,\n\nKind regards,\nSam'),
      editedDraft('Hi!\n\nCheers,\nSam'),
      editedDraft('Dear Madam,\n\nKind regards,\nSam'),
      editedDraft('Hey!\n\nCheers,\nSam'),
    ]);
    expect(result.output.tone).toBeUndefined();
  });
});

describe('PreferenceAgent: meetings', () => {
  it('learns the median approved meeting length, rounded to 15 minutes', async () => {
    const result = await learn([
      meeting('approved', 45, 10),
      meeting('approved', 50, 11),
      meeting('approved', 25, 14),
      meeting('rejected', 120, 8),
    ]);
    expect(result.output.meetingMinutes).toBe(45);
  });

  it('needs at least three approved meetings', async () => {
    const result = await learn([
      meeting('approved', 60, 10),
      meeting('approved', 60, 11),
      meeting('edited', 60, 12),
    ]);
    expect(result.output.meetingMinutes).toBeUndefined();
    expect(result.output.meetingHours).toBeUndefined();
  });

  it('learns the hours covering most approved meeting starts', async () => {
    const starts = [10, 10, 11, 13, 14, 15, 7, 12, 11, 14];
    const result = await learn(starts.map((h) => meeting('approved', 30, h)));
    // 8 of 10 starts fall in 10..14; the 07:00 and 15:00 outliers are left out.
    expect(result.output.meetingHours).toEqual([10, 15]);
    expect(result.output).not.toHaveProperty('meetingMinutes'); // 30 is already the default
  });
});

describe('PreferenceAgent: mutes and trust', () => {
  const from = (sender: string, extra: Record<string, unknown> = {}) => ({
    kind: 'create_email_draft',
    sender,
    category: 'work',
    ...extra,
  });

  it('mutes a sender after three rejections with no approval', async () => {
    const result = await learn([
      signal('rejected', from('Promo@Shop.example')),
      signal('rejected', from('promo@shop.example')),
      signal('rejected', from('promo@shop.example')),
      signal('approved', from('grace@example.com')),
    ]);
    expect(result.output.mutedSenders).toEqual(['promo@shop.example']);
  });

  it('does not mute after two rejections', async () => {
    const result = await learn([
      signal('rejected', from('a@shop.example')),
      signal('rejected', from('a@shop.example')),
    ]);
    expect(result.output.mutedSenders).toBeUndefined();
  });

  it('does not mute when an approval or edit is mixed in', async () => {
    const approved = await learn([
      signal('rejected', from('tom@corp.example')),
      signal('rejected', from('tom@corp.example')),
      signal('approved', from('tom@corp.example')),
      signal('rejected', from('tom@corp.example')),
    ]);
    expect(approved.output.mutedSenders).toBeUndefined();
    const edited = await learn([
      signal('rejected', from('tom@corp.example')),
      signal('edited', from('tom@corp.example')),
      signal('rejected', from('tom@corp.example')),
      signal('rejected', from('tom@corp.example')),
    ]);
    expect(edited.output.mutedSenders).toBeUndefined();
  });

  it('ignores rejections older than the window', async () => {
    const old = new Date(now.getTime() - 120 * 86_400_000);
    const result = await learn(
      [1, 2, 3].map(() => signal('rejected', from('x@old.example'), { createdAt: old })),
    );
    expect(result.output.mutedSenders).toBeUndefined();
  });

  it('mutes a whole domain when several of its senders are always rejected, but never a shared one', async () => {
    const result = await learn([
      signal('rejected', from('deals@news.shop.example', { senderDomain: 'shop.example' })),
      signal('rejected', from('offers@shop.example', { senderDomain: 'shop.example' })),
      signal('rejected', from('deals@news.shop.example', { senderDomain: 'shop.example' })),
      signal('rejected', from('anna@gmail.com', { category: 'social' })),
      signal('rejected', from('bob@gmail.com', { category: 'personal' })),
      signal('rejected', from('carl@gmail.com', { category: 'social' })),
    ]);
    expect(result.output.mutedSenders).toEqual(['@shop.example']);
  });

  it('mutes categories always rejected and adds to the existing list', async () => {
    const news = (sender: string) => from(sender, { category: 'newsletter' });
    const result = await learn(
      [
        signal('rejected', news('a@x.example')),
        signal('rejected', news('b@y.example')),
        signal('rejected', news('c@z.example')),
      ],
      { preferences: { mutedCategories: ['social'] } },
    );
    expect(result.output.mutedCategories).toEqual(['social', 'newsletter']);
    expect(result.output.mutedSenders).toBeUndefined();
  });

  it('mutes a proposal kind only after five rejections and no approval', async () => {
    const reminder = (i: number) => signal('rejected', { kind: 'create_reminder_event', category: `c${i}` });
    const four = await learn([1, 2, 3, 4].map(reminder));
    expect(four.output.mutedKinds).toBeUndefined();
    const five = await learn([1, 2, 3, 4, 5].map(reminder));
    expect(five.output.mutedKinds).toEqual(['create_reminder_event']);
  });

  it('trusts senders marked safe unless the latest word was scam', async () => {
    const result = await learn(
      [
        signal('confirmed_scam', { sender: 'fake@bank.example' }),
        signal('marked_safe', { sender: 'Billing@Utility.example' }),
        signal('marked_safe', { sender: 'fake@bank.example' }),
      ],
      { preferences: { trustedSenders: ['Fake@bank.example', 'grace@example.com'] } },
    );
    expect(result.output.trustedSenders).toEqual(['grace@example.com', 'billing@utility.example']);
  });

  it('does not count confirmed scams against a category', async () => {
    const scam = () =>
      signal('confirmed_scam', { sender: `s${minutesAgo}@phish.example`, category: 'bill_finance' });
    const result = await learn([scam(), scam(), scam()]);
    expect(result.output.mutedCategories).toBeUndefined();
  });
});

describe('PreferenceAgent: keys the user set', () => {
  it('never returns keys the user set by hand', async () => {
    const signals = [
      editedDraft('Ok!\n\nCheers,\nSam'),
      editedDraft('Hi, sure!\n\nCheers,\nSam'),
      ...[1, 2, 3].map(() => signal('rejected', { kind: 'create_email_draft', sender: 'a@b.example' })),
      ...[1, 2, 3].map(() => meeting('approved', 60, 10)),
    ];
    const free = await learn(signals);
    expect(Object.keys(free.output).sort()).toEqual([
      'meetingHours',
      'meetingMinutes',
      'mutedSenders',
      'signOff',
      'tone',
    ]);

    const userSetPreferenceKeys = ['signOff', 'tone', 'mutedSenders', 'meetingMinutes'];
    const pinned = await learn(signals, { userSetPreferenceKeys });
    expect(Object.keys(pinned.output)).toEqual(['meetingHours']);
    expect(pinned.notes).toContain('tone set by the user: learned value not applied');
  });

  it('returns nothing for no signals and survives malformed ones', async () => {
    expect((await learn([])).output).toEqual({});
    const odd = await learn([
      signal('edited', { kind: 42 }, { diff: 'not an object' }),
      signal('approved', { kind: 'create_calendar_event', durationMinutes: 'long', startHour: 99 }),
      signal('something_new', { sender: 'x@y.example' }),
    ]);
    expect(odd.output).toEqual({});
  });
});
