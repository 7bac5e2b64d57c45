/**
 * The words and sender domains behind each heuristic category. Compiled once
 * at load: triage runs them on every message. Domain patterns match the
 * brand label under any TLD (amazon.de, amazon.co.uk) and any subdomain.
 */

function domainPattern(labels: string[]): RegExp {
  return new RegExp(`(?:^|\\.)(?:${labels.join('|')})\\.[a-z.]{2,12}$`);
}

export const receiptText =
  /\b(?:order (?:confirmation|confirmed|number|no\.?|#|receipt|update|status)|your (?:amazon )?order|order #?\d|receipt|has (?:been )?(?:shipped|dispatched|delivered)|out for delivery|(?:was|been) delivered|tracking (?:number|info|details)|track your (?:order|package|parcel)|your (?:package|parcel|delivery)|refund (?:issued|processed|confirmation)|thanks for (?:your )?(?:order|purchase|shopping)|purchase confirmation)\b/i;

export const travelText =
  /\b(?:boarding pass|flight (?:confirmation|itinerary|details|booking|to\b)|e-?ticket|itinerary|booking (?:confirmation|reference|confirmed|details)|reservation (?:confirmed|confirmation|details)|your (?:reservation|trip|stay|flight|train|journey|booking)|check-?in (?:is )?(?:now )?open|online check-?in|hotel|rental car|car hire|train tickets?|seat reservation|gate change|pnr)\b/i;

export const billText =
  /\b(?:invoices?|amount due|payment (?:due|reminder|failed|declined|overdue)|balance due|due (?:date|amount)|statement (?:is )?(?:ready|available)|your (?:bill|statement)|direct debit|overdue|past due|remittance|outstanding balance|pay (?:now|online|by)|tax (?:return|bill)|bank transfer|wire transfer)\b/i;

/** A bill that asks for money, as opposed to "payment received". */
export const billDueText =
  /\b(?:invoices?|amount due|payment (?:due|reminder|failed|declined|overdue)|balance due|due date|overdue|past due|outstanding balance|pay (?:now|online|by)|please pay)\b/i;

export const moneyText = /(?:[$€£¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\b)/;

export const socialText =
  /\b(?:commented on|mentioned you|tagged you|replied to your (?:post|comment|tweet)|liked your|friend request|new follower|started following you|connection request|wants to connect|endorsed you|sent you a message|invited you to (?:join|like)|people you may know|shared a post)\b/i;

export const newsletterText =
  /\b(?:newsletter|digest|weekly|monthly|this week in|edition|issue #?\d+|view (?:this|it)? ?(?:email )?in (?:your )?browser|unsubscribe|\d+% off|sale|deals?|webinar|new arrivals|top stories)\b/i;

export const notificationText =
  /\b(?:security alert|sign-?in|signed in|new login|password|verification code|verify your|one-time (?:code|password)|otp|2fa|two-factor|your account|pull request|merge request|merged|build (?:failed|passed|succeeded)|pipeline|deploy(?:ment)?|assigned to you|alert|reminder|subscription|has been (?:updated|changed)|automatic reply|out of office|delivery status notification|undeliverable)\b/i;

/** Notifications worth a look soon. */
export const securityText =
  /\b(?:security alert|new (?:sign-?in|login|device)|password (?:was )?(?:changed|reset)|unusual (?:activity|sign-?in)|suspicious)\b/i;

export const meetingText =
  /\b(?:meeting|meet(?:up)?|call|catch[- ]up|coffee|lunch|availability|are you (?:free|available)|free (?:on|at|for)|(?:re)?schedule|calendar|invit(?:e|ation)|agenda|zoom|teams link|google meet|slot)\b/i;

/** Someone asking to meet, call or move a meeting, in the body ("can we meet", "are you free", "push our 1:1"). */
export const meetingRequestText =
  /\b(?:(?:can|could|shall|should)\s+we\s+(?:meet|talk|speak|chat|catch\s+up|have\s+a\s+(?:quick\s+)?(?:call|chat|meeting)|schedule|set\s+up|find\s+a\s+time|(?:push|move|reschedule|postpone)\b)|are\s+you\s+(?:free|available)|would\s+you\s+be\s+(?:free|available)|(?:let'?s|let\s+us)\s+(?:meet|talk|catch\s+up|schedule|set\s+up)|how\s+about\s+(?:a\s+)?(?:call|meeting|coffee|lunch)|free\s+(?:for|on|at)\s+(?:a\s+)?(?:call|chat|meeting|coffee|lunch)|(?:push|move|reschedule|postpone)\s+(?:our|the|my|this|tomorrow'?s|today'?s)\s+(?:[\w:-]+\s+)?(?:meeting|1:1|one-to-one|call|catch-up|sync|review)|let\s+(?:me|us)\s+know\s+(?:what\s+|a\s+|the\s+|which\s+)?(?:times?|days?|dates?)\s+(?:works?|suits?|you|is|are|would)|(?:your|earliest|best)\s+availability|when\s+(?:are|would|will)\s+you\s+be\s+(?:free|available|around)|what\s+time\s+(?:works|suits|is\s+good)|plan\s+(?:on|to)\s+(?:attend|join|be\s+(?:there|present))|please\s+(?:attend|join\s+(?:us|me))\b|(?:let'?s|let\s+us)\s+(?:discuss|talk|meet|get\s+together|sit\s+down|go\s+over)\b[^.?!]{0,60}?\b(?:today|tonight|tomorrow|next\s+week|this\s+(?:week|afternoon|morning)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+\d))/i;

/**
 * A meeting or call being announced or set up, with its logistics: "a
 * conference call has been scheduled", "dial-in number", "pass code",
 * "conference room 3567", Outlook's "When: Thursday, April 12, 2001 4:00 PM"
 * line. Mail people send about a meeting to come; minutes
 * and notes are told apart by their subject (reportSubjectText).
 */
export const meetingAnnouncementText =
  /\b(?:dial[- ]?in(?:\s+(?:number|no\.?|info(?:rmation)?|details))?|call[- ]?in\s+(?:number|no\.?|info(?:rmation)?|details)|pass\s?code|participant\s+(?:code|pin)|conference\s+(?:room|bridge)|(?:meeting|call|conference call|session|interview)\s+(?:has\s+been|is|have\s+been)\s+(?:scheduled|set\s+up|booked|moved|rescheduled|confirmed)|(?:meeting|call|conference call)\s+(?:is\s+)?scheduled\s+for|(?:meeting|call|conference call)\s+will\s+(?:be\s+(?:held|on|at|from)|take\s+place|start)|when:\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+[a-z]+\.?\s+\d{1,2}\b[^:]{0,20}\d{1,2}:\d{2})\b/i;

/** Subjects of mail that reports on a meeting instead of setting one up. */
export const reportSubjectText =
  /\b(?:notes|minutes|recap|summary|summaries|debrief|recording|transcript)\b/i;

export const workText =
  /\b(?:project|deadline|client|customer|contract|report|quarterly|proposal|quote|budget|invoice|team|review|roadmap|release|deliverable|stakeholder|kpi|slides|deck|spec|hiring|interview|sprint|onboarding)\b/i;

export const personalText =
  /\b(?:mum|mom|dad|family|birthday|wedding|dinner|weekend|holiday|kids|love|party|drinks|bbq|congrats|congratulations|miss you|get well)\b/i;

export const urgentText =
  /\b(?:urgent|asap|as soon as possible|immediately|time[- ]sensitive|right away|today)\b/i;

/** Requests addressed to the reader. Checked on the new text only. */
export const requestText =
  /\b(?:could you|can you|would you|will you|could we|can we|would it be possible|please (?:send|let me know|confirm|review|advise|reply|respond|get back|share|sign|approve|call|check|find (?:out|a time|someone|a slot)|update|forward|provide|book|schedule|have a look|take a look|look)|let me know|let us know|what do you think|your thoughts|any (?:thoughts|update|news|feedback)|do you (?:have|know|want|need|mind)|are you (?:free|available|able|ok|happy)|rsvp|get back to me|i (?:would like|want|need) (?:you|each of you|all of you|everyone|everybody) to|we need (?:you|each of you|all of you) to|(?:were|are) you able to|your (?:earliest )?availability)\b/i;

/**
 * Asks without a question or "please": thanks in advance for a favour ("I
 * will greatly appreciate if you can arrange..."), a deadline set for the
 * readers ("I would like to set a deadline of November 10th to have a
 * plan"), a task handed over ("I'll let you take the lead", "I want you to
 * handle the filing"). Checked on the new text only, like requestText.
 */
export const indirectRequestText =
  /\b(?:(?:would|will|'d|shall|should)\s+(?:greatly\s+|really\s+|very\s+much\s+|much\s+|truly\s+)?appreciate\s+(?:it\s+)?(?:if|when)\s+you|appreciate\s+your\s+(?:help|input|feedback|thoughts|comments|review|response|reply)|(?:set|setting|setting\s+up|impose)\s+a\s+deadline|(?:the|a|our|new)\s+deadline\s+(?:of|is|for)\b|no\s+later\s+than|by\s+(?:close\s+of\s+business|cob|eod|end\s+of\s+(?:the\s+)?(?:day|week))|(?:let|have|want|need|asking|ask)\s+you\s+(?:to\s+)?(?:take|handle|lead|own|run|drive|coordinate|follow\s+up|look\s+into|work\s+on|put\s+together|pull\s+together|set\s+up|manage|decide|deal\s+with)\b|you\s+(?:are|'re|will\s+be)\s+(?:in\s+charge|responsible\s+for|the\s+(?:lead|point\s+person|owner))\b|(?:you|your\s+(?:team|group))\s+(?:to\s+)?take\s+the\s+lead\b)/i;

/**
 * "Please" and a verb ("Please allow Sally access", "if possible please
 * process the increase") asks for something, except the verbs of a covering
 * note or a footer ("please see attached", "please find", "please note",
 * "please do not reply", "please add us to your address book").
 */
export const pleaseImperative =
  /\b(?:please|kindly|pls)\s+(?!(?:see|find|note|read|refer|be advised|be aware|feel free|do not|don'?t|never|accept|enjoy|forgive|excuse|disregard|ignore|visit|click|keep in mind|remember|contact|call|e-?mail|add|allow (?:up to|\d)|consider this|print|retain|unsubscribe|subscribe|opt|update your|log ?in|sign ?(?:in|up)|forward this|tell|use)\b)[a-z]{3,}/i;

/**
 * Courtesy offers that ask nothing: "Please call me if you have any
 * questions", "If you need anything else, let me know". Whole sentences are
 * dropped before requests are looked for, unless they also ask for a review,
 * a signature or an approval ("please review and let me know if you have
 * comments").
 */
export const courtesyOffer =
  /\b(?:if|should|in case)\s+(?:you|there)\s+(?:have|has|are|is|need|require|would like|want|run into|encounter)\s+(?:any\s+|anything\s+)?(?:further\s+|additional\s+|other\s+|more\s+)?(?:questions?|comments?|concerns?|problems?|issues?|difficult(?:y|ies)|trouble|help|assistance|information|info|anything|changes)\b|\bif\s+(?:you\s+)?(?:need|want)\s+(?:anything|more|further|additional|help)\b|\b(?:do not|don'?t)\s+hesitate\b|\bfeel free to\b|\bwith\s+(?:any\s+)?(?:further\s+)?(?:questions|concerns)\b/i;
/**
 * "If you have a couple of folks you want to fit in, please give me a call":
 * the ask only holds if the condition does, so it is an offer. "If you have a
 * chance / a minute" is a polite request and is not matched.
 */
export const conditionalOffer =
  /^\s*(?:and\s+)?if\s+(?:you|anyone|anybody|someone|somebody)\s+(?:have|has|want|wants|need|needs|know|knows|would\s+like|wish(?:es)?|are\s+interested|is\s+interested|prefer|find|see|hear)\b(?!\s+(?:time|a\s+(?:chance|minute|moment|second|sec|few\s+minutes)|some\s+time|the\s+time|a\s+moment))/i;
export const courtesyExceptions =
  /\b(?:review|sign|approve|confirm|complete|fill (?:in|out)|return|submit)\b/i;

export const socialDomains = domainPattern([
  'facebookmail',
  'facebook',
  'linkedin',
  'twitter',
  'x',
  'instagram',
  'mastodon',
  'reddit',
  'redditmail',
  'pinterest',
  'tiktok',
  'strava',
  'meetup',
  'nextdoor',
  'quora',
  'discord',
  'bsky',
  'threads',
  'snapchat',
  'youtube',
]);

export const commerceDomains = domainPattern([
  'amazon',
  'ebay',
  'etsy',
  'shopify',
  'aliexpress',
  'zalando',
  'ikea',
  'walmart',
  'target',
  'bestbuy',
  'asos',
  'argos',
  'johnlewis',
  'decathlon',
  'uber',
  'ubereats',
  'deliveroo',
  'doordash',
  'instacart',
  'apple',
  'zara',
  'hm',
  'otto',
  'bol',
]);

export const travelDomains = domainPattern([
  'booking',
  'airbnb',
  'expedia',
  'hotels',
  'trainline',
  'ryanair',
  'easyjet',
  'britishairways',
  'ba',
  'lufthansa',
  'airfrance',
  'klm',
  'delta',
  'united',
  'aa',
  'southwest',
  'jetblue',
  'amtrak',
  'eurostar',
  'sncf',
  'sncf-connect',
  'bahn',
  'kayak',
  'tripadvisor',
  'marriott',
  'hilton',
  'hyatt',
  'ihg',
  'accor',
  'lner',
  'gwr',
  'flixbus',
  'skyscanner',
]);

export const financeDomains = domainPattern([
  'paypal',
  'stripe',
  'wise',
  'revolut',
  'monzo',
  'starlingbank',
  'chase',
  'hsbc',
  'barclays',
  'santander',
  'lloydsbank',
  'natwest',
  'bankofamerica',
  'wellsfargo',
  'americanexpress',
  'amex',
  'capitalone',
  'intuit',
  'quickbooks',
  'xero',
  'hmrc',
  'irs',
  'n26',
  'klarna',
]);

export const notificationDomains = domainPattern([
  'github',
  'gitlab',
  'atlassian',
  'slack',
  'google',
  'accounts\\.google',
  'microsoft',
  'microsoftonline',
  'dropbox',
  'zoom',
  'notion',
  'trello',
  'asana',
  'linear',
  'sentry',
  'circleci',
  'vercel',
  'heroku',
  'digitalocean',
  'cloudflare',
  'bitbucket',
  'docusign',
]);

/** Local parts of addresses nobody reads. */
export const noReplyLocalPart =
  /^(?:.*no[-_.]?reply.*|.*do[-_.]?not[-_.]?reply.*|notifications?|notify|notification-?\w*|alerts?|mailer-daemon|postmaster|bounces?(?:[-+].*)?|automated|auto-?confirm|system|robot|daemon|updates?|info-?noreply|(?:[\w-]+[._-])?(?:announce(?:ments?)?|newsletters?))$/i;
