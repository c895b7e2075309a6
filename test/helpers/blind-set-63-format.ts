import { ghChecksumOk, luhnDigit, mod97 } from './blind-set-63-values';

const RX: Record<string, RegExp> = {
  aws_access_key_id: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  aws_secret_access_key: /^[A-Za-z0-9+/]{40}$/,
  aws_session_token: /^IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{300,}=*$/,
  fernet_key: /^[A-Za-z0-9_-]{43}=$/,
  databricks_token: /^dapi[0-9a-f]{32}(-\d)?$/,
  databricks_oauth_secret: /^dose[0-9a-f]{32}$/,
  stripe_secret_key: /^(sk|rk)_live_(?:[A-Za-z0-9]{24}|51[A-Za-z0-9]{97})$/,
  stripe_webhook_secret: /^whsec_[A-Za-z0-9]{32}$/,
  hubspot_private_app_token: /^pat-(na1|na2|eu1)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  salesforce_refresh_token: /^5Aep861[A-Za-z0-9._]{70,}$/,
  salesforce_access_token: /^00D[A-Za-z0-9]{12,15}!AQ[A-Za-z0-9._]{90,}$/,
  salesforce_consumer_secret: /^[0-9A-F]{64}$/,
  shopify_token: /^shp(at|ss|ca)_[0-9a-f]{32}$/,
  zendesk_api_token: /^[A-Za-z0-9]{40}$/,
  gitlab_token: /^glpat-[A-Za-z0-9_-]{20}$/,
  slack_webhook_url: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/,
  slack_token: /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  google_refresh_token: /^1\/\/0[A-Za-z0-9_-]{60,}$/,
  google_access_token: /^ya29\.[A-Za-z0-9_-]{100,}$/,
  google_client_secret: /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  sendgrid_api_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  mailchimp_api_key: /^[0-9a-f]{32}-us\d{1,2}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  atlassian_api_token: /^ATATT3xFfGF0[A-Za-z0-9_-]{150,}=[0-9A-F]{8}$/,
  facebook_access_token: /^EAA[A-Z][A-Za-z0-9]{160,}$/,
  square_access_token: /^EAAA[A-Za-z0-9_-]{60}$/,
  confluent_api_secret: /^[A-Za-z0-9+/]{64}$/,
  azure_storage_key: /^[A-Za-z0-9+/]{86}==$/,
  azure_client_secret: /^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}$/,
  dbt_cloud_token: /^dbtc_[A-Za-z0-9_-]{40,60}$/,
  stitch_import_token: /^[0-9a-f]{64}$/,
  fivetran_api_secret: /^[A-Za-z0-9]{32}$/,
  google_ads_developer_token: /^[A-Za-z0-9_-]{22}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  okta_api_token: /^00[A-Za-z0-9_-]{40}$/,
  clickhouse_cloud_key_secret: /^4b1d[A-Za-z0-9]{38}$/,
  braze_rest_api_key: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  zendesk_oauth_token: /^[0-9a-f]{64}$/,
  webhook_secret: /^[A-Za-z0-9_-]{24,64}$/,
  api_secret: /^[A-Za-z0-9_.+/=-]{20,128}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
  street_address: /^(?=.*\d)(?=.*\p{L}{3})[\p{L}\d .,º'-]+$/u,
  passport_number: /^(?:[ACEF]\d{8}|[1-9]\d{8}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|\d{2}[A-Z]{2}\d{5})$/,
  uk_sort_code: /^\d{2}-\d{2}-\d{2}$/,
  bank_account_number: /^[1-9]\d{7,11}$/,
};

const b64ok = (s: string): Buffer | null => (/^[A-Za-z0-9+/]+=*$/.test(s) && s.length % 4 === 0 ? Buffer.from(s, 'base64') : null);

const luhnOk = (digits: string): boolean => /^\d{2,}$/.test(digits) && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);

const pemOk = (v: string): boolean => {
  // Unescape the separators the text printed (`\n` in JSON, `\\n` in JSON inside JSON) and any YAML indent.
  const s = v.replace(/\\+n/g, '\n');
  const m = /^-----BEGIN ((?:ENCRYPTED |RSA |OPENSSH )?PRIVATE KEY)-----\n([\sA-Za-z0-9+/=]+)\n\s*-----END \1-----$/.exec(s);
  if (!m) return false;
  const der = b64ok(m[2]!.replace(/\s+/g, ''));
  if (!der) return false;
  return m[1] === 'OPENSSH PRIVATE KEY' ? der.subarray(0, 15).toString('binary') === 'openssh-key-v1\0' : der[0] === 0x30 && der[1] === 0x82 && der.readUInt16BE(2) + 4 === der.length;
};

const dateOk = (y: number, m: number, d: number): boolean => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2010 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

const publicV4 = (ip: string): boolean => {
  const o = ip.split('.').map(Number);
  if (o.length !== 4 || o.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b, c] = o as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)))) return false;
  if (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) return false;
  if (a === 203 && b === 0 && c === 113) return false;
  return true;
};

