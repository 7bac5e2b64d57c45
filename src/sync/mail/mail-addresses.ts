/**
 * Address headers as mailparser parsed them, flattened: groups expand to their
 * members, addresses are lower-cased, entries without an address are dropped.
 * Garbage in a header yields fewer addresses, never an exception.
 */
import type { AddressObject, EmailAddress, HeaderValue } from 'mailparser';

function isAddressObject(value: unknown): value is AddressObject {
  return typeof value === 'object' && value !== null && Array.isArray((value as AddressObject).value);
}

function flatten(entries: EmailAddress[], out: EmailAddress[]): void {
  for (const entry of entries) {
    if (entry.group) flatten(entry.group, out);
    else out.push(entry);
  }
}

/**
 * Every mailbox in one address header (which may have been repeated). With
 * `withoutAddress`, a bare display name ("From: Whomever") counts too.
 */
export function mailboxes(value: HeaderValue | undefined, withoutAddress = false): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const object of Array.isArray(value) ? value : [value]) {
    if (isAddressObject(object)) flatten(object.value, out);
  }
  return withoutAddress ? out : out.filter((m) => m.address?.trim());
}

export function addressOf(entry: EmailAddress | undefined): string | undefined {
  const address = entry?.address?.trim().toLowerCase();
  return address || undefined;
}

export function addressList(value: HeaderValue | undefined): string[] {
  return [...new Set(mailboxes(value).map((m) => addressOf(m) ?? ''))].filter(Boolean);
}
