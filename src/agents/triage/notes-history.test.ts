import { describe, expect, it } from 'vitest';
import { cutNotesHistory } from './notes-history.js';

describe('cutNotesHistory', () => {
  it('cuts at a Lotus Notes "Forwarded by" rule, even when it wraps', () => {
    const body =
      'FYI, see below.\n\n---------------------- Forwarded by Ann Lee/HOU/ECT on 12/04/2000 08:45 \nAM ---------------------------\n\nCan you send me the file?';
    expect(cutNotesHistory(body)).toBe('FYI, see below.\n');
  });

  it('cuts at a Notes reply header, taking the name and date lines above "To:" with it', () => {
    const body = [
      'Tuesday works for me.',
      '',
      ' Daniel Coleman',
      ' 12/04/2000 10:52 AM',
      ' To: Jeff Youngflesh/NA/Enron@ENRON',
      ' cc: Craig H Brown/NA/Enron@Enron',
      ' Subject: Vulcan Signs',
      '',
      'Can we meet on Monday at 3?',
    ].join('\n');
    expect(cutNotesHistory(body)).toBe('Tuesday works for me.\n');
  });

  it('leaves a "To:" line that is not followed by cc and Subject alone', () => {
    const body = 'Notes for the memo:\nTo: all staff\nPlease send me your numbers.';
    expect(cutNotesHistory(body)).toBe(body);
  });
});