/** Checks each value kind of blind set 63 against its real format, checksums included. */
export function formatOk63(kind: string, value: string): boolean {
  const rx = RX[kind];
  if (rx) return rx.test(value);
  switch (kind) {
    case 'password':
      return value.length >= 10 && !/\s/.test(value) && /[A-Za-z]/.test(value) && /\d/.test(value) && !/^(changeme|password|xxxx)/i.test(value);
    case 'password_urlenc': {
      if (!/%[0-9A-F]{2}/.test(value)) return false;
      const raw = decodeURIComponent(value);
      return raw.length >= 10 && !/\s/.test(raw);
    }
    case 'aws_secret_access_key_urlenc':
      return /%2[BF]/.test(value) && /^[A-Za-z0-9+/]{40}$/.test(decodeURIComponent(value));
    case 'azure_sas_signature': {
      const b = b64ok(decodeURIComponent(value));
      return b !== null && b.length === 32;
    }
    case 'app_secret_key': {
      const b = b64ok(value);
      return b !== null && b.length >= 16;
    }
    case 'private_key_pem':
      return pemOk(value);
    case 'private_key_b64': {
      const der = b64ok(value);
      return der !== null && der[0] === 0x30 && der[1] === 0x82 && der.readUInt16BE(2) + 4 === der.length;
    }
    case 'github_token':
      return /^gh[pos]_[A-Za-z0-9]{36}$/.test(value) ? ghChecksumOk(value) : /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(value);
    case 'jwt': {
      const parts = value.split('.');
      if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
      try {
        const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as { alg?: string };
        JSON.parse(Buffer.from(parts[1]!, 'base64url').toString());
        return typeof h.alg === 'string' && h.alg !== 'none';
      } catch {
        return false;
      }
    }
    case 'intercom_access_token': {
      const b = b64ok(value);
      return b !== null && /^tok:[0-9a-f_]{36}:1:0$/.test(b.toString());
    }
    case 'basic_auth_b64': {
      const b = b64ok(value);
      if (!b) return false;
      const s = b.toString();
      const i = s.indexOf(':');
      return i > 0 && s.length - i > 8;
    }
    case 'person_name': {
      const s = value.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      return /^\p{Lu}[\p{L}-]+(?: [\p{L}-]+)+$/u.test(s);
    }
    case 'given_name':
    case 'family_name':
      return /^\p{Lu}[\p{L} -]{2,}$/u.test(value) && value.length >= 4;
    case 'phone': {
      const d = value.replace(/\D/g, '');
      return /^[+(\d][\d ().+-]+$/.test(value) && d.length >= 9 && d.length <= 13;
    }
    case 'date_of_birth': {
      let m: RegExpExecArray | null;
      if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return dateOk(+m[1]!, +m[2]!, +m[3]!);
      if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value))) return dateOk(+m[3]!, +m[1]!, +m[2]!) || dateOk(+m[3]!, +m[2]!, +m[1]!);
      if ((m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value))) return dateOk(+m[3]!, +m[2]!, +m[1]!);
      return false;
    }
    case 'date_of_birth_epoch_days': {
      if (!/^-?\d{1,5}$/.test(value)) return false;
      const y = new Date(Number(value) * 86400000).getUTCFullYear();
      return y >= 1900 && y <= 2010;
    }
    case 'us_ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value);
      if (!m || (value.includes('-') && !/^\d{3}-\d{2}-\d{4}$/.test(value))) return false;
      const area = Number(m[1]);
      return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
    }
    case 'uk_nino': {
      const s = value.replace(/ /g, '');
      const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
      return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
    }
    case 'ca_sin': {
      if (!/^\d{3}([ -]?)\d{3}\1\d{3}$/.test(value)) return false;
      const d = value.replace(/\D/g, '');
      return d[0] !== '0' && d[0] !== '8' && luhnOk(d);
    }
    case 'nl_bsn': {
      if (!/^\d{9}$/.test(value)) return false;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(value[i]) * (9 - i);
      return (s - Number(value[8])) % 11 === 0;
    }
    case 'es_dni': {
      const m = /^(\d{8})([A-Z])$/.exec(value);
      return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2];
    }
    case 'ip_address':
      return value.includes(':') ? /^(2a0[12]|2600|2003|2605)(:[0-9a-f]{1,4}){7}$/.test(value) : publicV4(value);
    case 'card_number': {
      if (!/^\d[\d -]+\d$/.test(value)) return false;
      const d = value.replace(/[ -]/g, '');
      if (!/^(4\d{15}|5[1-5]\d{14}|3[47]\d{13}|6011\d{12})$/.test(d)) return false;
      if (['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117'].includes(d)) return false;
      return luhnOk(d);
    }
    case 'iban': {
      const s = value.replace(/ /g, '');
      const len: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, BE: 16, CH: 21, ES: 24 };
      if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || len[s.slice(0, 2)] !== s.length) return false;
      if (value.includes(' ') && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(value)) return false;
      return mod97(s.slice(4) + s.slice(0, 4)) === 1;
    }
    case 'aba_routing_number': {
      if (!/^(0[1-9]|1[0-2]|2[1-9]|3[0-2])\d{7}$/.test(value)) return false;
      const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
      let s = 0;
      for (let i = 0; i < 9; i++) s += Number(value[i]) * w[i]!;
      return s % 10 === 0;
    }
    default:
      return false;
  }
}
