import { B62, B64URL, DIGITS, LOWER, UPPER, Rng9 } from './blind-set-9-rng';
import { crcTail60 } from './blind-set-60-data';

/** One planted value: its text, its kind and its group. */
export interface Planted60 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** The base of a case's generator context: a seeded stream, the values planted so far, and the credential generators. */
export class Ctx60Base {
  readonly values: Planted60[] = [];
  constructor(readonly r: Rng9) {}

  /** Records a planted value and returns it. */
  put(value: string, kind: string, group: Planted60['group']): string {
    this.values.push({ value, kind, group });
    return value;
  }
  protected cr(value: string, kind: string): string {
    return this.put(value, kind, 'credential');
  }
  protected pe(value: string, kind: string): string {
    return this.put(value, kind, 'personal');
  }
  protected fi(value: string, kind: string): string {
    return this.put(value, kind, 'financial');
  }
  /** Unrecorded helpers for context (ids that are no secret). */
  sfId(prefix: string): string {
    return prefix + this.r.chars(DIGITS, 1) + this.r.b62(11) + this.r.chars(UPPER, 3);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  uuid(): string {
    return this.r.uuid();
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  ts(): string {
    return `2026-${String(this.int(1, 11)).padStart(2, '0')}-${String(this.int(10, 28))}T${String(this.int(10, 23))}:${String(this.int(10, 59))}:${String(this.int(10, 59))}.${this.r.digits(3)}Z`;
  }

  // ---- credentials ----
  sfAccess(): string {
    return this.cr(`00D${this.r.chars(DIGITS, 1)}${this.r.b62(11)}!${this.r.chars(B62 + '._', 2)}${this.r.b62(4)}.${this.r.chars(B62 + '._', 90)}`, 'salesforce-access-token');
  }
  sfRefresh(): string {
    return this.cr(`5Aep861${this.r.chars(B62 + '._', 80)}`, 'salesforce-refresh-token');
  }
  sfSecret(): string {
    return this.cr(this.r.chars('0123456789ABCDEF', 64), 'salesforce-consumer-secret');
  }
  sfSecToken(): string {
    return this.cr(this.r.b62(25), 'salesforce-security-token');
  }
  password(): string {
    const r = this.r;
    const w = r.pick(['Tr0mb0ne', 'Lighthouse', 'Quokka', 'Paprika', 'Zeppelin', 'Marzipan', 'Fjord', 'Cobalt']);
    const p = r.pick([
      () => r.password(r.int(12, 20)),
      () => `${w}${r.pick(['#', '&', ';', '!', '$'])}${r.digits(4)}${r.pick(['!', '?', '%'])}${r.chars(UPPER + LOWER, 3)}`,
      () => `${w} ${r.chars(LOWER, 5)} ${r.digits(3)}${r.pick(['#', ';', '&'])}`,
      () => `${r.chars(UPPER + LOWER + DIGITS, 6)};${r.chars(UPPER + LOWER + DIGITS, 6)}&${r.digits(2)}`,
    ])();
    return this.cr(p, 'password');
  }
  urlPassword(): string {
    return this.cr(this.r.urlPassword(this.int(14, 22)), 'password');
  }
  hsPat(): string {
    return this.cr(`pat-${this.pick(['na1', 'eu1', 'na2'])}-${this.uuid()}`, 'hubspot-private-app-token');
  }
  hsRefresh(): string {
    const h = this.hex(32);
    return this.cr(`${this.pick(['na1', 'eu1'])}-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 28)}`, 'hubspot-refresh-token');
  }
  hsAccess(): string {
    return this.cr(`C${this.pick(['J', 'K', 'O'])}${this.r.chars(B62, 14)}${this.r.chars(B64URL, 130)}`, 'hubspot-oauth-access-token');
  }
  uuidSecret(kind: string): string {
    return this.cr(this.uuid(), kind);
  }
  zdToken(): string {
    return this.cr(this.r.b62(40), 'zendesk-api-token');
  }
  fdKey(): string {
    return this.cr(this.r.b62(20), 'freshdesk-api-key');
  }
  intercomToken(): string {
    return this.cr(Buffer.from(`tok:${this.uuid()}:1:0`).toString('base64'), 'intercom-access-token');
  }
  b62Secret(n: number, kind: string): string {
    return this.cr(this.r.b62(n), kind);
  }
  hexSecret(n: number, kind: string): string {
    return this.cr(this.hex(n), kind);
  }
  b64Secret(bytes: number, kind: string): string {
    return this.cr(this.r.b64(bytes), kind);
  }
  marketoToken(): string {
    return this.cr(`${this.uuid()}:${this.pick(['ab', 'sj', 'int', 'sn'])}`, 'marketo-access-token');
  }
  klaviyoKey(): string {
    return this.cr(`pk_${this.hex(34)}`, 'klaviyo-private-key');
  }
  mailchimpKey(): string {
    return this.cr(`${this.hex(32)}-us${this.int(1, 21)}`, 'mailchimp-api-key');
  }
  mandrillKey(): string {
    return this.cr(`md-${this.r.chars(B62 + '_-', 22)}`, 'mandrill-api-key');
  }
  segmentToken(): string {
    return this.cr(`sgp_${this.r.b62(64)}`, 'segment-public-api-token');
  }
  closeKey(): string {
    return this.cr(`api_${this.r.b62(22)}.${this.r.b62(22)}`, 'close-api-key');
  }
  censusToken(): string {
    return this.cr(`secret-token:${this.r.b62(24)}`, 'census-api-token');
  }
  githubPat(): string {
    const body = this.r.b62(30);
    return this.cr(`ghp_${body}${crcTail60(body)}`, 'github-pat');
  }
  npmToken(): string {
    const body = this.r.b62(30);
    return this.cr(`npm_${body}${crcTail60(body)}`, 'npm-token');
  }
  awsKeyId(): string {
    return this.cr(`AKIA${this.r.chars(UPPER + '234567', 16)}`, 'aws-access-key-id');
  }
  awsSecret(): string {
    return this.cr(this.r.chars(B62 + '+/', 40), 'aws-secret-access-key');
  }
  slackWebhook(): string {
    return this.cr(`https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 8)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`, 'slack-webhook-url');
  }
  sendgridKey(): string {
    return this.cr(`SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`, 'sendgrid-api-key');
  }
  basic(user: string, pass: string): string {
    return this.cr(Buffer.from(`${user}:${pass}`).toString('base64'), 'basic-auth');
  }
  jwt(payload: Record<string, unknown>): string {
    const h = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url');
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return this.cr(`${h}.${p}.${this.r.b64url(256)}`, 'jwt');
  }
  /** A PKCS#8 PEM private key; `sep` joins its lines (a newline, or `\\n` inside JSON). */
  pem(sep: string): string {
    const der = Buffer.concat([Buffer.from('308204bc020100300d06092a864886f70d0101010500048204a6', 'hex'), this.r.bytes(1190)]);
    const b = der.toString('base64');
    const lines = b.match(/.{1,64}/g)!;
    return this.cr(['-----BEGIN PRIVATE KEY-----', ...lines, '-----END PRIVATE KEY-----'].join(sep), 'private-key-pem');
  }

}
