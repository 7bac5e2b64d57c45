/**
 * Who really sent it and where answers go: a malformed From, Reply-To on
 * another (especially free-mail) domain, a free-mail account presenting itself
 * as an organisation or an executive, and a Return-Path on an unrelated domain.
 */
import { isFreeMailDomain } from '../../../domain/mail/free-mail-domains.js';
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const organisationName =
  /\b(?:bank|banco|support|team|security|service|services|department|dept|admin|administrator|administration|help ?desk|it desk|billing|payroll|human resources|hr|accounts? (?:payable|receivable|team|department)|finance|customer (?:care|service)|notification|official|webmail|postmaster|mail ?server|system|compliance|legal|office|ministry|informe|comunicado|notifica[cç][aã]o|aviso|atendimento|central|suporte|seguran[cç]a|servicio|soporte|kundenservice|sicherheit|government|police|court|tax|tax refund|revenue|customs|irpf|restitui[cç][aã]o|imposto|receita|finanzamt|steuer|hacienda|impots|logistics|delivery|shipping|courier|lottery|foundation|agency|inc\.?|ltd\.?|llc|corp\.?|gmbh|s\.a\.|ltda)\b/i;
const executiveName =
  /\b(?:ceo|cfo|coo|cto|chief executive|chairman|chairwoman|president|managing director|executive director|director|vice president|vp|head of|general manager|owner|founder|principal|pastor|dean|superintendent)\b/i;

/** Who may legitimately send with an empty envelope sender: bounces and auto-replies. */
const bounceSender = /^(?:mailer-daemon|postmaster|mail-daemon|bounces?|noreply-dmarc-support)@/i;

function headerValue(facts: MailFacts, name: string): string {
  const value = facts.item.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * An empty envelope sender (Return-Path: <>) is reserved for bounces and
 * auto-replies; bulk senders use it so complaints and bounces go nowhere.
 */
function nullReturnPath(facts: MailFacts): boolean {
  if (headerValue(facts, 'return-path').trim() !== '<>') return false;
  if (bounceSender.test(facts.fromAddress)) return false;
  if (/multipart\/report|message\/delivery-status/i.test(headerValue(facts, 'content-type'))) return false;
  const autoSubmitted = headerValue(facts, 'auto-submitted').toLowerCase();
  return autoSubmitted === '' || autoSubmitted === 'no';
}

export function senderSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const item = facts.item;

  if (item.fromAddress && !facts.fromDomain && !facts.fromHost?.isIp) {
    out.push({
      id: 'sender.invalid-domain',
      weight: 0.45,
      reason: `The sender address ${facts.fromAddress} has no valid domain`,
    });
  } else if (!facts.fromAddress && facts.fromName) {
    // "Leon Blauer,(<service@stayfriends.de>)": a From line mangled so no address parses.
    out.push({
      id: 'sender.no-address',
      weight: 0.45,
      reason: `The sender "${facts.fromName}" has no usable e-mail address`,
    });
  }

  if (facts.forgedListHeaders) {
    out.push({
      id: 'sender.forged-list-headers',
      weight: 0.3,
      reason: 'Its mailing-list headers are fake: no list software writes them this way',
    });
  }

  if (nullReturnPath(facts) && !facts.fromAuthenticated) {
    out.push({
      id: 'sender.null-return-path',
      weight: 0.15,
      reason: 'It was sent with an empty return address, so bounces and complaints go nowhere',
    });
  }

  if (facts.replyTo && facts.replyTo !== facts.fromAddress && !facts.mailingList) {
    const replyDomain = facts.replyToDomain;
    const replyFree = isFreeMailDomain(replyDomain);
    if (replyDomain && replyDomain !== facts.fromDomain) {
      if (replyFree && !facts.fromIsFree) {
        out.push({
          id: 'sender.reply-to-free-mail',
          weight: 0.55,
          reason: `Replies go to the free-mail address ${facts.replyTo}, not to ${facts.fromDomain ?? 'the sender'}`,
        });
      } else if (replyFree && facts.fromIsFree) {
        out.push({
          id: 'sender.reply-to-other-free-mail',
          weight: 0.35,
          reason: `Replies go to ${facts.replyTo}, a different free-mail account than the sender's`,
        });
      } else {
        out.push({
          id: 'sender.reply-to-other-domain',
          weight: 0.15,
          reason:
            `Replies go to ${replyDomain}, a different domain than the sender's ${facts.fromDomain ?? ''}`.trim(),
        });
      }
    } else if (replyFree && facts.fromIsFree && replyDomain === facts.fromDomain) {
      out.push({
        id: 'sender.reply-to-other-free-mail',
        weight: 0.3,
        reason: `Replies go to ${facts.replyTo}, a different account than the sender's`,
      });
    }
  }

  if (facts.fromIsFree && facts.fromName) {
    if (executiveName.test(facts.fromName)) {
      out.push({
        id: 'sender.free-mail-executive',
        weight: 0.35,
        reason: `A free-mail address (${facts.fromDomain}) presents itself as an executive: "${facts.fromName}"`,
      });
    } else if (organisationName.test(facts.fromName)) {
      out.push({
        id: 'sender.free-mail-organisation',
        weight: 0.4,
        reason: `A free-mail address (${facts.fromDomain}) presents itself as an organisation: "${facts.fromName}"`,
      });
    }
  }

  if (
    facts.returnPathDomain &&
    facts.fromDomain &&
    facts.returnPathDomain !== facts.fromDomain &&
    !facts.fromAuthenticated &&
    !facts.bulk
  ) {
    out.push({
      id: 'sender.return-path-mismatch',
      weight: 0.1,
      reason: `The envelope sender is on ${facts.returnPathDomain}, not on ${facts.fromDomain}`,
    });
  }
  return out;
}
