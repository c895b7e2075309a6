import { LOWER } from './blind-set-9-rng';
import { b64json, bech32, cred, pos, wrap, type PosCase21, type Rng21 } from './blind-set-21-types';

const der = (r: Rng21, head: string, n: number): Buffer => Buffer.concat([Buffer.from(head.replace(/ /g, ''), 'hex'), r.bytes(n)]);

/** A PEM block's text and its body (the base64 lines between the armour lines). */
function pem(label: string, body: Buffer, width = 64, headers = ''): { text: string; body: string } {
  const b = wrap(body.toString('base64'), width);
  return { text: `-----BEGIN ${label}-----\n${headers}${b}\n-----END ${label}-----\n`, body: b };
}

/** OpenPGP armour checksum (CRC-24). */
function crc24(data: Buffer): string {
  let c = 0xb704ce;
  for (const byte of data) {
    c ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      c <<= 1;
      if (c & 0x1000000) c ^= 0x1864cfb;
    }
  }
  const out = Buffer.alloc(3);
  out.writeUIntBE(c & 0xffffff, 0, 3);
  return out.toString('base64');
}

function sshString(s: string | Buffer): Buffer {
  const b = typeof s === 'string' ? Buffer.from(s) : s;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

/** An unencrypted ed25519 OpenSSH private key's binary form. */
function opensshEd25519(r: Rng21): Buffer {
  const pub = r.bytes(32);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = r.bytes(4);
  const priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([r.bytes(32), pub])), sshString(`deploy@ci-${r.chars(LOWER, 5)}`), Buffer.from([1, 2, 3, 4, 5])]);
  const n = Buffer.alloc(4);
  n.writeUInt32BE(1);
  return Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), n, sshString(pubBlob), sshString(priv)]);
}

const hs256 = (r: Rng21, payload: Record<string, unknown>): string => `${b64json({ alg: 'HS256', typ: 'JWT' })}.${b64json(payload)}.${r.b64url(32)}`;
const rs256 = (r: Rng21, payload: Record<string, unknown>): string => `${b64json({ alg: 'RS256', kid: r.b64url(20), typ: 'JWT' })}.${b64json(payload)}.${r.b64url(256)}`;
const exp = (r: Rng21): number => 1800000000 + r.int(0, 9999999);

