import { describe, expect, it } from 'vitest';
import { HEX, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';

/**
 * The lead's fixes after blind set 55 (Datadog alert texts) at first sight: a password in the
 * user-info of a URI of any scheme, camelCase CLI flags (`--apiKey VALUE`), names under more
 * person-role keys and quoted after a person's role noun in a message — in contexts other than
 * the set's, values drawn at test time; beside each, the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();

/** A Luhn-valid 16-digit number starting with `prefix`. */
function luhnCard(prefix: string): string {
  const body = prefix + str('0123456789', 15 - prefix.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

describe('after blind set 55: URIs, CLI flags, role nouns', () => {
  it('finds the password of a URI whatever its scheme, once, and leaves what is no password', () => {
    for (const scheme of ['ecto', 'socks5', 'memcached', 'sftp+ssh', 'elasticsearch', 'tcp']) {
      const pw = mix(16);
      expect(found(`dial ${scheme}://svc_app:${pw}@10.0.4.2:9000 failed: timeout`, pw), scheme).toBe(true);
    }
    expect(clean('url: ecto://user:password@host/db')).toEqual([]);
    expect(clean('proxy: socks5://user:****@proxy:1080')).toEqual([]);
    expect(clean('url: ecto://app:${DB_PASSWORD}@db/app')).toEqual([]);
    expect(clean('see jdbc:mysql://db:3306/app?user=x and https://example.com:8443/x')).toEqual([]);
    // The stock local default stays clean under the database detector, which names postgres.
    expect(clean('postgres://postgres:postgres@localhost:5432/app')).toEqual([]);
  });

  it('finds camelCase CLI flags with the value after a space, not flags that name no secret', () => {
    const key = str(HEX, 32);
    expect(found(`$ datadog-ci synthetics run-tests --apiKey ${key} --appKey abc`, key)).toBe(true);
    const token = mix(30);
    expect(found(`npx some-cli deploy --authToken "${token}" --region eu`, token)).toBe(true);
    expect(found(`java -jar tool.jar --clientSecret ${token}`, token)).toBe(true);
    expect(clean(`aws dynamodb query --sortKey created_at --partitionKey tenant-${str(HEX, 6)}`)).toEqual([]);
    expect(clean('ssh-keygen --monkey business -f id')).toEqual([]);
  });

  it('finds a name under traveller, passenger, applicant and guardian keys, and quoted after a role noun', () => {
    for (const key of ['traveler', 'traveller', 'passenger', 'applicant', 'guardian']) {
      const name = person();
      expect(found(`{"${key}":"${name}","ref":"${str(HEX, 6)}"}`, name), key).toBe(true);
    }
    for (const line of ['refund failed for customer "%"', 'payout to beneficiary \'%\' rejected: account closed', 'BACS error for payee "%": sort code invalid']) {
      const name = person();
      expect(found(line.replace('%', name), name), line).toBe(true);
    }
  });

  it("finds a name followed by the person's own mailbox in parentheses, not a name beside someone else's", () => {
    const [g, f] = person().split(' ') as [string, string];
    const mail = `${g.toLowerCase()}.${f.toLowerCase()}+billing@proton.me`;
    expect(found(`INFO verify: sending OTP for ${g} ${f} (${mail}); channel=sms`, `${g} ${f}`)).toBe(true);
    expect(clean('deploy approved by Release Manager (release-bot@acme.io)').filter((x) => !x.startsWith('email:'))).toEqual([]);
    // A mailbox that is not theirs does not make the name one with its own mailbox (other rules may still read the name).
    expect(by(`notified ${g} ${f} (oncall@acme.io)`, 'person-name-with-own-mailbox')).toBe(false);
  });

  it("finds a card under a bare number key when the holder's name follows it (Adyen's paymentMethod)", () => {
    const card = luhnCard('2221');
    const body = `{"paymentMethod":{"type":"scheme","number":"${card}","holderName":"${person()}"},"merchantAccount":"AcmeECOM"}`;
    expect(found(body, card)).toBe(true);
    expect(clean(`{"order":{"number":"${card.slice(0, -1)}${(Number(card.at(-1)) + 1) % 10}","status":"paid"}}`)).toEqual([]);
  });

  it('leaves companies, products and teams quoted after nouns that name them as often as people', () => {
    expect(clean('created tenant "Acme Retail" in region eu-west-1')).toEqual([]);
    expect(clean('loaded driver "Oracle Thin" version 19')).toEqual([]);
    expect(clean('client "Google Chrome" blocked by policy')).toEqual([]);
    expect(clean('customer "Acme Corp" exceeded its quota')).toEqual([]);
    expect(clean('{"recipient":"Accounts Payable","id":1}')).toEqual([]);
    expect(clean('{"student":"Data Science","id":1}')).toEqual([]);
    expect(clean('user "Service Account" lacks permission')).toEqual([]);
  });
});
