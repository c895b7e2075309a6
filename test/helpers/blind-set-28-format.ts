import { aadhaarOk28, abaOk28, bsnOk28, cpfOk28, dniOk28, ibanOk28, luhnOk28, ninoOk28, nirOk28, nricOk28, peselOk28, ssnOk28, steuerOk28, tfnOk28 } from './blind-set-28-checks';

/** Undoes a value's encoding (`json`, `url`, `b64`, `py`); null when it does not decode. */
export function decode28(enc: string, v: string): string | null {
  try {
    if (enc === 'json') return JSON.parse(`"${v}"`) as string;
    if (enc === 'url') return decodeURIComponent(v.replace(/\+/g, ' '));
    if (enc === 'b64') {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return null;
      return Buffer.from(v, 'base64').toString('utf8');
    }
    if (enc === 'py') return v;
  } catch {
    return null;
  }
  return null;
}

const b64json = (s: string) => {
  try { return typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object'; } catch { return false; }
};

const RX: Record<string, RegExp> = {
  openai: /^sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80}$/,
  anthropic: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
  groq: /^gsk_[A-Za-z0-9]{52}$/,
  hf: /^hf_[A-Za-z]{34}$/,
  replicate: /^r8_[A-Za-z0-9]{37}$/,
  pplx: /^pplx-[A-Za-z0-9]{48}$/,
  xai: /^xai-[A-Za-z0-9]{80}$/,
  google: /^AIza[A-Za-z0-9_-]{35}$/,
  azure: /^[0-9a-f]{32}$/,
  deepseek: /^sk-[0-9a-f]{32}$/,
  mistral: /^[A-Za-z0-9]{32}$/,
  cohere: /^[A-Za-z0-9]{40}$/,
  together: /^(tgp_v1_[A-Za-z0-9_-]{43}|[0-9a-f]{64})$/,
  fireworks: /^fw_[A-Za-z0-9]{24}$/,
  awsid: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  awssecret: /^[A-Za-z0-9+/]{40}$/,
  awssession: /^IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{300,380}$/,
  langfuse: /^sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  langsmith: /^lsv2_(pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/,
  pinecone: /^(pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/,
  weaviate: /^[A-Za-z0-9]{40}$/,
  qdrant: /^[A-Za-z0-9_-]{54}$/,
  zilliz: /^[0-9a-f]{104}$/,
  elevenlabs: /^(sk_[0-9a-f]{48}|[0-9a-f]{32})$/,
  deepgram: /^[0-9a-f]{40}$/,
  assemblyai: /^[0-9a-f]{32}$/,
  wandb: /^[0-9a-f]{40}$/,
  serper: /^[0-9a-f]{40}$/,
  helicone: /^sk-helicone-([a-z0-9]{7}-){3}[a-z0-9]{7}$/,
  whsec: /^whsec_[A-Za-z0-9+/=]{32}$/,
  stripe: /^(sk|rk)_live_[A-Za-z0-9]{99}$/,
  github: /^(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$/,
  slack: /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/,
  grefresh: /^1\/\/0[A-Za-z0-9_-]{99}$/,
  gsecret: /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  bearer: /^[A-Za-z0-9_-]{40,64}$/,
  sendgrid: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  secret: /^[A-Za-z0-9_~.-]{24,80}$/,
  password: /^\S{8,40}$/,
  email: /^[a-z0-9._]+@(gmail\.com|outlook\.com|proton\.me|yahoo\.com|icloud\.com|hotmail\.co\.uk|gmx\.de|web\.de|orange\.fr|libero\.it|protonmail\.com|hotmail\.com)$/,
  pan: /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/,
  passport: /^[A-Z0-9]{8,9}$/,
  sortcode: /^\d{2}-\d{2}-\d{2}$/,
  bsb: /^0\d{2}-\d{3}$/,
  ifsc: /^[A-Z]{4}0\d{6}$/,
  account: /^\d{6,15}$/,
  cvv: /^\d{3,4}$/,
  name: /^\p{L}[\p{L}' .-]+ [\p{L}' .-]+$/u,
  dob: /\d{4}/,
  address: /^\S.*\d.*\S$/,
  licence: /^[A-Z0-9 -]{8,18}$/,
};

/** Checks the base format of a decoded value. */
function baseOk(kind: string, v: string): boolean {
  switch (kind) {
    case 'jwt': { const p = v.split('.'); return p.length === 3 && b64json(p[0]!) && b64json(p[1]!) && /^[A-Za-z0-9_-]{20,}$/.test(p[2]!); }
    case 'pem': return /^-----BEGIN PRIVATE KEY-----\n([A-Za-z0-9+/]{1,64}\n)+-----END PRIVATE KEY-----\n$/.test(v);
    case 'basic': return /^[^:\s]+:\S{6,}$/.test(v);
    case 'card': { const d = v.replace(/[ -]/g, ''); return /^\d{15,16}$/.test(d) && luhnOk28(d) && !d.startsWith('4242424242'); }
    case 'iban': return ibanOk28(v) && v.replace(/ /g, '') !== 'DE89370400440532013000';
    case 'routing': return abaOk28(v);
    case 'ssn': return ssnOk28(v);
    case 'nino': return ninoOk28(v);
    case 'sin': { const d = v.replace(/[ -]/g, ''); return /^\d{9}$/.test(d) && luhnOk28(d); }
    case 'nir': return nirOk28(v);
    case 'steuerid': return steuerOk28(v);
    case 'dni': return dniOk28(v);
    case 'bsn': return bsnOk28(v);
    case 'pesel': return peselOk28(v);
    case 'cpf': return cpfOk28(v);
    case 'aadhaar': return aadhaarOk28(v);
    case 'tfn': return tfnOk28(v);
    case 'nric': return nricOk28(v);
    case 'phone': { const d = v.replace(/\D/g, ''); return d.length >= 9 && d.length <= 15 && /^[+(0-9][0-9 ().-]+$/.test(v); }
  }
  const rx = RX[kind];
  return rx ? rx.test(v) : true;
}

/** Checks a planted value's own format and checksum after undoing its encoding (`base~enc`). */
export function formatOk28(kind: string, value: string): boolean {
  const [base, enc] = kind.split('~') as [string, string | undefined];
  const v = enc ? decode28(enc, value) : value;
  if (v === null) return false;
  if (enc && enc !== 'py' && v === value && enc !== 'json') return false;
  return baseOk(base, v);
}
