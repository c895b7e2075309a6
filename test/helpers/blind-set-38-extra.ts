import type { Draw, Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

/** A Dutch BSN (passes the 11-proof). */
export function bsn(d: Draw): string {
  for (;;) {
    const b = `${d.int(1, 6)}${d.r.digits(7)}`;
    const sum = b.split('').reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return b + String(last);
  }
}

/** A Spanish DNI with its check letter. */
export function dni(d: Draw): string {
  const n = d.r.digits(8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
}

/** A Canadian SIN (Luhn), spaced in threes. */
export function sin(d: Draw): string {
  const body = `${d.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${d.r.digits(7)}`;
  const n = body + g.luhnCheck(body);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}

/** PHP serialize() of a flat string map, as WordPress stores options. */
const phpSer = (o: Record<string, string>) => `a:${Object.keys(o).length}:{${Object.entries(o).map(([k, v]) => `s:${Buffer.byteLength(k)}:"${k}";s:${Buffer.byteLength(v)}:"${v}";`).join('')}}`;

/** The same settings written in one of the config dialects a hosting team meets. */
function dialect(d: Draw, pairs: [string, string][]): string {
  const k = d.int(0, 5);
  const up = (s: string) => s.toUpperCase().replace(/[.-]/g, '_');
  const q = (s: string) => (s.includes("'") ? `"${s}"` : `'${s}'`);
  if (k === 0) return pairs.map(([a, b]) => `${up(a)}=${b}`).join('\n');
  if (k === 1) return pairs.map(([a, b]) => `${a}: "${b.replace(/"/g, '\\"')}"`).join('\n');
  if (k === 2) return JSON.stringify(Object.fromEntries(pairs), null, 2);
  if (k === 3) return `[client]\n${pairs.map(([a, b]) => `${a} = ${q(b)}`).join('\n')}`;
  if (k === 4) return pairs.map(([a, b]) => `export ${up(a)}=${q(b)}`).join('\n');
  return `<?php\nreturn [\n${pairs.map(([a, b]) => `    '${a}' => ${q(b)},`).join('\n')}\n];`;
}

/** Extra templates: serialized WordPress options, SQL dumps of customers, configs in varied dialects. */
export const EXTRA38: Tpl38[] = [
  {
    area: 'wordpress',
    name: 'wp-options-serialized',
    make: (d) => {
      const key = d.c('mailgun-api-key', `${d.hex(32)}-${d.hex(8)}-${d.hex(8)}`);
      const pw = d.c('smtp-password', d.r.urlPassword(d.int(14, 20)));
      const ser = phpSer({ mailer: 'mailgun', api_key: key, domain: `mg.${d.client()}`, smtp_pass: pw });
      return `mysql> SELECT option_value FROM wp_options WHERE option_name = 'wp_mail_smtp_legacy';  -- run during incident INC-${d.int(1000, 9999)}, output pasted to #ops\n| ${ser} |\n1 row in set (0.00 sec)`;
    },
  },
  {
    area: 'commerce',
    name: 'woo-usermeta-dump',
    make: (d) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const id = d.int(100, 9999);
        const u = d.who();
        rows.push(`(${id},'billing_first_name','${u.first}'),(${id},'billing_email','${u.email}'),(${id},'billing_phone','${d.phone()}'),(${id},'billing_address_1','${d.addr().replace(/'/g, "\\'")}'),(${id},'nickname','${u.name.replace(/'/g, "\\'")}')`);
      }
      return `[backup-audit] wp_usermeta rows in publicly reachable /wp-content/backups/db-${d.hex(8)}.sql:\nINSERT INTO \`wp_usermeta\` (\`user_id\`, \`meta_key\`, \`meta_value\`) VALUES ${rows.join(',')};`;
    },
  },
  {
    area: 'hosting',
    name: 'panel-creds-dialects',
    make: (d) => {
      const tok = d.c('cpanel-api-token', g.alnumUpper(d.r, 32));
      const db = d.c('db-password', d.r.urlPassword(d.int(14, 22)));
      const smtp = d.c('smtp-password', d.r.urlPassword(d.int(12, 18)));
      const sg = d.c('sendgrid-api-key', `SG.${d.r.b64url(16).slice(0, 22)}.${d.r.b64url(32).slice(0, 43)}`);
      const body = dialect(d, [
        ['cpanel.token', tok],
        ['db.password', db],
        ['smtp.password', smtp],
        ['sendgrid.key', sg],
      ]);
      return `provision-site ${d.client()} failed at step "create database" (HTTP 500 from cPanel UAPI), rendered settings:\n${body}`;
    },
  },
  {
    area: 'cms',
    name: 'craft-statamic-env',
    make: (d) => {
      const sk = d.c('craft-security-key', d.r.b64url(24));
      const db = d.c('db-password', d.r.urlPassword(d.int(14, 22)));
      const lic = d.c('plugin-license-key', g.alnumUpper(d.r, 24).replace(/(.{4})(?=.)/g, '$1-'));
      const body = dialect(d, [
        ['craft_security_key', sk],
        ['craft_db_password', db],
        ['statamic_license_key', lic],
      ]);
      return `php craft up: Exception 'yii\\db\\Exception' with message 'SQLSTATE[HY000] [1045] Access denied for user 'craft'@'localhost''\nenvironment loaded from .env:\n${body}`;
    },
  },
  {
    area: 'payments',
    name: 'refund-csv-dialect',
    make: (d) => {
      const u = d.who();
      const cardN = d.card(d.pick(['', ' ']));
      const ib = d.iban();
      const body = dialect(d, [
        ['customer_name', u.name],
        ['customer_email', u.email],
        ['card_number', cardN],
        ['refund_iban', ib],
      ]);
      return `refund-bot: manual refund needed for order #${d.int(10000, 99999)} (gateway timeout), request:\n${body}`;
    },
  },
  {
    area: 'agency',
    name: 'new-client-intake',
    make: (d) => {
      const u = d.who();
      const ph = d.phone();
      const a = d.addr();
      const wp = d.c('wp-admin-password', d.r.urlPassword(d.int(12, 18)));
      const reg = d.c('registrar-password', d.r.urlPassword(d.int(12, 18)));
      const body = dialect(d, [
        ['contact_name', u.name],
        ['contact_email', u.email],
        ['contact_phone', ph],
        ['billing_address', a],
        ['wp_admin_password', wp],
        ['registrar_password', reg],
      ]);
      return `Typeform "New client intake" -> Notion sync failed (validation_error: property "Budget" missing):\n${body}`;
    },
  },
  {
    area: 'agency',
    name: 'freelancer-onboarding',
    make: (d) => {
      const u = d.who();
      const k = d.int(0, 2);
      const id = k === 0 ? d.p('bsn', bsn(d)) : k === 1 ? d.p('dni', dni(d)) : d.p('sin', sin(d));
      const label = k === 0 ? 'BSN' : k === 1 ? 'DNI/NIF' : 'SIN';
      const b = d.dob();
      const ib = d.iban(false);
      return `Deel contractor sync failed (409 conflict) for ${u.name}:\n{"worker":{"legal_name":"${u.name}","email":"${u.email}","date_of_birth":"${b}","tax_id":{"type":"${label}","value":"${id}"},"payout":{"method":"bank_transfer","iban":"${ib}"}},"error":"tax_id already registered"}`;
    },
  },
  {
    area: 'wordpress',
    name: 'site-health-plugin-keys',
    make: (d) => {
      const id = d.c('aws-access-key-id', g.awsKeyId(d.r));
      const sec = d.c('aws-secret-access-key', g.awsSecret(d.r));
      const rocket = d.c('plugin-license-key', d.hex(8));
      const elementor = d.c('plugin-license-key', d.hex(32));
      const akismet = d.c('akismet-api-key', d.hex(12));
      const recaptcha = d.c('recaptcha-secret-key', `6L${d.r.b64url(30).slice(0, 38)}`);
      return `Site Health info copied into support ticket (${d.client()}):\n### wp-constants ###\nAS3CF_SETTINGS: a:3:{s:8:"provider";s:3:"aws";s:13:"access-key-id";s:20:"${id}";s:17:"secret-access-key";s:40:"${sec}";}\nWP_ROCKET_KEY: ${rocket}\nWP_ROCKET_EMAIL: ${d.email()}\nELEMENTOR_PRO_LICENSE_KEY: ${elementor}\nWPCOM_API_KEY: ${akismet}\nGF_RECAPTCHA_SECRET: ${recaptcha}`;
    },
  },
];
