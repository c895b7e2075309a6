import {
  abaOk,
  bsnOk,
  cfLetter,
  clabeDigit,
  cpfDigits,
  curpDigit,
  dniLetter,
  ibanOk,
  itinOk,
  luhnOk,
  myNumberDigit,
  nirKey,
  nricLetter,
  peselDigit,
  ppsnLetter,
  ssnOk,
  steuerDigit,
  tfnOk,
  verhoeffOk,
} from './blind-set-27-checks';

/** Blind set 27: each planted value's own format and checksum, after undoing the encoding its kind names. */

/** Undoes one encoding (`url`, `form`, `b64`, `json`, `qp`, `fold`); undefined when the value does not decode. */
export function decode27(enc: string, v: string): string | undefined {
  try {
    switch (enc) {
      case 'url':
        return decodeURIComponent(v);
      case 'form':
        return decodeURIComponent(v.replace(/\+/g, ' '));
      case 'b64': {
        const out = Buffer.from(v, 'base64');
        return out.toString('base64').replace(/=+$/, '') === v.replace(/=+$/, '') ? out.toString('utf8') : undefined;
      }
      case 'json':
        return JSON.parse(`"${v}"`) as string;
      case 'qp':
        return Buffer.from(
          v.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8');
      case 'fold':
        return /\r\n[ \t]/.test(v) ? v.replace(/\r\n[ \t]/g, '') : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const digits = (s: string): string => s.replace(/[ .\-/]/g, '');

function dateOk(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = m[1]!.length === 4 ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.getUTCDate() === Number(d) && Number(y) >= 1940 && Number(y) <= 2010;
}

const CHECKS: Record<string, (v: string) => boolean> = {
  card: (v) => /^[\d ]{13,23}$/.test(v) && luhnOk(digits(v)) && digits(v).length >= 13,
  iban: ibanOk,
  aba: abaOk,
  'sort-code': (v) => /^\d{2}-\d{2}-\d{2}$/.test(v),
  bsb: (v) => /^\d{3}-\d{3}$/.test(v),
  ifsc: (v) => /^[A-Z]{4}0[A-Z0-9]{6}$/.test(v),
  'routing-ca': (v) => /^0\d{2}-\d{5}$/.test(v),
  clabe: (v) => /^\d{18}$/.test(v) && clabeDigit(v.slice(0, 17)) === v[17],
  'bank-account': (v) => /^[\d /-]{7,22}$/.test(v) && digits(v).length >= 7,
  ssn: ssnOk,
  itin: itinOk,
  nino: (v) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/.test(v) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ', 'QQ'].includes(v.slice(0, 2)),
  'sin-ca': (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhnOk(digits(v)),
  'steuer-id': (v) => /^[1-9]\d{10}$/.test(v) && steuerDigit(v.slice(0, 10)) === v[10],
  nir: (v) => /^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/.test(v) && nirKey(digits(v).slice(0, 13)) === digits(v).slice(13),
  dni: (v) => /^\d{8}[A-Z]$/.test(v) && dniLetter(Number(v.slice(0, 8))) === v[8],
  nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && dniLetter(Number('XYZ'.indexOf(v[0]!) + v.slice(1, 8))) === v[8],
  'codice-fiscale': (v) => /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfLetter(v.slice(0, 15)) === v[15],
  bsn: bsnOk,
  pesel: (v) => /^\d{11}$/.test(v) && peselDigit(v.slice(0, 10)) === v[10],
  personnummer: (v) => /^(\d{2})?\d{6}-\d{4}$/.test(v) && luhnOk(digits(v).slice(-10)),
  'pan-in': (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  aadhaar: (v) => /^[2-9]\d{3} \d{4} \d{4}$/.test(v) && verhoeffOk(digits(v)),
  cpf: (v) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v) && cpfDigits(digits(v).slice(0, 9)) === digits(v).slice(9),
  curp: (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(v) && curpDigit(v.slice(0, 17)) === v[17],
  tfn: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && tfnOk(digits(v)),
  ppsn: (v) => /^\d{7}[A-W]$/.test(v) && ppsnLetter(v.slice(0, 7)) === v[7],
  nric: (v) => /^[ST]\d{7}[A-Z]$/.test(v) && nricLetter(v[0]!, v.slice(1, 8)) === v[8],
  'my-number': (v) => /^\d{4} \d{4} \d{4}$/.test(v) && myNumberDigit(digits(v).slice(0, 11)) === digits(v)[11],
  dob: dateOk,
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  phone: (v) => /^\+\d[\d ()-]{7,18}$/.test(v) && v.replace(/\D/g, '').length >= 9,
  name: (v) => /^\p{Lu}[\p{L}' -]+ [\p{L}' -]+$/u.test(v),
  address: (v) => /\d/.test(v) && v.length >= 8,
  passport: (v) => /^[A-Z0-9]{8,9}$/.test(v),
  'visa-number': (v) => /^[A-Z]{3}\d{10}$/.test(v),
  'known-traveler': (v) => /^\d{9}$/.test(v),
  'driver-licence': (v) => /^[A-Z0-9 -]{8,16}$/.test(v),
  jwt: (v) => {
    const parts = v.split('.');
    if (parts.length !== 3) return false;
    try {
      return typeof (JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as { alg?: unknown }).alg === 'string';
    } catch {
      return false;
    }
  },
  pem: (v) => /^-----BEGIN ((?:RSA |ENCRYPTED )?PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----$/.test(v),
  'basic-auth': (v) => (decode27('b64', v) ?? '').includes(':'),
  'ldap-password': (v) => /^\{SSHA\}[A-Za-z0-9+/=]{20,}$/.test(v),
  'aws-key-id': (v) => /^AKIA[A-Z2-7]{16}$/.test(v),
  'aws-secret': (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  'graph-secret': (v) => /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}$/.test(v),
  'okta-token': (v) => /^00[A-Za-z0-9_-]{40}$/.test(v),
  'slack-bot': (v) => /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/.test(v),
  'slack-app': (v) => /^xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}$/.test(v),
  'slack-user': (v) => /^xoxp-\d{12}-\d{12}-\d{13}-[a-f0-9]{32}$/.test(v),
  'github-token': (v) => /^ghp_[A-Za-z0-9]{36}$/.test(v),
  'sendgrid-key': (v) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(v),
  'dropbox-token': (v) => /^sl\.[\w.-]{130,}$/.test(v),
  'adobe-sign-key': (v) => /^3AAABLblqZhB[A-Za-z0-9]{54}$/.test(v),
  'intercom-token': (v) => (decode27('b64', v) ?? '').startsWith('tok:'),
  'smartrecruiters-token': (v) => /^DCRA1-[a-f0-9]{32}$/.test(v),
  'twilio-token': (v) => /^[a-f0-9]{32}$/.test(v),
  'bamboohr-key': (v) => /^[a-f0-9]{40}$/.test(v),
  'checkr-key': (v) => /^[a-f0-9]{40}$/.test(v),
  'hellosign-key': (v) => /^[a-f0-9]{64}$/.test(v),
  'expensify-secret': (v) => /^[a-f0-9]{40}$/.test(v),
  'datadog-key': (v) => /^[a-f0-9]{32}$/.test(v),
  'brex-token': (v) => /^bxt_[A-Za-z0-9]{52}$/.test(v),
  'ramp-token': (v) => /^ramp_tok_[A-Za-z0-9]{46}$/.test(v),
  'atlassian-token': (v) => /^ATATT3xFfGF0[\w-]{170}=[A-F0-9]{8}$/.test(v),
  scimsession: (v) => {
    const s = decode27('b64', v);
    try {
      return s !== undefined && typeof (JSON.parse(s) as { encCredentials?: unknown }).encCredentials === 'object';
    } catch {
      return false;
    }
  },
  password: (v) => /^[^\r\n\t]{8,}$/.test(v),
};

/** True when a planted value of `kind` has its kind's format and checksums (kinds without one pass). */
export function formatOk27(kind: string, value: string): boolean {
  const [base, ...encs] = kind.split('~');
  let v: string | undefined = value;
  for (const enc of encs.reverse()) {
    v = v === undefined ? undefined : decode27(enc, v);
  }
  if (v === undefined) return false;
  const check = CHECKS[base!];
  return check ? check(v) : v.length >= 8;
}
