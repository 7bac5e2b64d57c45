/**
 * Mass mail that carries no List-* or Precedence header: old list servers,
 * vendors' own mailers and anything that lost its headers on the way (an
 * export, a forward to self). Its wording gives it away: an unsubscribe
 * footer, a salutation to a crowd ("Dear Bank One Customer", "Dear
 * Students"), a sales call to action ("Register now", "Early bird"). A
 * person writing to people does not use these, so the mail is read as bulk:
 * its questions ("Are you new to ENA?") and "please" lines are not asks.
 *
 * Only the sender's own part is read: a note forwarding a newsletter to a
 * colleague ("can you look at this?") keeps its request.
 */

/** Footers of mailing software and newsletters. */
const footerText =
  /(?:(?:^|[|[(<])\s*unsubscribe\b|\b(?:to|click(?: here)? to|you (?:can|may)|or) unsubscribe\b|\bunsubscribe (?:here|at|from (?:this|our|these|the)|link|instantly|any ?time)\b|\b(?:do not|don'?t|no longer) wish to receive|prefer not to (?:receive|get)|to be removed from (?:our|this|the) (?:mailing )?list|to stop receiving|you (?:are )?receiv(?:e|ing) this (?:e-?mail|message|newsletter)|this (?:e-?mail|message) was sent to|(?:view|read) (?:this|it) (?:e-?mail |newsletter )?(?:online|in (?:your |a )?(?:web )?browser)|update your (?:e-?mail )?preferences|edit your preferences|manage (?:your )?subscriptions?)/im;

/** A salutation to a crowd of customers, students or members rather than to people one knows. */
const massSalutation =
  /^\s*(?:dear|hello|hi|greetings,?)\s+(?:(?:valued|fellow|our|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+)?(?:customers?|clients?|subscribers?|students?|readers?|users?|shareholders?|investors?|candidates?|applicants?|residents?|patrons?|supporters?|donors?|alumni|travell?ers?|guests?|account ?holders?|card ?members?|sir or madam|sir\/madam)\b/im;

/** Sales and event-marketing calls to action. */
const promoText =
  /\b(?:register (?:now|today|online)|sign up (?:now|today)|click here to (?:register|sign up|subscribe|order|buy|learn more)|early[- ]bird (?:discount|rate|pricing|registration)|limited[- ]time offer|special offer|order (?:now|today)|buy (?:now|today)|in (?:today'?s|this|this week'?s) issue|official (?:sweepstakes )?rules)\b/i;

/** Where a forward or a quoted reply starts: what follows is someone else's text. */
const historyStart =
  /^\s*(?:-{3,}\s*(?:Forwarded|Original Message)|Begin forwarded message:|On .{4,200}wrote:\s*$|From:\s.+\n\s*(?:Sent|Date):)/im;

/** Why the sender's own text reads as mass mail, if it does. */
export function broadcastReason(body: string): string | undefined {
  const start = body.search(historyStart);
  const own = start < 0 ? body : body.slice(0, start);
  if (footerText.test(own)) return 'newsletter footer';
  if (massSalutation.test(own.slice(0, 600))) return 'addressed to a crowd';
  if (promoText.test(own)) return 'sales wording';
  return undefined;
}
