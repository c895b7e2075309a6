import { jsonInner, pyDict, xml, yamlScalar } from './blind-set-87-enc';
import { basic, iso, kit, spell, stack, ts14, vendorSecrets } from './blind-set-87-kit';
import { password, pemKey, pgpKey, PW_KEYS, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: file transport to clearinghouses and carriers: SFTP configs and paramiko logs, AS2 partner logs, PGP encryption configs. */

const HOSTS = ['sftp.availity.com', 'edi-sftp.changehealthcare.com', 'mft.optum.com', 'sftp.waystar.com', 'ftp.bcbsil.com', 'sftp.benefitfocus.com', 'files.adp.com'];

const sftpConfig = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const host = r.pick(HOSTS);
  const user = `${k.org.short.toLowerCase()}${r.pick(['_edi', '-prod', '_834', ''])}${r.digits(3)}`;
  const pw = c.cred(password(r), 'password');
  const pwKey = r.pick(PW_KEYS);
  const style = r.pick([0, 1, 2] as const);
  let cfg: string;
  switch (r.int(0, 2)) {
    case 0:
      cfg = [`trading_partners:`, `  - name: ${host.split('.')[1]}`, `    host: ${host}`, `    port: 22`, `    username: ${user}`, `    ${pwKey}: ${yamlScalar(pw, style)}`, `    remote_dir: /${r.pick(['SendFiles', 'inbound/837', 'outgoing/835'])}`, `    known_host_key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${r.b64(40)}`, `    ${spell(r, ['pgp', 'passphrase'])}: ${yamlScalar(c.cred(password(r), 'password'), style)}`].join('\n');
      break;
    case 1:
      cfg = JSON.stringify({ partner: host, sftp: { host, port: 22, user, [pwKey]: pw, privateKey: r.chance(0.5) ? c.cred(pemKey(r, 'RSA'), 'private-key') : '/etc/edi/keys/id_rsa' }, schedule: '*/15 * * * *' }, null, r.pick([0, 2]));
      break;
    default:
      cfg = `SftpClient(host='${host}', port=22, username='${user}', password=${JSON.stringify(pw).replace(/^"|"$/g, "'")}, look_for_keys=False)`;
  }
  const log = [
    `${iso(t).replace('T', ' ').slice(0, 19)},${r.digits(3)} INFO paramiko.transport Connected (version 2.0, client ${r.pick(['OpenSSH_8.0', 'GoAnywhere', 'CrushFTPSSHD', 'SSHD'])})`,
    `${iso(t).replace('T', ' ').slice(0, 19)},${r.digits(3)} INFO paramiko.transport Authentication (password) failed.`,
    `${iso(t).replace('T', ' ').slice(0, 19)},${r.digits(3)} ERROR edi.transfer upload ${r.pick(['837P', '834', '270'])}_${ts14(t).slice(0, 8)}_${r.num(5)}.pgp to ${host} failed: paramiko.ssh_exception.AuthenticationException: Authentication failed.`,
  ].join('\n');
  return wrapAlert(c, `${log}\nconfig in use:\n${cfg}\n${stack(r, 'py', 'sftp_push')}\n${vendorSecrets(c, host.split('.')[1]!)}`, `SFTP upload to ${host} failing`, t);
};

const as2Log = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const partner = r.pick(['OPTUM_AS2', 'CHC_AS2', 'SURESCRIPTS', 'BCBSMA_EDI']);
  const msgId = `<${r.pick(['OPENAS2', 'CLEO', 'MENDELSON'])}-${ts14(t)}-${r.hex(8)}@${k.org.short}_${partner}>`;
  const certPw = c.cred(password(r), 'password');
  const lines = [
    `${iso(t).replace('T', ' ').slice(0, 19)} ERROR [AS2SenderModule] message ${msgId} failed: Http Response Error 401 Unauthorized`,
    `POST https://as2.${r.pick(['optum.com', 'changehealthcare.com', 'bcbsma.com'])}/as2/receive HTTP/1.1`,
    `AS2-From: ${k.org.short}_AS2`,
    `AS2-To: ${partner}`,
    `Message-Id: ${msgId}`,
    `Disposition-Notification-To: https://as2.${k.org.domain}/mdn`,
    `Authorization: Basic ${basic(c, `${k.org.short.toLowerCase()}_as2`, password(r))}`,
    `Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m`,
    '',
    `partnership: <partnership name="${k.org.short}-to-${partner}"><sender name="${k.org.short}"/><receiver name="${partner}"/><attribute name="as2_url" value="https://as2.partner.net/receive"/><attribute name="keystore_password" value="${xml(certPw)}"/><attribute name="encrypt" value="3DES"/></partnership>`,
  ];
  if (r.chance(0.5)) lines.push(`signing key (${k.org.short.toLowerCase()}-as2-2024):`, c.cred(pemKey(r), 'private-key'));
  return wrapAlert(c, `${lines.join('\n')}\n${vendorSecrets(c, 'as2')}`, `AS2 partner ${partner} rejecting`, t);
};

const pgpConfig = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const key = c.cred(pgpKey(r), 'pgp-private-key');
  const pass = c.cred(password(r), 'password');
  const fp = r.hex(40).toUpperCase();
  const text = r.pick([
    () => `gpg: decryption failed: No secret key\nERROR edi.decrypt inbound 835_${ts14(t).slice(0, 8)}.pgp: BadPassphrase\nloaded key ${fp} from EDI_PGP_PRIVATE_KEY:\n${key}\npassphrase=${pass}`,
    () => JSON.stringify({ level: 'error', msg: 'openpgp: decrypt failed', fingerprint: fp, settings: { [spell(r, ['pgp', 'private', 'key'])]: key, [spell(r, ['pgp', 'passphrase'])]: pass, recipient: `edi@${k.org.domain}` } }),
    () => `python-gnupg: import_keys returned 0 keys\nkwargs=${pyDict({ key_data: key, passphrase: pass, always_trust: true })}\n${stack(r, 'py', 'pgp_decrypt')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'edi')}`, 'EDI decryption failures', t);
};

const blobUpload = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const acct = `${r.pick(['edi', 'benefits', 'hrfeeds'])}${r.lowerAlnum(8)}`;
  const key = c.cred(T.azureKey(r), 'azure-storage-key');
  const ak = c.cred(T.awsKey(r), 'aws-access-key');
  const sk = c.cred(T.awsSecret(r), 'aws-secret-key');
  const text = r.pick([
    () => `Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nStatus: 403 (AuthenticationFailed)\nConnectionString: DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${key};EndpointSuffix=core.windows.net\n${stack(r, 'cs', 'EdiArchive')}\nfallback s3 creds: aws_access_key_id=${ak} aws_secret_access_key=${sk}`,
    () => `{"level":"error","msg":"archive upload failed","container":"x12-archive","conn":"${jsonInner(`DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${key};EndpointSuffix=core.windows.net`)}","s3":{"accessKeyId":"${ak}","secretAccessKey":"${jsonInner(sk)}","bucket":"${k.org.short.toLowerCase()}-edi-archive"}}`,
  ])();
  return wrapAlert(c, text, 'EDI archive upload failing', t);
};

export const TRANSFER_SOURCES: readonly Source87[] = [
  { name: 'sftp-config', formats: [sftpConfig, sftpConfig] },
  { name: 'as2', formats: [as2Log] },
  { name: 'pgp-config', formats: [pgpConfig] },
  { name: 'blob-archive', formats: [blobUpload] },
];
