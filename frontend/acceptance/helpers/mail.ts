import fs from 'fs';
import path from 'path';
import { expect } from '@playwright/test';
import { MAIL_DIR } from './env';

/** One mail the SMTP catcher stored, decoded enough for the specs. */
export interface Mail {
  file: string;
  to: string;
  subject: string;
  body: string;
  receivedAt: number;
}

/** RFC 2047 encoded words (=?utf-8?b?…?= / =?utf-8?q?…?=) in a header. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g,
      (_match, charset: string, encoding: string, text: string) => {
        const bytes =
          encoding.toUpperCase() === 'B'
            ? Buffer.from(text, 'base64')
            : quotedPrintableBytes(text.replace(/_/g, ' '));
        return bytes.toString(
          charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1',
        );
      },
    );
}

function quotedPrintableBytes(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < soft.length; index += 1) {
    const hex = soft.slice(index + 1, index + 3);
    if (soft[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(soft[index], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function splitMessage(raw: string): {
  headers: Map<string, string>;
  body: string;
} {
  const separator = raw.search(/\r?\n\r?\n/);
  const head = separator === -1 ? raw : raw.slice(0, separator);
  const body =
    separator === -1 ? '' : raw.slice(separator).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      );
    }
  }
  return { headers, body };
}

/** The text of a (possibly multipart) message: its first text/plain part. */
export function textOf(raw: string): string {
  const { headers, body } = splitMessage(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    const plain =
      parts.find((part) => /content-type:\s*text\/plain/i.test(part)) ??
      parts[0];
    return plain ? textOf(plain.replace(/^\r?\n/, '')) : '';
  }
  const encoding = (
    headers.get('content-transfer-encoding') ?? ''
  ).toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    return quotedPrintableBytes(body).toString('utf8');
  }
  // 7bit/8bit: the file was read byte for byte (latin1); the text is UTF-8.
  return Buffer.from(body, 'latin1').toString('utf8');
}

/** Every mail in the Maildir (new/ and cur/), oldest first. */
export function readMails(mailDir = MAIL_DIR): Mail[] {
  const mails: Mail[] = [];
  for (const folder of ['new', 'cur']) {
    const directory = path.join(mailDir, folder);
    if (!fs.existsSync(directory)) {
      continue;
    }
    for (const name of fs.readdirSync(directory)) {
      const file = path.join(directory, name);
      const raw = fs.readFileSync(file, 'latin1');
      const { headers } = splitMessage(raw);
      mails.push({
        file,
        to: decodeHeader(headers.get('to') ?? ''),
        subject: decodeHeader(
          Buffer.from(headers.get('subject') ?? '', 'latin1').toString('utf8'),
        ),
        body: textOf(raw),
        receivedAt: fs.statSync(file).mtimeMs,
      });
    }
  }
  return mails.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** Empties the Maildir: each test reads only the mails it caused. */
export function clearMails(mailDir = MAIL_DIR): void {
  for (const folder of ['new', 'cur', 'tmp']) {
    const directory = path.join(mailDir, folder);
    fs.mkdirSync(directory, { recursive: true });
    for (const name of fs.readdirSync(directory)) {
      fs.rmSync(path.join(directory, name), { force: true });
    }
  }
}

/**
 * Waits (expect.poll, no fixed sleep) for a mail to `address` whose subject
 * or body matches `matching`, and returns the newest such mail.
 */
export async function newestMailTo(
  address: string,
  matching: RegExp = /./,
  timeout = 20_000,
): Promise<Mail> {
  const find = () =>
    readMails()
      .filter(
        (mail) =>
          mail.to.toLowerCase().includes(address.toLowerCase()) &&
          (matching.test(mail.subject) || matching.test(mail.body)),
      )
      .pop();
  await expect
    .poll(() => find()?.subject, {
      message: `a mail to ${address} matching ${matching}`,
      timeout,
    })
    .toBeTruthy();
  return find() as Mail;
}

/** The first address in `text` that starts with `prefix` (e.g. a link). */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`${escaped}\\S+`).exec(text)?.[0];
  expect(link, `a link starting with ${prefix} in:\n${text}`).toBeTruthy();
  return link as string;
}
