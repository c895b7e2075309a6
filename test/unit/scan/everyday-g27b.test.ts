import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const from = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const hex = (n: number): string => from('0123456789abcdef', n);
/** Random letters of both cases with digits mixed in often enough to read as generated. */
const b62 = (n: number): string => {
  for (;;) {
    const v = from(B62, n);
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !/(.)\1{2}/.test(v)) return v;
  }
};

/** A Canadian SIN (Luhn), written `123 456 782`. */
function sin(): string {
  for (;;) {
    const d = `${randomInt(1, 8)}${digits(8)}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let x = Number(d[i]) * (i % 2 === 1 ? 2 : 1);
      if (x > 9) x -= 9;
      sum += x;
    }
    if (sum % 10 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

/** An Australian TFN (weighted mod 11), written `123 456 782`. */
function tfn(): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const d = `${randomInt(1, 10)}${digits(8)}`;
    if ([...d].reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 11 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

/** A UK NINO of an issued prefix, written `AB 12 34 56 C`. */
const nino = (): string => `${pick(['AB', 'CE', 'JS', 'HR', 'WL', 'NE', 'PX', 'SK'])} ${digits(2)} ${digits(2)} ${digits(2)} ${pick(['A', 'B', 'C', 'D'])}`;

/** A French NIR with its key (97 - n mod 97), written in groups. */
function nir(): string {
  const body = `${randomInt(1, 3)}${String(randomInt(50, 100)).padStart(2, '0')}${String(randomInt(1, 13)).padStart(2, '0')}${pick(['75', '69', '13', '33'])}${String(randomInt(1, 999)).padStart(3, '0')}${String(randomInt(1, 999)).padStart(3, '0')}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
}

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const expectCovered = (cases: [string, string][]): void => {
  for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
};
const expectNoLeak = (texts: string[]): void => {
  for (const t of texts) expect({ t, leaks: scanner.scan(t).filter(isLeak).map((f) => `${f.detector}:${t.slice(f.start, f.end)}`) }).toEqual({ t, leaks: [] });
};

describe('round g27b: national ids under compound, prose and tax-number keys', () => {
  it('reads a key naming two ids (`sin_ssn`, `alien_or_ssn`) as either country’s id', () => {
    for (let i = 0; i < 4; i++) {
      const s = sin();
      const t = tfn();
      expectCovered([
        [`certn invite failed data={'information': {'first_name': 'Rhys', 'sin_ssn': '${s}'}}`, s],
        [`{"custom_fields":[{"name":"alien_or_ssn","value":"${s}"},{"name":"list_b_document","value":"none"}]}`, s],
        [`onboarding row rejected: ssn_or_sin=${s} province=ON`, s],
        [`{"employee":{"tfn_ssn":"${t}","state":"NSW"}}`, t],
      ]);
    }
  });

  it('finds an id after `national identifier` and under `tax_number`', () => {
    for (let i = 0; i < 4; i++) {
      const n = nino();
      const f = nir();
      const t = tfn();
      expectCovered([
        [`{"detail":"PersonNumber 621942: national identifier ${n} already exists for the worker"}`, n],
        [`{"nationalIdentifier":"${t}","legislationCode":"AU"}`, t],
        [`json={'full_name': 'Camille Roux', 'tax_number': '${f}', 'iban': 'FR76...'}`, f],
        [`employee.taxNumber=${n} rejected by HMRC RTI`, n],
      ]);
    }
  });

  it('finds known-traveler and redress numbers under their keys', () => {
    for (let i = 0; i < 4; i++) {
      const k = `${randomInt(1, 10)}${digits(8)}`;
      const tt = `TT${digits(7)}`;
      expectCovered([
        [`traveler: {'legalName': 'Priya Raman', 'knownTravelerNumber': '${k}'}`, k],
        [`{"known_traveler_number":"${tt}","redress":null}`, tt],
        [`<KnownTravelerNumber>${k}</KnownTravelerNumber>`, k],
        [`profile update failed: redress_number=${k}`, k],
      ]);
    }
    // Near misses: left invalid or non-id values under those keys alone.
    expectNoLeak([
      `certn invite: {'sin_ssn': '123 456 789'}`,
      `{"knownTravelerNumber":"000000000"}`,
      `invoice total: tax_number_of_lines=3 tax_amount=12.50`,
      'national identifier type NI is not valid for legislation US',
    ]);
  });
});

describe('round g27b: credentials in client dumps and prose', () => {
  it('finds an API key sent as the Basic user with an empty password', () => {
    for (let i = 0; i < 4; i++) {
      const k = b62(48);
      expectCovered([
        [`  self.client = <httpx.Client auth=BasicAuth(username='${k}', password='')>`, k],
        [`requests.get(url, auth=HTTPBasicAuth(username="${k}", password=""))`, k],
        [`lever client options: { username: '${k}', password: '' }`, k],
      ]);
    }
  });

  it('finds webhook signing secrets and connect keys named in prose', () => {
    for (let i = 0; i < 4; i++) {
      const h = hex(40);
      const s = `${b62(20)}-${b62(10)}_${b62(12)}`;
      const c = hex(40);
      expectCovered([
        [`[SmartRecruitersApi] webhook secret ${h}`, h],
        [`calendly-webhook: v1=${hex(64)} did not match (signing key ${s})`, s],
        [`jumpcloud: agent connect key ${c}`, c],
        [`greenhouse hook: HMAC key ${h} rejected the payload`, h],
      ]);
    }
  });

  it('finds a secret printed by `echo $NAME` on the next line', () => {
    for (let i = 0; i < 4; i++) {
      const v = pick([hex(32), b62(40)]);
      expectCovered([
        [`$ echo $SLACK_CLIENT_SECRET\n${v}\n$ curl -s https://slack.com/api/auth.test`, v],
        [`ops@bastion:~$ echo "\${OKTA_API_TOKEN}"\n${v}`, v],
        [`> printenv GREENHOUSE_API_KEY\n  ${v}\n> exit`, v],
      ]);
    }
  });

  it('finds a `basic=` blob of a 20-character key and a dummy password', () => {
    for (let i = 0; i < 4; i++) {
      const k = b62(20);
      const b = Buffer.from(`${k}:X`).toString('base64');
      expectCovered([
        [` api_key=${k} basic=${b}`, b],
        [`freshservice retry basic=${b} status=401`, b],
      ]);
    }
    // Near misses: left echoes of plain variables, hex ids and dummy users alone.
    expectNoLeak([
      '$ echo $HOME\n/home/deploy',
      '$ echo $SLACK_CLIENT_SECRET\n\n$ echo done',
      `webhook secret rotated for endpoint ${hex(8)}`,
      "auth=BasicAuth(username='alice', password='')",
    ]);
  });
});

describe('round g27b: SealedSecret ciphertext is not a leak', () => {
  it('ignores encryptedData values of a SealedSecret manifest', () => {
    for (let i = 0; i < 4; i++) {
      const body = from(`${B62}+/`, 300 + randomInt(400));
      expectNoLeak([
        `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: { name: greenhouse-credentials }\nspec:\n  encryptedData:\n    api_key: AgB${body}\n    webhook_secret: AgC${body.slice(7)}==\n# unseal failed`,
        `{"kind":"SealedSecret","spec":{"encryptedData":{"client_secret":"AgA${body}"}}}`,
      ]);
    }
    // A plain Secret's values are still reported.
    const v = b62(40);
    expectCovered([[`apiVersion: v1\nkind: Secret\nstringData:\n  api_key: ${v}\n`, v]]);
  });
});

describe('round g27b: an employer’s W-2 header is business data', () => {
  it('leaves the employer EIN and address alone, still finds the employee’s', () => {
    for (let i = 0; i < 4; i++) {
      const ein = `${pick(['84', '47', '82', '93'])}-${randomInt(1000000, 10000000)}`;
      expectNoLeak([
        `[w2-gen] tax year 2026 batch ${randomInt(100, 999)} ok: employer="Acme Robotics, Inc." employer_ein=${ein} employer_address="500 Howard St, Suite ${randomInt(100, 900)}, San Francisco, CA 94105" forms=${randomInt(100, 2000)}`,
        `{"companyEin":"${ein}","company_address":"${randomInt(10, 999)} Market St, San Francisco, CA 94105"}`,
      ]);
      const home = `${randomInt(10, 999)} ${pick(['Elm', 'Oak', 'Cedar'])} St, Springfield, IL 62704`;
      expectCovered([[`w2 row: employer_ein=${ein} employee_address="${home}"`, home]]);
    }
  });
});
