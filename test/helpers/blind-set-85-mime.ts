import { type Company85, rfc2822 } from './blind-set-85-compose';
import { b64Mime, html, qp } from './blind-set-85-enc';
import type { Person85 } from './blind-set-85-people';
import type { Rng85 } from './blind-set-85-rng';

/** Blind set 85: raw MIME messages: headers, DKIM/ARC, quoted-printable and base64 parts. */

export function msgId(r: Rng85, domain: string): string {
  return `<${r.pick([`CA+${r.b64(40).replace(/\//g, 'x')}`, `${r.hex(16)}.${r.int(1e5, 9e5)}`, `${r.upperAlnum(12)}@${r.pick(['mail.gmail.com', 'GV1PR08MB', 'smtp'])}`])}@${domain}>`;
}

export function dkim(r: Rng85, domain: string): string {
  return `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=${domain}; s=${r.pick(['20230601', 'selector1', 'google', 's1'])};\n        h=from:to:subject:date:message-id:mime-version;\n        bh=${r.b64(43)}=;\n        b=${r.b64(76)}\n         ${r.b64(76)}\n         ${r.b64(40)}==`;
}

export function received(r: Rng85, from: string, by: string, t: number): string {
  return `Received: from ${from} (${from} [${r.pick(['209.85.', '40.107.', '212.227.', '217.72.'])}${r.int(1, 254)}.${r.int(1, 254)}])\n        by ${by} with ESMTPS id ${r.alnum(14)}\n        for <support@${by.replace(/^mx\./, '')}>; ${rfc2822(t)}`;
}

export function encodedWord(name: string): string {
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}"` : `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
}

export interface Mime85 {
  raw: string;
  plainEnc: 'quoted-printable' | 'base64' | '8bit';
}

/** A raw message from the person to the company's support box; `plain` is carried decoded (QP or 8bit) unless the html part is. */
export function mimeMessage(r: Rng85, p: Person85, co: Company85, subject: string, plain: string, t: number, opts: { plainEnc: 'quoted-printable' | '8bit' | 'base64'; htmlEnc: 'base64' | 'quoted-printable'; named: boolean }): string {
  const boundary = `000000000000${r.hex(12)}`;
  const htmlBody = `<div dir="ltr">${plain.split('\n').map((l) => (l ? html(l, opts.named) : '<br>')).join('<br>\n')}</div>`;
  const mailDomain = p.email.split('@')[1]!;
  return [
    received(r, `mail-${r.lowerAlnum(6)}.${mailDomain}`, `mx.${co.domain}`, t),
    dkim(r, mailDomain),
    'MIME-Version: 1.0',
    `From: ${encodedWord(p.full)} <${p.email}>`,
    `Date: ${rfc2822(t)}`,
    `Message-ID: ${msgId(r, mailDomain)}`,
    `Subject: ${/^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?Q?${Buffer.from(subject, 'utf8').toString('hex').replace(/(..)/g, '=$1').toUpperCase()}?=`}`,
    `To: ${co.name.split(' ')[0]} Support <support@${co.domain}>`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    `Content-Transfer-Encoding: ${opts.plainEnc}`,
    '',
    opts.plainEnc === 'quoted-printable' ? qp(plain) : opts.plainEnc === 'base64' ? b64Mime(plain) : plain,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="UTF-8"',
    `Content-Transfer-Encoding: ${opts.htmlEnc}`,
    '',
    opts.htmlEnc === 'base64' ? b64Mime(htmlBody) : qp(htmlBody),
    '',
    `--${boundary}--`,
  ].join('\n');
}
