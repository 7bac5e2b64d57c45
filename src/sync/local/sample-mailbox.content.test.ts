import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Attachment, type ParsedMail, simpleParser } from 'mailparser';
import { sync as ical, type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { type MboxEntry, mboxSeparator, readSampleMbox } from '../../../test/helpers/sample-mbox.js';
import { samplesDir } from '../../paths.js';
import { SAMPLE_TODAY, sampleCalendarPath, sampleDayStart, sampleMailboxPath } from './sample-mailbox.js';

const SAM = 'sam.rivera@fernhill-studio.com';

function header(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name);
  return line ? line.line.slice(line.line.indexOf(':') + 1).trim() : '';
}

function addresses(field: ParsedMail['to']): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

function calendarPart(mail: ParsedMail): Attachment | undefined {
  return mail.attachments.find((a) => a.contentType === 'text/calendar');
}

function bySubject(mails: ParsedMail[], fragment: string): ParsedMail {
  const found = mails.find((m) => m.subject?.includes(fragment));
  if (!found) throw new Error(`no sample message with "${fragment}"`);
  return found;
}

let entries: MboxEntry[];
let mails: ParsedMail[];

beforeAll(async () => {
  entries = readSampleMbox();
  mails = await Promise.all(entries.map((e) => simpleParser(Buffer.from(e.raw, 'utf8'))));
});

