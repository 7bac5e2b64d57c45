/**
 * One htmlparser2 pass over a mail's HTML: the links (href and visible text)
 * and, only when the mail has no plain-text part, a readable text rendering.
 * Far cheaper than html-to-text, which matters at hundreds of mails a second;
 * the rendering is plain (paragraphs, line breaks, list bullets), not pretty.
 */
import { Parser } from 'htmlparser2';
import type { LinkRef } from '../../domain/items/normalised-item.js';

export const maxLinks = 200;

const skipped = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml']);
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

export interface ScannedHtml {
  links: LinkRef[];
  /** Empty unless `wantText`. */
  text: string;
}

export function scanHtml(html: string, options: { wantText: boolean; maxTextChars: number }): ScannedHtml {
  const links: LinkRef[] = [];
  const out: string[] = [];
  let outChars = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let anchor: { href: string; text: string; alt: string } | undefined;

  const emit = (piece: string) => {
    if (!options.wantText || outChars > options.maxTextChars) return;
    out.push(piece);
    outChars += piece.length;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // Whatever was left open before the body (an unclosed <head>, an Office <xml> island) ends there.
        if (name === 'body') skipDepth = 0;
        if (skipped.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'a') {
          const href = (attribs.href ?? '').trim();
          anchor = href ? { href, text: '', alt: '' } : undefined;
        } else if (name === 'img' && anchor && attribs.alt) {
          anchor.alt += ` ${attribs.alt}`;
        } else if (name === 'br') {
          emit('\n');
        } else if (name === 'li') {
          emit('\n- ');
        } else if (name === 'td' || name === 'th') {
          emit(' ');
        } else if (blocks.has(name)) {
          emit('\n\n');
        }
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (anchor) anchor.text += data;
        // Most HTML comes with a plain-text part: then no text is kept, and none need be tidied.
        if (!options.wantText || outChars > options.maxTextChars) return;
        emit(preDepth > 0 ? data : data.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (skipped.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a' && anchor) {
          if (links.length < maxLinks) {
            const text = (anchor.text.trim() ? anchor.text : anchor.alt).replace(/\s+/g, ' ').trim();
            links.push({ text, href: anchor.href });
          }
          anchor = undefined;
        } else if (blocks.has(name)) {
          emit('\n\n');
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  return { links, text: options.wantText ? tidy(out.join('')) : '' };
}

/** Spaces around line breaks and runs of blank lines are layout, not content. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
