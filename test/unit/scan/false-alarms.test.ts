import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, isLowEntropy, keyWords, secretKeyKind } from '../../../src/scan';

const LINE = 'connect() to 10.2.3.4:8080 failed client: 172.20.1.9, via 192.168.1.1 and 169.254.169.254 and 127.0.0.1, peer 100.64.0.7, public 81.2.69.142';

describe('false alarms', () => {
  it('ignores private, loopback, link-local and CGNAT IPv4 by default and reports them as info with privateIps: report', () => {
    const quiet = createScanner().scan(LINE);
    expect(quiet.map((f) => LINE.slice(f.start, f.end))).toEqual(['81.2.69.142']);
    const loud = createScanner({ privateIps: 'report' }).scan(LINE);
    expect(loud).toHaveLength(7);
    expect(loud.filter((f) => f.severity === 'info')).toHaveLength(6);
  });

  it('reports RFC 2606 mailboxes and AWS documentation keys as example data, not leaks (still redacted)', () => {
    const s = createScanner();
    const r = s.redact('to user@example.com, b@shop.test, c@acme.org key AKIAIOSFODNN7EXAMPLE');
    expect(r.text).toBe('to [REDACTED:email], [REDACTED:email], [REDACTED:email] key [REDACTED:aws-access-key-id]');
    expect(r.findings.map(isLeak)).toEqual([false, false, true, false]);
  });

  it('reports Stripe pk_ and Firebase web keys as public, not leaks', () => {
    const s = createScanner();
    const f = s.scan('firebaseConfig = { apiKey: "AIzaSyD3xampl3Kq9vT2mN8bW4cR7yH1pL6jX0z", authDomain: "a.firebaseapp.com" } pk_live_51HqLyjWDarjtT1zdp7dc0123');
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.public && !isLeak(x))).toBe(true);
    expect(isLeak(s.scan('key=AIzaSyD3xampl3Kq9vT2mN8bW4cR7yH1pL6jX0z')[0]!)).toBe(true);
  });

  it('rejects low-entropy, repeated and sequential values under secret keys', () => {
    for (const v of ['aaaaaaaaaaaa', '1111111111111111', 'abc123abc123', '1234567890abcdef', 'qwertyuiop', 'abcdefghijkl']) {
      expect(isLowEntropy(v), v).toBe(true);
      expect(createScanner().scan(`password=${v} token=${v} api_key=${v}`), v).toEqual([]);
    }
    expect(isLowEntropy('kQ9vT2mN8bW4cR7y')).toBe(false);
  });

  it('leaves addresses in placeholder towns alone (Anytown, Musterstadt), not those in real towns', () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
    expect(leaks('{"name":"P+R Messe","address":"Am Bahnhof 1","city":"Musterstadt","evses":[]}')).toEqual([]);
    expect(leaks('ship_to: 123 Main St, Anytown, ST 12345')).toEqual([]);
    expect(leaks('{"address":"Am Bahnhof 17","city":"Hannover"}')).toEqual(['Am Bahnhof 17']);
  });

  it('rejects repeated and counting digits as bank account numbers (blind set 47: a demo fixture), not a drawn one', () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak);
    for (const v of ['1111111111', '0000000000', '12345678', '9876543210']) expect(leaks(`account_number=${v} # demo tenant fixture`), v).toEqual([]);
    expect(leaks('account_number=4071935826').map((f) => f.detector)).toContain('bank-account-number');
  });

  it("reads a container image's four-part tag as a version (blind set 52), not an address after a host key", () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
    expect(leaks('Pulling quay.io/biocontainers/gatk4:4.5.0.0--py36hdfd78af_0')).toEqual([]);
    expect(leaks('image: registry.corp.io/team/etl:4.12.1.80 pulled')).toEqual([]);
    expect(leaks('client_ip:4.12.1.80 status=403')).toEqual(['4.12.1.80']);
  });

  it('reads IPv6 look-alikes of f digits only as no address (a FASTQ quality line, a netmask), not a real address', () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
    expect(leaks('@A00123:8:HFLKDSX:1:1101:2175:1000 1:N:0:ACGT\nNTCAGG\n+\nF:FF:FFFF:FF::,FFFF\nmask ffff:ffff:ffff:ffff::')).toEqual([]);
    expect(leaks('client 2a02:810d:4b3f:f100::1 connected')).toEqual(['2a02:810d:4b3f:f100::1']);
  });

  it('reads dispatch, accounts-payable and trial-recruitment mailboxes as a company\'s (blind sets 52 and 53), not a person\'s', () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
    expect(leaks('Dispatch: dispatch@mccarthybldg.com | Accounts payable: ap@turnerbuild.com')).toEqual([]);
    expect(leaks('Email: research.recruitment@dfci.harvard.edu or clinicaltrials@mayo.edu')).toEqual([]);
    expect(leaks('Email: dana.reyes@mayo.edu')).toEqual(['dana.reyes@mayo.edu']);
  });

  it('reads North American toll-free numbers as a company line (blind sets 48 and 50), not a local number beside them', () => {
    const leaks = (t: string) => createScanner().scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
    expect(leaks('station=DXB name="Airport Rental Center" phone_desk="+1 800 654 3131"')).toEqual([]);
    expect(leaks('NPI 1548392017 | Northgate Imaging LLC | (888) 826-5750 | fax (877) 597-1799')).toEqual([]);
    expect(leaks('callback for the patient: (415) 826-5750')).toEqual(['(415) 826-5750']);
    expect(leaks('callback for the patient: +1 855 826 5750, or (720) 597-1799')).toEqual(['(720) 597-1799']);
  });
});