describe('sample mailbox', () => {
  it('holds about thirty well-formed messages in under 300 KB, one README line each', () => {
    expect(statSync(sampleMailboxPath).size).toBeLessThan(300_000);
    expect(mails.length).toBeGreaterThanOrEqual(28);
    expect(mails.length).toBeLessThanOrEqual(35);
    const readme = readFileSync(join(samplesDir, 'README.md'), 'utf8');
    expect(readme.match(/^\| \d+ +\|/gm)?.length).toBe(mails.length);
    for (const mail of mails) {
      expect(mail.messageId, mail.subject).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
      expect(mail.date, mail.subject).toBeInstanceOf(Date);
      expect(mail.from?.value[0]?.address, mail.subject).toMatch(/@/);
      expect(mail.subject?.length, mail.messageId).toBeGreaterThan(3);
      expect(header(mail, 'mime-version')).toBe('1.0');
      expect(header(mail, 'date'), mail.subject).toMatch(
        /^\w{3}, \d{2} \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/,
      );
    }
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
  });

  it('escapes every body line that starts with "From "', () => {
    const lines = readFileSync(sampleMailboxPath, 'utf8').split('\n');
    const fromLines = lines.filter((line) => line.startsWith('From '));
    expect(fromLines.length).toBe(entries.length);
    for (const line of fromLines) expect(line).toMatch(mboxSeparator);
    expect(lines.filter((line) => line.startsWith('>From ')).length).toBeGreaterThanOrEqual(2);
  });

  it('dates the mail over the week before SAMPLE_TODAY, newest that morning, separators matching', () => {
    const weekBefore = sampleDayStart('2026-01-07').getTime();
    const todayStart = sampleDayStart(SAMPLE_TODAY).getTime();
    const times = mails.map((m) => m.date?.getTime() ?? 0);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(weekBefore);
    expect(Math.max(...times)).toBeGreaterThan(todayStart);
    expect(Math.max(...times)).toBeLessThan(todayStart + 9 * 3_600_000);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    entries.forEach((entry, i) => {
      const asctime = new Date(`${entry.envelopeDate.replace(/^\w{3} /, '')} UTC`).getTime();
      expect(asctime, entry.envelopeDate).toBe(times[i]);
    });
  });

  it('is mostly addressed to Sam, and has one message written by Sam', () => {
    const toSam = mails.filter((m) => addresses(m.to).includes(SAM));
    expect(toSam.length).toBeGreaterThanOrEqual(mails.length - 3);
    const fromSam = mails.filter((m) => m.from?.value[0]?.address === SAM);
    expect(fromSam.length).toBe(1);
    expect(addresses(fromSam[0]?.to)).toEqual(['marcus@haldencoffee.co.uk']);
    const ccOnly = bySubject(mails, 'Winter window posters');
    expect(addresses(ccOnly.to)).not.toContain(SAM);
    expect(addresses(ccOnly.cc)).toContain(SAM);
  });

  it('threads point at messages that exist, and one thread of three includes Sam', () => {
    const ids = new Set(mails.map((m) => m.messageId));
    const replies = mails.filter((m) => m.inReplyTo);
    for (const reply of replies) {
      expect(ids.has(reply.inReplyTo), reply.subject).toBe(true);
      const refs = typeof reply.references === 'string' ? [reply.references] : (reply.references ?? []);
      expect(refs.length, reply.subject).toBeGreaterThan(0);
      for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
    }
    const thread = mails.filter((m) =>
      m.subject?.toLowerCase().endsWith('label sizes for the new 250g bags'),
    );
    expect(thread.length).toBe(3);
    const last = thread[2];
    expect(last?.references).toEqual([thread[0]?.messageId, thread[1]?.messageId]);
    expect(thread[1]?.from?.value[0]?.address).toBe(SAM);
  });

  it('decodes the ISO-8859-1 quoted-printable message from the French printer', () => {
    const fr = bySubject(mails, 'preuves du catalogue');
    expect(header(fr, 'content-type')).toMatch(/iso-8859-1/i);
    expect(fr.subject).toBe('Épreuves du catalogue Northwind : calage dans une semaine');
    expect(fr.text).toContain('Les épreuves couleur');
    expect(fr.text).toContain('confirmer votre présence');
    expect(fr.text).toContain('170 g/m²');
    expect(fr.text).not.toMatch(/=E9|\uFFFD/);
  });

  it('carries a real invitation and a cancellation for an event in calendar.ics', () => {
    const invite = bySubject(mails, 'Invitation: Wayfinding workshop');
    const part = calendarPart(invite);
    expect(part?.headers.get('content-type')).toMatchObject({ params: { method: 'REQUEST' } });
    const parsed = ical.parseICS(part?.content.toString('utf8') ?? '');
    expect(parsed.vcalendar?.method).toBe('REQUEST');
    const event = Object.values(parsed).find((c): c is VEvent => c?.type === 'VEVENT');
    expect(event?.uid).toMatch(/@kestrel-architects\.co\.uk$/);
    expect(event?.start.tz).toBe('Europe/London');
    expect(event?.start.toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(event?.organizer).toBeDefined();
    expect(JSON.stringify(event?.attendee)).toContain(`mailto:${SAM}`);

    const cancel = bySubject(mails, 'Cancelled: Portfolio review');
    const cancelIcs = ical.parseICS(calendarPart(cancel)?.content.toString('utf8') ?? '');
    expect(cancelIcs.vcalendar?.method).toBe('CANCEL');
    const cancelled = Object.values(cancelIcs).find((c): c is VEvent => c?.type === 'VEVENT');
    expect(cancelled?.status).toBe('CANCELLED');
    const calendar = ical.parseFile(sampleCalendarPath);
    const original = calendar[cancelled?.uid ?? ''] as VEvent | undefined;
    expect(original?.summary).toBe('Portfolio review with Orbit Labs');
    expect(original?.start.getTime()).toBe(cancelled?.start.getTime());
  });

  it('has three newsletters and at least two no-reply notifications', () => {
    const newsletters = mails.filter((m) => header(m, 'precedence') === 'bulk');
    expect(newsletters.length).toBe(3);
    for (const n of newsletters) {
      expect(header(n, 'list-unsubscribe'), n.subject).toMatch(/<https:\/\//);
      expect(header(n, 'list-id'), n.subject).not.toBe('');
      expect(n.text?.length, n.subject).toBeGreaterThan(200);
      expect(n.html || '', n.subject).toMatch(/<a href="https:\/\//);
    }
    const noReply = mails.filter((m) => /^no-reply@/.test(m.from?.value[0]?.address ?? ''));
    expect(noReply.length).toBeGreaterThanOrEqual(2);
    // This newsletter line starts with "From ": escaped in the file, restored on reading.
    expect(bySubject(mails, 'Kerning Weekly').text).toMatch(/^From the archive:/m);
  });

  it('has a phishing mail with failed authentication, a foreign Reply-To and a disguised link', () => {
    const phish = bySubject(mails, 'expires today');
    expect(header(phish, 'authentication-results')).toMatch(/spf=fail[\s\S]*dkim=fail[\s\S]*dmarc=fail/);
    const fromDomain = phish.from?.value[0]?.address?.split('@')[1];
    const replyDomain = addresses(phish.replyTo)[0]?.split('@')[1];
    expect(replyDomain).toBeDefined();
    expect(replyDomain).not.toBe(fromDomain);
    const link = /<a href="([^"]+)">(https?:\/\/[^<]+)<\/a>/.exec(
      typeof phish.html === 'string' ? phish.html : '',
    );
    expect(link).not.toBeNull();
    const [, href = '', shown = ''] = link ?? [];
    expect(new URL(shown).hostname).toBe('account.microsoft.com');
    expect(new URL(href).hostname).toMatch(/^xn--/);
  });

  it('has the bill, receipt, booking, PDF attachment, scams and prompt injection', () => {
    expect(bySubject(mails, 'Brightwire invoice').text).toMatch(/^Due:\s+in 6 days$/m);
    expect(bySubject(mails, 'receipt').text).toContain('£42.18');
    expect(bySubject(mails, 'Booking confirmed').text).toContain('RLR-7KQ2XM');

    const pdf = bySubject(mails, 'VAT return').attachments.find((a) => a.contentType === 'application/pdf');
    const bytes = pdf?.content.toString('latin1') ?? '';
    expect(bytes.startsWith('%PDF-1.4')).toBe(true);
    expect(bytes.trimEnd().endsWith('%%EOF')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)/.exec(bytes)?.[1]);
    expect(bytes.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const objectOffsets = [...bytes.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(objectOffsets.length).toBeGreaterThan(3);
    for (const [i, offset] of objectOffsets.entries()) {
      const n = i + 1;
      expect(bytes.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }

    const giftCards = bySubject(mails, 'Quick favour');
    expect(giftCards.from?.value[0]?.name).toBe('Helen Marsh');
    expect(giftCards.from?.value[0]?.address).not.toMatch(/@fernhill-studio\.com$/);
    const remittance = bySubject(mails, 'Remittance advice');
    expect(remittance.attachments.map((a) => a.filename)).toEqual(['Remittance_Advice_INV-88231.html']);

    const injection = bySubject(mails, 'Partnership idea');
    expect(injection.text).toMatch(/ignore all previous instructions/i);
    expect(injection.html || '').toMatch(/display:none[^>]*>[^<]*Ignore all previous instructions/);
  });

  it('asks for a meeting in words relative to the message date', () => {
    const request = bySubject(mails, 'Low Tide');
    expect(request.text).toContain('tomorrow at 15:00 for 45 minutes');
    expect(request.date?.toISOString().slice(0, 10)).toBe(SAMPLE_TODAY);
  });
});
