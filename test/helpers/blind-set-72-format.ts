import { abaOk, ibanOk, luhnOk } from './blind-set-72-people';
import { tokenOk } from './blind-set-72-tokens';

const b64json = (s: string): unknown => {
  try {
    return JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

/** A JWT: three parts, header and payload base64url JSON, header naming an algorithm. */
function jwtOk(v: string, role?: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[\w-]+$/.test(p))) return false;
  const h = b64json(parts[0]!) as { alg?: string } | undefined;
  const p = b64json(parts[1]!) as { role?: string } | undefined;
  return !!h?.alg && !!p && (role === undefined || p.role === role);
}

function pemOk(v: string, label: string): boolean {
  const m = new RegExp(`^-----BEGIN ${label}-----(?:\\\\n|\\n)([\\s\\S]+?)(?:\\\\n|\\n)-----END ${label}-----$`).exec(v);
  if (!m) return false;
  const body = m[1]!.replace(/\\n|\n/g, '');
  return /^[A-Za-z0-9+/]+=*$/.test(body) && body.length % 4 === 0;
}

const PHONE = /^(\+\d{1,3}[\s-]?)?(\(\d{3}\)\s?)?[\d\s-]{6,16}$/;

/** Checks a planted value of set 72 against its kind's own format. */
export function formatOk72(kind: string, value: string): boolean {
  // A value written percent-encoded (in a query string or form body) is checked decoded.
  const v = kind !== 'azure_sig' && kind !== 'name' && kind !== 'password' && /%[0-9A-F]{2}/.test(value) ? decodeURIComponent(value) : value;
  const t = tokenOk(kind, v);
  if (t !== undefined) return t;
  switch (kind) {
    case 'card': return luhnOk(v);
    case 'iban': return ibanOk(v);
    case 'routing-number': return abaOk(v);
    case 'bank-account': return /^\d{9,12}$/.test(v);
    case 'email': return /^[\w.+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'phone': return PHONE.test(v) && v.replace(/\D/g, '').length >= 10;
    case 'dob': return /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4}|\d{1,2} [A-Z][a-z]{2} \d{4}|\d{2}\/\d{2})$/.test(v);
    case 'name': return /^[\p{L}\d'%_ .-]+$/u.test(v) && /[ _]|%20/.test(v);
    case 'address': return /\d/.test(v) && /\p{L}{2,}/u.test(v);
    case 'password': return v.length >= 8 && !/^\s|\s$/.test(v);
    case 'sf-security-token': return /^[A-Za-z0-9]{24,25}$/.test(v);
    case 'sf-refresh-token': return /^5Aep861[A-Za-z0-9]{80}\.[A-Za-z0-9]{6}$/.test(v);
    case 'base64-token': return /^dckr_pat_[\w-]{27}$/.test(Buffer.from(v, 'base64').toString('utf8'));
    case 'basic-auth': return /^A[A-Za-z0-9]{79}:[\w-]{80}$/.test(Buffer.from(v, 'base64').toString('utf8'));
    case 'basic-auth-atlassian': return /^[\w.+-]+@[\w.-]+:ATATT3xFfGF0[\w-]{170}=[0-9A-F]{8}$/.test(Buffer.from(v, 'base64').toString('utf8'));
    case 'azure_sas_key': return /^[A-Za-z0-9+/]{43}=$/.test(v);
    case 'hubspot-client-secret': case 'marqeta-token': return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v);
    case 'hubspot-refresh': return /^(na1|eu1)-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
    case 'dropbox-refresh': return /^[A-Za-z0-9]{64}$/.test(v);
    case 'webhook-secret': return /^[A-Za-z0-9]{40}$/.test(v);
    case 'papertrail-token': return /^[A-Za-z0-9]{20}$/.test(v);
    case 'segment-write-key': return /^[A-Za-z0-9]{32}$/.test(v);
    case 'gocardless-token': return /^[\w-]{40}$/.test(v);
    case 'zoom-access-token': case 'docusign-access-token': case 'jwt_bearer': return jwtOk(v);
    case 'supabase_service': return jwtOk(v, 'service_role');
    case 'gcp_pem': return pemOk(v, 'PRIVATE KEY') && v.includes('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
    case 'coinbase_pem': return pemOk(v, 'EC PRIVATE KEY');
    case 'sntrys': {
      const m = /^sntrys_([\w-]+)_([\w-]{43})$/.exec(v);
      return !!m && typeof (b64json(m[1]!) as { org?: string } | undefined)?.org === 'string';
    }
    case 'mapbox_sk': {
      const m = /^sk\.([\w-]+)\.([\w-]{22})$/.exec(v);
      return !!m && typeof (b64json(m[1]!) as { u?: string } | undefined)?.u === 'string';
    }
    case 'op_service': return v.startsWith('ops_') && typeof (b64json(v.slice(4)) as { secretKey?: string } | undefined)?.secretKey === 'string';
    case 'discord_bot': {
      const [id, ts, hmac] = v.split('.');
      return /^\d{17,19}$/.test(Buffer.from(id ?? '', 'base64').toString('utf8')) && /^[\w-]{6}$/.test(ts ?? '') && /^[\w-]{27,38}$/.test(hmac ?? '');
    }
    default: return true;
  }
}
