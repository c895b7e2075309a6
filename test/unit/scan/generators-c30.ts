import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms): value generators and a sample
 * for each of the round's detectors (see generators.ts).
 */

const FIRST = ['Avery', 'Megan', 'Lucía', 'Torsten', 'Priyanka', 'Keisha', 'Rohan', 'Inès', 'Tomasz', 'Chiara', 'Oluwaseun', 'Mathilde'];
const LAST = ['MacDonald', 'Castellano', 'Whitaker', 'Kowalczyk', 'Schäfer', 'Menon', 'McKenzie', 'Ortega', 'Fitzgerald', 'Nakamura', 'DeSilva', 'Brennan'];

/** A person's full name (Mac/Mc/De capitals and accents included). */
export function fullName(r: Rng): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

/** A lowercase UUID. */
export function uuid30(r: Rng): string {
  return `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
}

/** A random token with upper, lower and digits. */
export function mixed(r: Rng, n: number): string {
  return r.str(UPPER, 1) + r.str(LOWER, 1) + r.str(DIG, 1) + r.str(B62, n - 3);
}

/** A Luhn-valid card number. */
export function card30(r: Rng): string {
  const [prefix, len] = r.pick([['4', 16], ['51', 16], ['55', 16], ['37', 15], ['6011', 16]] as const);
  const body = prefix + r.str(DIG, len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const d = body + c;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let x = Number(d[d.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return d;
  }
  throw new Error('unreachable');
}

/** An ABA routing number with a valid check digit (Federal Reserve prefix 01-12). */
export function aba30(r: Rng): string {
  const first8 = String(r.int(1, 12)).padStart(2, '0') + r.str(DIG, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * w[i]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

/** A valid SSN as 9 bare digits. */
export function ssn30(r: Rng): string {
  return String(r.int(101, 665)) + String(r.int(10, 99)) + String(r.int(1001, 9999));
}

/** A Dutch BSN (11-proof). */
export function bsn30(r: Rng): string {
  for (;;) {
    const b = String(r.int(1, 6)) + r.str(DIG, 7);
    const s = [...b].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    for (let d = 0; d < 10; d++) if ((s - d) % 11 === 0) return b + d;
  }
}

/** A German Steuer-ID (11 digits, ISO 7064 MOD 11,10), grouped `92 084 617 383` or bare. */
export function steuerId30(r: Rng, grouped = true): string {
  for (;;) {
    const d = [r.int(1, 9), ...[...r.str(DIG, 9)].map(Number)];
    let p = 10;
    for (let i = 0; i < 10; i++) {
      let s = (d[i]! + p) % 10;
      if (s === 0) s = 10;
      p = (2 * s) % 11;
    }
    const check = (11 - p) % 10;
    const v = d.join('') + check;
    if (grouped) return `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`;
    return v;
  }
}

/** A dotenv file's text with a secret, base64 (as `base64 -w0` prints it). */
export function dotenvB64(r: Rng): string {
  const text = `${r.pick(['KLAVIYO_PRIVATE_KEY', 'BRAZE_API_KEY', 'SEGMENT_WRITE_KEY'])}=pk_${r.str(HEX, 34)}\nGH_TOKEN=ghp_${r.str(B62, 36)}\nAPP_ENV=production\n`;
  return Buffer.from(text).toString('base64');
}

/** A Salesforce-style 3-3-4 Google Ads customer id. */
export function adsCustomerId(r: Rng): string {
  return `${r.int(100, 999)}-${r.int(100, 999)}-${r.int(1000, 9999)}`;
}

/** Sample generators for round c30's detectors. */
export const C30_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-in-form-field-pair': (r) => ['leadgen: {"field_data":[{"name":"full_name","values":["', fullName(r), '"]},{"name":"city","values":["Lyon"]}]}'],
  'person-name-under-role-suffix-key': (r) => ['form submission\n  authorized_signer: ', fullName(r), '\n  bank_account_type: checking\n'],
  'person-name-as-account-holder-in-prose': (r) => ['please refund to my bank account (account holder ', fullName(r), '). Thanks'],
  'person-name-signing-quoted-reply': (r) => ['reply:\n> Please charge the card on file instead.\n> ', fullName(r), '\nrouted to billing'],
  'person-name-spoken-to-in-note': (r) => ['note: "Spoke to ', fullName(r), ' today, wants the renewal on the other card."'],
  'marketo-bearer-token': (r) => ['lead push failed: Authorization: Bearer ', `${uuid30(r)}:${r.pick(['sj', 'ab', 'ca', 'int'])}`, ''],
  'census-api-token': (r) => ['census sync trigger: Authorization: Bearer ', `secret-token:${mixed(r, 32)}`, ''],
  'chargebee-api-key': (r) => ['named credential Chargebee_API: endpoint=https://acme.chargebee.com/api/v2 username=', `live_${mixed(r, 34)}`, ' password=(blank)'],
  'twilio-auth-token-argument': (r) => ["validator = twilio.RequestValidator('", r.str(HEX, 32), "')"],
  'google-refresh-token-escaped': (r) => ['{"oauth":{"refreshToken":"', `1\\/\\/0${r.pick(['4', '9', 'e', 'g'])}${r.str(B62 + '_-', 70)}`, '"}}'],
  'terraform-random-password-block': (r) => ['terraform show:\nresource "random_password" "db" {\n    result = "', mixed(r, 24), '"\n}'],
  'base64-dotenv-secret': (r) => ['Run echo "$ENV_FILE" | base64 -w0\n', dotenvB64(r), '\nRun npm test'],
  'vendor-key-header-anywhere': (r) => ['partner auth: X-Partner-Key: ', mixed(r, 32), ''],
  'ach-routing-account-pair': (r) => [`A${r.str(DIG, 8)},ACH,${aba30(r)}:`, String(r.int(1, 9)) + r.str(DIG, r.int(8, 11)), ',114.03,Error'],
  'card-number-under-number-key': (r) => ['PUT /accounts/code-1/billing_info {"first_name":"Ann","number":"', card30(r), '","month":10,"year":2029}'],
  'meta-capi-unhashed-phone': (r) => [`capi: {"user_data":{"em":["${r.str(HEX, 64)}"],"ph":["`, `${r.pick(['1', '44', '91'])}${r.int(2, 9)}${r.str(DIG, 9)}`, '"]}}'],
  'meta-capi-unhashed-name-or-birth-date': (r) => ['capi: {"user_data":{"ph":["abc"],"fn":["', r.pick(['lucia', 'megan', 'torsten', 'priyanka']), '"]}}'],
  'bank-account-under-qualified-conta-key': (r) => ['{"Banco__c":"Itau","Conta_Reembolso__c":"', `${r.str(DIG, 7)}-${r.int(0, 9)}`, '"}'],
  'google-ads-customer-id': (r) => ['GoogleAdsClient: login-customer-id: ', adsCustomerId(r), ` customers/${r.str(DIG, 10)}/googleAds:search failed`],
  'document-number-typed-by-sibling': (r) => ['age-gate {"idType":"drivers_license","idState":"IL","idNumber":"', `${r.pick([...UPPER])}${r.str(DIG, 3)}-${r.str(DIG, 3)}-${r.str(DIG, 2)}-${r.str(DIG, 3)}`, '","zip":"60601"}'],
  'national-id-under-documento-by-country': (r) => ['payload={"documento":"', bsn30(r), '","iban":"NL00"} reason: field "documento" failed validation for country NL'],
  'us-ssn-bare-after-mention': (r) => ["a rep pasted a customer's SSN into the notes for the contact (", ssn30(r), '), please scrub it'],
  'street-line-under-address-line-key': (r) => ['{"billing_address":{"line1":"', `${r.int(1, 9)}-${r.int(1, 9)}-${r.int(1, 30)} Nishi-Shinjuku, Shinjuku-ku`, '","city":"Tokyo"}}'],
  'postal-address-after-address-word': (r) => ['Message: send the quote to my home address, ', `Björkvägen ${r.int(1, 60)}, ${r.int(100, 999)} ${r.int(10, 99)} Stockholm`, ', thanks'],
  'google-ads-customer-id-column': (r) => ['report:\ncustomer_id,campaign_id,cost_micros\n', `${r.int(2, 9)}${r.str(DIG, 2)}-${r.str(DIG, 3)}-${r.str(DIG, 4)}`, `,${r.str(DIG, 11)},${r.str(DIG, 9)}`],
  'graph-api-object-id': (r) => ['POST https://graph.facebook.com/v19.0/', `${r.int(1, 9)}${r.str(DIG, 14)}`, '/events?access_token=<ACCESS_TOKEN>'],
};
