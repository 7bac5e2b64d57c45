import { describe, expect, it } from 'vitest';
import { scanHtml } from './scan-html.js';

const scan = (html: string) => scanHtml(html, { wantText: true, maxTextChars: 10_000 });

describe('scanHtml', () => {
  it('renders text and collects links with their visible text', () => {
    const r = scan('<p>Hello <b>Ada</b></p><p><a href="https://example.com/x">Open <i>it</i></a></p>');
    expect(r.text).toBe('Hello Ada\n\nOpen it');
    expect(r.links).toEqual([{ text: 'Open it', href: 'https://example.com/x' }]);
  });

  it('skips styles and scripts', () => {
    expect(scan('<style>p{color:red}</style><script>x()</script><p>Body</p>').text).toBe('Body');
  });

  it('still reads the body when the head is never closed', () => {
    const r = scan(
      '<html><head><title>t</title><meta charset="utf-8"><body><p>Your parcel is waiting</p><a href="https://x.example">Track</a></body></html>',
    );
    expect(r.text).toContain('Your parcel is waiting');
    expect(r.links).toHaveLength(1);
  });

  it('still reads the body after an unclosed Office <xml> block', () => {
    expect(
      scan('<html><xml><o:OfficeDocumentSettings><body><p>Invoice attached</p></body></html>').text,
    ).toBe('Invoice attached');
  });
});
