import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { shapeSignals } from './shape-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  shapeSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);
const link = [{ text: '', href: 'https://landing.example.net/x' }];

describe('shapeSignals', () => {
  it('notes a shouting subject', () => {
    expect(ids({ subject: '2X GRÖSSERER PENIS. 1 KAPSEL IST GENUG' })).toContain('text.shouting-subject');
    expect(ids({ subject: '🎰 Bonus 🤑 waiting' })).toContain('text.shouting-subject');
    expect(ids({ subject: 'Incredible Pictures!!!' })).toContain('text.shouting-subject');
    expect(ids({ subject: 'Minutes of the AGM (PDF)' })).toEqual([]);
  });

  it('notes a body that is only a picture over a link', () => {
    expect(ids({ bodyText: '  \n ', links: link })).toContain('text.image-only');
    expect(
      ids({
        bodyText:
          'Hi Ada,\nthe slides from this morning are behind the link below; comments welcome. Best, Grace',
        links: link,
      }),
    ).toEqual([]);
    expect(ids({ bodyText: '', links: [] })).toEqual([]);
  });

  it('notes an HTML mail with neither text nor a link, but not an empty plain-text note', () => {
    const html = { 'content-type': 'text/html; charset=utf-8' };
    expect(ids({ bodyText: '', links: [], replaceHeaders: html })).toEqual(['text.no-text']);
    expect(
      ids({ bodyText: '', replaceHeaders: { 'content-type': 'multipart/alternative; boundary=x' } }),
    ).toEqual(['text.no-text']);
    expect(ids({ bodyText: '', replaceHeaders: { 'content-type': 'text/plain' } })).toEqual([]);
    expect(
      ids({
        bodyText: '',
        replaceHeaders: html,
        attachments: [{ filename: 'photo.jpg', contentType: 'image/jpeg', size: 1 }],
      }),
    ).toEqual([]);
  });

  it('lets a signed newsletter be all pictures', () => {
    expect(
      ids({
        bodyText: '',
        replaceHeaders: {
          'content-type': 'text/html',
          'list-unsubscribe': '<https://news.shop.example/u>',
          'authentication-results': 'mx.example.org; dkim=pass header.d=example.com; dmarc=pass',
        },
      }),
    ).toEqual([]);
  });
});