/** Private keys, JWTs and age keys. */
export const KEYS: PosCase21[] = [
  (r) => {
    const k = pem('RSA PRIVATE KEY', der(r, '30 82 04 a4 02 01 00 02 82 01 01 00', 1180));
    return pos('keys/pem-rsa', r.pick([k.text, `# id_rsa\n${k.text}`, `ssh_key = <<EOT\n${k.text}EOT\n`]), cred('pem-rsa-private-key', k.body));
  },
  (r) => {
    const k = pem('PRIVATE KEY', der(r, '30 82 04 be 02 01 00 30 0d 06 09 2a 86 48 86 f7 0d 01 01 01 05 00 04 82 04 a8', 1190));
    return pos('keys/pem-pkcs8', r.pick([k.text, `tls.key: |\n${k.text}`]), cred('pem-pkcs8-private-key', k.body));
  },
  (r) => {
    const k = pem('EC PRIVATE KEY', der(r, '30 77 02 01 01 04 20', 32), 64);
    const body = Buffer.concat([Buffer.from(k.body.replace(/\n/g, ''), 'base64'), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
    const k2 = pem('EC PRIVATE KEY', body);
    return pos('keys/pem-ec', k2.text, cred('pem-ec-private-key', k2.body));
  },
  (r) => {
    const k = pem('PRIVATE KEY', der(r, '30 2e 02 01 00 30 05 06 03 2b 65 70 04 22 04 20', 32));
    return pos('keys/pem-ed25519', `const signingKey = \`${k.text}\`;`, cred('pem-ed25519-private-key', k.body));
  },
  (r) => {
    const k = pem('ENCRYPTED PRIVATE KEY', der(r, '30 82 05 0c 30 4e 06 09 2a 86 48 86 f7 0d 01 05 0d 30 41', 1290));
    return pos('keys/pem-encrypted', k.text, cred('pem-encrypted-private-key', k.body));
  },
  (r) => {
    const k = pem('DSA PRIVATE KEY', der(r, '30 82 01 bb 02 01 00 02 81 81 00', 436));
    return pos('keys/pem-dsa', k.text, cred('pem-dsa-private-key', k.body));
  },
  (r) => {
    const k = pem('OPENSSH PRIVATE KEY', opensshEd25519(r), 70);
    return pos('keys/openssh', r.pick([k.text, `cat > ~/.ssh/id_ed25519 <<'EOF'\n${k.text}EOF\n`]), cred('openssh-private-key', k.body));
  },
  (r) => {
    const raw = der(r, '95 03 98 04', 940);
    const b = wrap(raw.toString('base64'), 64);
    const text = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${r.pick(['', 'Comment: release signing key\n'])}\n${b}\n=${crc24(raw)}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
    return pos('keys/pgp-private', text, cred('pgp-private-key-block', b));
  },
  (r) => {
    const priv = wrap(r.b64(48), 64);
    const text = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2026${r.digits(4)}\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(24)}\n${r.b64(12)}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${r.hex(64)}\n`;
    return pos('keys/putty', text, cred('putty-private-key', priv));
  },
  (r) => {
    const email = `svc-${r.chars(LOWER, 6)}@acme-prod-${r.digits(6)}.iam.gserviceaccount.com`;
    const body = wrap(der(r, '30 82 04 bd 02 01 00 30 0d 06 09 2a 86 48 86 f7 0d 01 01 01 05 00 04 82 04 a7', 1188).toString('base64'), 64).replace(/\n/g, '\\n');
    const text = `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "${email}"\n}`;
    return pos('keys/gcp-service-account', text, cred('gcp-service-account-key', body));
  },
  (r) => {
    const inner = pem('RSA PRIVATE KEY', der(r, '30 82 04 a4 02 01 00 02 82 01 01 00', 1180)).text;
    const b = Buffer.from(inner).toString('base64');
    return pos('keys/kubeconfig-client-key', `users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: ${b}\n`, cred('kubeconfig-client-key', b));
  },
  (r) => {
    const key = bech32('age-secret-key-', r.bytes(32)).toUpperCase();
    return pos('keys/age', r.pick([`# created: 2026-11-0${r.int(1, 9)}T10:00:00Z\n# public key: age1${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n${key}\n`, `SOPS_AGE_KEY=${key}`]), cred('age-secret-key', key));
  },
  (r) => {
    const t = hs256(r, { sub: `user_${r.digits(6)}`, role: 'admin', iat: exp(r) - 3600, exp: exp(r) });
    return pos('keys/jwt-header', r.pick([`Authorization: Bearer ${t}`, `curl -H "Authorization: Bearer ${t}" https://api.example.com/v1/me`]), cred('jwt', t));
  },
  (r) => {
    const t = hs256(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1700000000, exp: 2015000000 });
    return pos('keys/jwt-supabase', `SUPABASE_SERVICE_ROLE_KEY=${t}`, cred('jwt', t));
  },
  (r) => {
    const t = rs256(r, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'prod', 'kubernetes.io/serviceaccount/service-account.name': `deployer-${r.chars(LOWER, 4)}`, sub: 'system:serviceaccount:prod:deployer' });
    return pos('keys/jwt-k8s', `users:\n- name: deployer\n  user:\n    token: ${t}\n`, cred('jwt', t));
  },
  (r) => {
    const t = rs256(r, { iss: `https://acme-${r.chars(LOWER, 4)}.eu.auth0.com/`, aud: 'https://api.acme.io', scope: 'read:users', exp: exp(r) });
    return pos('keys/jwt-cookie', `Set-Cookie: access_token=${t}; Path=/; HttpOnly; Secure`, cred('jwt', t));
  },
];