describe('key names', () => {
  it.each([
    ['dbPassword', 'password'], ['DbPassword', 'password'], ['SMTP_PASS', 'password'], ['db-pwd', 'password'], ['spring.datasource.password', 'password'],
    ['accessToken', 'secret'], ['SessionToken', 'secret'], ['clientSecret', 'secret'], ['API_AUTH', 'secret'], ['SMTP_CREDENTIALS', 'secret'],
    ['sonar.login', 'secret'], ['AccountKey', 'secret'], ['x-api-key', 'secret'], ['SIGNING_KEY', 'secret'], [':api_token', 'secret'],
    ['password_hash', null], ['token_count', null], ['tokenTtl', null], ['cache_key', null], ['idempotency_key', null], ['passwordless', null], ['public_key', null],
  ])('%s is %s', (key, kind) => {
    expect(secretKeyKind(key)).toBe(kind);
  });

  it('splits every casing into words', () => {
    expect(keyWords('XMLHttpApiKey')).toEqual(['xml', 'http', 'api', 'key']);
    expect(keyWords('$db_Password.value')).toEqual(['db', 'password', 'value']);
  });

  it.each([
    ['dbPassword := "Ab3dE9 kLmN2 45"', 'Ab3dE9 kLmN2 45'],
    ['"password":"p&ss;w#rd 99X"', 'p&ss;w#rd 99X'],
    ['  :api_token => \'kQ9vT2mN8bW4cR7yH1pL\',', 'kQ9vT2mN8bW4cR7yH1pL'],
    ['API_TOKEN ?= kQ9vT2mN8bW4cR7yH1pL', 'kQ9vT2mN8bW4cR7yH1pL'],
    ['TOKEN ::= kQ9vT2mN8bW4cR7yH1pL', 'kQ9vT2mN8bW4cR7yH1pL'],
    ["$secret .= 'kQ9vT2mN8bW4cR7yH1pL';", 'kQ9vT2mN8bW4cR7yH1pL'],
    ['  password: correct horse battery 42', 'correct horse battery 42'],
    ['Server=tcp:db,1433;User Id=svc;Password=Ab3 dE9&k#L;Encrypt=true', 'Ab3 dE9&k#L'],
    ['cards 4111 1111 1111 1111 5555 5555 5555 4444 charged', '4111 1111 1111 1111 5555 5555 5555 4444'],
  ])('redacts the whole value in %s', (line, value) => {
    const s = createScanner();
    const red = s.redact(line).text;
    expect(red).not.toContain(value);
    for (const part of value.split(' ')) if (part.length >= 3) expect(red).not.toContain(part);
  });
});
