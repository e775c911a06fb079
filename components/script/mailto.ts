import { letterAsText, type Letter } from './assemble';

/**
 * Longest mailto: link we call safe. Chromium on Windows refuses to hand a URL longer than
 * 2048 characters to the mail app at all (its external protocol handler copies Mozilla's
 * "2K is safe" limit, from Internet Explorer's 2083), and older Outlook builds cut long bodies.
 * 2000 leaves room for the browser's own re-escaping. Other platforms take far more.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/**
 * RFC 6068: percent-encode everything outside the unreserved set. encodeURIComponent leaves
 * !'()* alone, which the RFC allows, and never writes '+', which some mail apps would read as a
 * space. Line breaks in a body must be CRLF (%0D%0A).
 */
const encode = (text: string) => encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));

/** An unaddressed email of the letter: the person picks the recipient in their own mail app. */
export function letterMailto(letter: Letter): string {
  const subject = letter.subject.value.replace(/\s+/g, ' ').trim();
  return `mailto:?subject=${encode(subject)}&body=${encode(letterAsText(letter))}`;
}

/** True when some mail apps may cut the link or not open it: then Copy text is the safer way. */
export const mailtoTooLong = (href: string) => href.length > MAILTO_SAFE_LENGTH;
