/**
 * What every source (Gmail, Outlook, calendars, weather, local files) turns
 * the world into. The item store persists it; agents read the stored row.
 */
export type ItemKind = 'email' | 'event' | 'forecast';

export interface LinkRef {
  text: string;
  href: string;
}

export interface AttachmentRef {
  filename: string;
  contentType: string;
  size: number;
}

/** A recurring series' first occurrence and skipped dates (ISO instants, or YYYY-MM-DD when all-day). */
export interface EventSeries {
  start: string;
  end: string;
  exdates: string[];
}

export interface EventData {
  organizer?: string | undefined;
  attendees?: Array<{ email: string; name?: string | undefined; status?: string | undefined }>;
  /** ICS UID, shared by every instance of a series. */
  icalUid?: string | undefined;
  /** The RRULE value (without "RRULE:") of a recurring series. */
  recurrence?: string | undefined;
  series?: EventSeries | undefined;
  /** confirmed | tentative | cancelled */
  status?: string | undefined;
  description?: string | undefined;
  timezone?: string | undefined;
}

export interface ForecastData {
  /** ISO hour start, °C, mm, km/h, WMO weather code. */
  hours: Array<{
    time: string;
    temperatureC: number;
    precipitationMm: number;
    windKph: number;
    code?: number;
  }>;
  place: string;
}

export interface NormalisedItem {
  kind: ItemKind;
  externalId: string;
  threadId?: string | undefined;
  fromAddress?: string | undefined;
  fromName?: string | undefined;
  replyTo?: string | undefined;
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  snippet: string;
  bodyText: string;
  bodyTruncated: boolean;
  receivedAt?: Date | undefined;
  startAt?: Date | undefined;
  endAt?: Date | undefined;
  allDay: boolean;
  location?: string | undefined;
  /** Lower-cased header name -> value(s), only the headers agents use. */
  headers: Record<string, string | string[]>;
  links: LinkRef[];
  attachments: AttachmentRef[];
  data: EventData | ForecastData | Record<string, unknown>;
  calendarPart?: string | undefined;
}

/** Headers kept from a mail; everything else is dropped at normalisation. */
export const keptHeaders = [
  'message-id',
  'in-reply-to',
  'references',
  'authentication-results',
  'arc-authentication-results',
  'received-spf',
  'dkim-signature',
  'list-unsubscribe',
  'list-id',
  'precedence',
  'auto-submitted',
  'x-auto-response-suppress',
  'return-path',
  'sender',
  'reply-to',
  'content-type',
  'x-mailer',
  'x-ops-center',
  'importance',
  'x-priority',
] as const;
