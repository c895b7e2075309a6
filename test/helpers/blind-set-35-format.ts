import { abaOk35, bsnOk35, cpfOk35, dniOk35, ibanOk35, luhnOk35, ninoOk35, pnrOk35, ssnOk35 } from './blind-set-35-checks';

function b64json(s: string): boolean {
  try {
    const o: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
}

/** True when a JWT's header and claims decode to JSON objects and the header names an algorithm. */
export function jwtOk35(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  if (!b64json(parts[0]!) || !b64json(parts[1]!)) return false;
  return typeof (JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown }).alg === 'string';
}

/** True when a PEM block has matching BEGIN/END labels and a base64 body that decodes to a DER SEQUENCE. */
export function pemOk35(s: string): boolean {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----\n?$/.exec(s);
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\n/g, ''), 'base64');
  return der.length > 64 && der[0] === 0x30;
}

function b64(s: string): Buffer | null {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 ? Buffer.from(s, 'base64') : null;
}

const SHAPES: Record<string, RegExp> = {
  'steam-publisher-key': /^[0-9A-F]{32}$/,
  'steam-web-api-key': /^[0-9A-F]{32}$/,
  'steam-session-ticket': /^14000000[0-9A-F]{200,}$/,
  'eos-client-secret': /^[A-Za-z0-9+/]{43}$/,
  'playfab-secret-key': /^[A-Z0-9]{52}$/,
  'aws-access-key-id': /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  'aws-secret-key': /^[A-Za-z0-9+/]{40}$/,
  'azure-client-secret': /^[A-Za-z0-9]{3}[78]Q~[A-Za-z0-9_.~-]{34}$/,
  'discord-webhook-token': /^[A-Za-z0-9_-]{68}$/,
  'twitch-client-secret': /^[a-z0-9]{30}$/,
  'twitch-oauth-token': /^[a-z0-9]{30}$/,
  'google-api-key': /^AIza[0-9A-Za-z_-]{35}$/,
  'google-oauth-client-secret': /^GOCSPX-[0-9A-Za-z_-]{28}$/,
  'google-refresh-token': /^1\/\/0[0-9A-Za-z_-]{99}$/,
  'spotify-client-secret': /^[0-9a-f]{32}$/,
  'agora-app-certificate': /^[0-9a-f]{32}$/,
  'vimeo-token': /^[0-9a-f]{32}$/,
  'wistia-token': /^[0-9a-f]{64}$/,
  'contentful-token': /^(CFPAT-)?[A-Za-z0-9_-]{43}$/,
  'sanity-token': /^sk[A-Za-z0-9]{180}$/,
  'stripe-secret-key': /^[sr]k_live_[A-Za-z0-9]{24}([A-Za-z0-9]{75})?$/,
  'paypal-client-secret': /^E[A-Za-z0-9_-]{79}$/,
  'paddle-api-key': /^pdl_live_apikey_01[0-9a-hjkmnp-tv-z]{24}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}$/,
  'kofi-verification-token': /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'backtrace-token': /^[0-9a-f]{64}$/,
  'perforce-ticket': /^[0-9A-F]{32}$/,
  'unity-serial': /^[A-Z0-9]{2}(-[A-Z2-9]{4}){5}$/,
  'github-token': /^ghp_[A-Za-z0-9]{36}$/,
  'widevine-signing-key': /^[0-9a-f]{64}$/,
  'widevine-signing-iv': /^[0-9a-f]{32}$/,
  'akamai-token-key': /^[0-9a-f]{64}$/,
  email: /^[^@\s%]+(@|%40)[a-z0-9.-]+\.[a-z]{2,}$/,
  'date-of-birth': /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/,
  'bank-account': /^\d{8,17}$/,
};

/** Checks a planted value's own format: checksums, decodable structure, or the provider's documented shape. */
export function formatOk35(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number': return /^[\d -]{13,23}$/.test(value) && luhnOk35(value) && [15, 16].includes(value.replace(/\D/g, '').length);
    case 'iban': return ibanOk35(value);
    case 'aba-routing': return abaOk35(value);
    case 'ssn':
    case 'itin': return ssnOk35(value);
    case 'ca-sin': return /^\d{3} \d{3} \d{3}$/.test(value) && luhnOk35(value);
    case 'br-cpf': return cpfOk35(value);
    case 'es-dni': return dniOk35(value);
    case 'nl-bsn': return bsnOk35(value);
    case 'se-personnummer': return pnrOk35(value);
    case 'uk-nino': return ninoOk35(value);
    case 'jwt': return jwtOk35(value);
    case 'pem-private-key': return pemOk35(value);
    case 'pem-private-key-json': return !value.includes('\n') && pemOk35(value.replace(/\\+n/g, '\n'));
    case 'mux-signing-key-b64': {
      const b = b64(value);
      return !!b && pemOk35(b.toString('utf8'));
    }
    case 'basic-auth': {
      const b = b64(value);
      return !!b && /^[\x21-\x7e]+:[\x21-\x7e]+$/.test(b.toString('utf8'));
    }
    case 'keystore-base64': {
      const b = b64(value);
      return !!b && b.readUInt32BE(0) === 0xfeedfeed;
    }
    case 'discord-bot-token': {
      const [id, ts, mac] = value.split('.');
      return !!id && !!ts && !!mac && /^\d{17,20}$/.test(Buffer.from(id, 'base64').toString('utf8')) && /^[A-Za-z0-9_-]{6}$/.test(ts) && /^[A-Za-z0-9_-]{27,38}$/.test(mac);
    }
    case 'phone': {
      const n = value.replace(/\D/g, '').length;
      return /^[+()\d .-]+$/.test(value) && n >= 10 && n <= 13;
    }
    case 'sentry-token': return /^sntryu_[0-9a-f]{64}$/.test(value) || (/^sntrys_([A-Za-z0-9+/]+)_[A-Za-z0-9+/]{43}$/.test(value) && b64json(value.slice(7, value.lastIndexOf('_'))));
    default: {
      const re = SHAPES[kind];
      return re ? re.test(value) : true;
    }
  }
}
