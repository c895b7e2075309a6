import type { PosTemplate24 } from './blind-set-24-types';
import { jwt, pemKey, pkcs12, opensshKey, vaultToken } from './blind-set-24-values';

/** Integration credentials of regulated partners: AS2 certificates and keys, SFTP drops, SMART on FHIR apps, MLLP VPN PSKs. */

const PARTNERS = ['optum', 'availity', 'waystar', 'navicure', 'healthedge', 'bcbsil'];

export const CREDS_EDI_TEMPLATES: PosTemplate24[] = [
  {
    source: 'as2',
    name: 'mendelson-partner-key',
    make: (r, b) => {
      const key = pemKey(r, 'RSA PRIVATE KEY');
      const ks = r.password(14);
      return `[mec-as2] 2026-12-05 02:${r.int(10, 59)}:11 ERROR Outbound transmission ${r.hex(8)}@${r.pick(PARTNERS)}_as2 failed: MDN signature invalid
Partner "${r.pick(PARTNERS).toUpperCase()}_PROD" (AS2-To: ${r.pick(PARTNERS).toUpperCase()}AS2) local station signing key dump follows (debug=true):
${b.c('private-key', key)}
keystore: /opt/mec_as2/certificates.p12 (password: ${b.c('pfx-password', ks)})`;
    },
  },
  {
    source: 'as2',
    name: 'openas2-partnership',
    make: (r, b) => {
      const ks = r.password(16);
      const p12 = pkcs12(r);
      return `OpenAS2 ERROR: org.openas2.OpenAS2Exception: Keystore was tampered with, or password was incorrect
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory" filename="%home%/as2_certs.p12" password="${b.c('pfx-password', ks)}" interval="300"/>
  <partnership name="HOSP-to-${r.pick(PARTNERS)}"><attribute name="as2_url" value="https://as2.${r.pick(PARTNERS)}.com:4080/as2"/><attribute name="encrypt" value="3DES"/></partnership>
  inline cert bundle (AS2_P12_BASE64): ${b.c('pkcs12-base64', p12)}`;
    },
  },
  {
    source: 'smart',
    name: 'smart-confidential-env',
    make: (r, b) => {
      const secret = r.b64url(48);
      const refresh = r.b64url(64);
      const at = jwt(
        r,
        { alg: 'RS256', kid: r.hex(10), typ: 'JWT' },
        { iss: 'https://fhir.ridgeview.org/auth', client_id: r.uuid(), scope: 'patient/*.read launch/patient offline_access', exp: 1796000000 + r.int(0, 9000000) },
      );
      return `smart-app crashed on boot: TypeError: Cannot read properties of undefined (reading 'authorize_uri')
process.env (subset):
  SMART_ISS=https://fhir.ridgeview.org/r4
  SMART_CLIENT_SECRET=${b.c('client-secret', secret)}
  SMART_LAST_REFRESH_TOKEN=${b.c('refresh-token', refresh)}
  SMART_LAST_ACCESS_TOKEN=${b.c('jwt', at)}`;
    },
  },
  {
    source: 'vpn',
    name: 'strongswan-mllp-psk',
    make: (r, b) => {
      const psk1 = r.password(r.int(24, 32));
      const psk2 = r.b64(24);
      return `charon: 14[IKE] tunnel "hl7-mllp-labcorp" failed: received AUTHENTICATION_FAILED notify error
# cat /etc/ipsec.secrets (collected by support bundle)
203.0.113.${r.int(2, 250)} 198.51.100.${r.int(2, 250)} : PSK "${b.c('psk', psk1)}"
%any hl7-vpn.${r.pick(PARTNERS)}.net : PSK 0s${b.c('psk', psk2)}`;
    },
  },
  {
    source: 'vpn',
    name: 'stunnel-psk-mllp',
    make: (r, b) => {
      const k1 = r.hex(48);
      const k2 = r.b62(40);
      return `stunnel 5.72 [!] SSL_accept: error:0A000412:SSL routines::sslv3 alert bad certificate (service mllp-adt, 10.20.1.5:6661)
[mllp-adt]
accept = 0.0.0.0:6661
connect = 127.0.0.1:2575
PSKsecrets = /etc/stunnel/psk.txt
# /etc/stunnel/psk.txt
epic-adt:${b.c('psk', k1)}
rhapsody-oru:${b.c('psk', k2)}`;
    },
  },
  {
    source: 'sftp',
    name: 'lftp-clearinghouse',
    make: (r, b) => {
      const pw1 = r.password(14).replace(/[#%^*]/g, '_');
      const pw2 = r.password(16).replace(/[#%^*]/g, '.');
      return `cron[edi-pull] exit 8: lftp -u "sub${r.digits(6)},${b.c('sftp-password', pw1)}" -e "mirror --only-newer /outbound/999 /data/edi/acks; bye" sftp://mft.${r.pick(PARTNERS)}.com
lftp: Fatal error: max-retries exceeded (Login failed: Login incorrect)
fallback: sshpass -p '${b.c('sftp-password', pw2)}' sftp -oBatchMode=no era_${r.digits(4)}@sftp.${r.pick(PARTNERS)}.com:/835`;
    },
  },
  {
    source: 'sftp',
    name: 'mft-ssh-key-vault',
    make: (r, b) => {
      const key = opensshKey(r);
      const tok = vaultToken(r);
      return `mft-agent: failed to read secret/data/edi/${r.pick(PARTNERS)} from Vault (403 permission denied), falling back to local key
VAULT_TOKEN=${b.c('vault-token', tok)}
SFTP_IDENTITY<<EOF
${b.c('openssh-private-key', key)}
EOF`;
    },
  },
  {
    source: 'smart',
    name: 'epic-backend-jwk-private',
    make: (r, b) => {
      const d = r.b64url(32);
      const x = r.b64url(32);
      const y = r.b64url(32);
      return `jwks-rotate ERROR uploaded private JWK by mistake to public JWKS endpoint; Epic rejected key set:
{"keys":[{"kty":"EC","crv":"P-256","kid":"${r.hex(16)}","use":"sig","alg":"ES384","x":"${x}","y":"${y}","d":"${b.c('private-key-jwk', d)}"}]}`;
    },
  },
];
