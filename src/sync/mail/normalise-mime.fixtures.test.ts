/**
 * Real-world broken and unusual MIME (Dovecot's and stalwart's test mails, RFC
 * examples, postal-mime's invite/bounce/torture test) through normaliseMime,
 * compared with stalwart mail-parser's expected parse where fields map cleanly:
 * subject, sender address and name, attachment file names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../paths.js';
import { normaliseMime } from './normalise-mime.js';

const root = join(projectRoot, '../shared/fixtures/mime');
const present = existsSync(root);
const opts = { maxBodyChars: 50_000 };

/** Where mailparser legitimately reads a message differently from stalwart's expected parse. */
const attachmentDifferences: Record<string, { reason: string; expectedMinus?: string[]; extra?: string[] }> =
  {
    'thirdparty/011.eml': {
      reason: 'embedded multipart/related image: not listed by design',
      expectedMinus: ['01H5HSCoUeEcg6CH.png'],
    },
    'thirdparty/016.eml': {
      reason: 'embedded multipart/related image: not listed by design',
      expectedMinus: ['kigaaldcbanejcbi.png'],
    },
    'thirdparty/017.eml': {
      reason: 'embedded multipart/related image: not listed by design',
      expectedMinus: ['kigaaldcbanejcbi.png'],
    },
    'thirdparty/018.eml': {
      reason: 'embedded multipart/related image: not listed by design',
      expectedMinus: ['kigaaldcbanejcbi.png'],
    },
    'thirdparty/019.eml': {
      reason: 'embedded multipart/related image: not listed by design',
      expectedMinus: ['kigaaldcbanejcbi.png'],
    },
    'thirdparty/015.eml': {
      reason: 'three attached messages; stalwart stops after the first (its nested multipart has no body)',
      extra: ['office-reply.txt', 'shop-mail.txt'],
    },
    'rfc/002.eml': {
      reason:
        'mailparser also lists attachments inside a forwarded message/rfc822; stalwart only top-level parts',
      extra: ['map_of_Argentina.gif'],
    },
  };

interface StalwartHeader {
  name: string | { other: string };
  value: unknown;
}
interface StalwartPart {
  headers: StalwartHeader[];
}
interface StalwartParse {
  attachments: number[];
  parts: StalwartPart[];
}

function header(part: StalwartPart | undefined, name: string): Record<string, unknown> | undefined {
  const value = part?.headers.find((h) => h.name === name)?.value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function attributeNames(part: StalwartPart | undefined): string | undefined {
  const attrs = ['content_disposition', 'content_type'].flatMap((name) => {
    const type = header(part, name)?.ContentType as
      | { attributes?: Array<{ name: string; value: string }> }
      | undefined;
    return type?.attributes ?? [];
  });
  return attrs.find((a) => a.name === 'filename' || a.name === 'name')?.value;
}

function expectedOf(parse: StalwartParse) {
  const top = parse.parts[0];
  const from = (
    header(top, 'from')?.Address as { List?: Array<{ name?: string; address?: string }> } | undefined
  )?.List?.[0];
  return {
    subject: header(top, 'subject')?.Text as string | undefined,
    from,
    attachments: parse.attachments.map((i) => attributeNames(parse.parts[i])).filter((n): n is string => !!n),
  };
}

const emls = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : [];

describe.skipIf(!present)('shared MIME fixtures', () => {
  for (const dir of ['malformed', 'thirdparty', 'rfc']) {
    it(`${dir}: every message normalises and matches the expected subject, sender and attachments`, async () => {
      const files = emls(dir);
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const key = `${dir}/${file}`;
        const item = await normaliseMime(readFileSync(join(root, dir, file)), opts);
        const json = join(root, dir, file.replace(/\.eml$/, '.json'));
        if (!existsSync(json)) continue;
        const expected = expectedOf(JSON.parse(readFileSync(json, 'utf8')) as StalwartParse);
        if (expected.subject !== undefined)
          expect({ key, subject: item.subject }).toEqual({ key, subject: expected.subject });
        if (expected.from) {
          expect({ key, from: item.fromAddress, name: item.fromName }).toEqual({
            key,
            from: expected.from.address?.toLowerCase() ?? undefined,
            name: expected.from.name ?? undefined,
          });
        }
        const difference = attachmentDifferences[key];
        const wanted = expected.attachments
          .filter((n) => !difference?.expectedMinus?.includes(n))
          .concat(difference?.extra ?? []);
        const got = item.attachments.map((a) => a.filename).filter(Boolean);
        expect({ key, attachments: got.sort() }).toEqual({ key, attachments: wanted.sort() });
      }
    });
  }

  it('postal-mime: a Google invite, a bounce, an abuse report and the MIME torture test', async () => {
    const read = (file: string) => normaliseMime(readFileSync(join(root, 'postal-mime', file)), opts);
    const invite = await read('calendar-event.eml');
    expect(invite.subject).toMatch(/^Invitation: Test event ⏰/);
    expect(invite.calendarPart).toMatch(/^BEGIN:VCALENDAR/);
    expect(invite.calendarPart).toMatch(/METHOD:REQUEST/);
    expect(invite.attachments.map((a) => a.filename)).toEqual(['invite.ics']);
    const bounce = await read('bounce.eml');
    expect(bounce.fromAddress).toBe('mailer-daemon@messagingengine.com');
    expect(bounce.bodyText).toMatch(/could not be delivered|undeliverable|automated message/i);
    const torture = await read('mimetorture.eml');
    expect(torture.attachments.map((a) => a.filename)).toEqual(
      expect.arrayContaining(['foo.gz', 'blah.gz', 'htmlfile.html', 'dot.gif', 'signature.asc']),
    );
    await expect(read('arf.eml')).resolves.toMatchObject({ subject: 'FW: Earn money' });
    await expect(read('mixed.eml')).resolves.toMatchObject({ kind: 'email' });
  });
});

if (!present) it.skip(`shared MIME fixtures: ${root} not found`, () => {});
