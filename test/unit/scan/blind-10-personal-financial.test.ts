import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, scanner } from '../../helpers/leak-checks';
import { abaNumber, base58, digits, ibanOf, luhnCard } from '../../helpers/financial-values';
import * as ids from '../../helpers/national-id-values-2';
import { zaIdValid } from '../../../src/scan/id-checksums-more';
import { createHash } from 'node:crypto';

/** Runs `check` `n` times: each run draws fresh values, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};
const int = (lo: number, hi: number): number => randomInt(lo, hi + 1);
/** `v` with its last character changed (a bad check digit / letter). */
const bad = (v: string): string => v.slice(0, -1) + (/\d$/.test(v) ? String((Number(v.slice(-1)) + 1) % 10) : v.slice(-1) === 'A' ? 'B' : 'A');
/**
 * Thirteen random digits from `17` that are not a ZA id. About 1 draw in 900 is one (a citizenship digit 0-2, a real
 * date, the Luhn digit: `1703081042119`), and a real id must be found, so such a draw is redrawn.
 */
const notZaId = (): string => {
  for (;;) {
    const v = `17${digits(11)}`;
    if (!zaIdValid(v)) return v;
  }
};
const ids10 = (t: string): string[] => scanner.scan(t).map((f) => f.detector);
const b58check = (version: number): string => {
  const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
  const p = Buffer.concat([Buffer.from([version]), Buffer.from(Array.from({ length: 20 }, () => randomInt(256)))]);
  return base58(Buffer.concat([p, sha(sha(p)).subarray(0, 4)]));
};

describe('national ids from blind set 10 and their siblings (issue-pf10)', () => {
  it('finds checksummed ids under their keys in JSON, key=value and XML; not with a bad check digit', () => {
    times(10, () => {
      const cases: [string, string][] = [
        ['pesel', ids.peselNumber(int)], ['personnummer', ids.personnummer(int)], ['hetu', ids.hetuCode(int)], ['nhs_number', ids.nhsNumber(int)],
        ['fodselsnummer', ids.fodselsnummer(int)], ['rijksregisternummer', ids.beNationalNumber(int)], ['nif', ids.ptNif(int)], ['ppsn', ids.ppsn(int)],
        ['nric', ids.nric(int)], ['cuil', ids.cuil(int)],
      ];
      for (const [k, v] of cases) {
        for (const t of [`{"${k}":"${v}"}`, `sync failed ${k}=${v} status=rejected`, `<${k}>${v}</${k}>`]) expect(covered(t, v), t).toBe(true);
        expect(leaks(`sync failed ${k}=${bad(v)} status=rejected`), `${k} ${bad(v)}`).toEqual([]);
      }
    });
  });

  it('finds an id given as the value of a field named after it', () => {
    times(10, () => {
      const n = ids.ninoNumber(int, false);
      const p = ids.peselNumber(int);
      for (const [t, v] of [[`{"type":"national_insurance","value":"${n}"}`, n], [`attribute=pesel value="${p}"`, p]] as const) expect(covered(t, v), t).toBe(true);
    });
  });

  it('finds ZA ids, NIEs and NINOs under a generic id key, not random numbers there', () => {
    times(10, () => {
      const z = ids.zaIdNumber(int);
      for (const t of [`id_type=NATIONAL_ID id_number=${z} country=ZA`, `{"nationalId":"${z}"}`, `document_number: ${ids.nieNumber(int)}`]) expect(leaks(t).length, t).toBeGreaterThan(0);
      expect(covered(`id_number=${z}`, z)).toBe(true);
      expect(leaks(`id_number=${bad(z)} job=${digits(10)}`)).toEqual([]);
      expect(leaks(`id_number=${notZaId()}`)).toEqual([]);
    });
  });

  it('finds NINO, NIE, personnummer and DVLA licence on a line that names them, not elsewhere', () => {
    times(10, () => {
      const n = ids.ninoNumber(int, true);
      const e = ids.nieNumber(int);
      const s = ids.personnummer(int);
      const l = ids.ukLicence(int);
      const pos = [
        [`hmrc-rti: FPS rejected row: 1,"Ann Lee","${n}",A`, n], [`payroll export NINO column: ${n}`, n],
        [`'code' => '${e}', 'countryCode' => 'ES'`, e], [`alta rechazada NIE ${e}`, e],
        [`BankID collect failed displayed="${s}"`, s], [`personnummer ${s} saknas`, s],
        [`onfido driving_licence value=${l}`, l], [`DVLA check: ${l} not found`, l],
      ] as const;
      for (const [t, v] of pos) expect(covered(t, v), t).toBe(true);
      // Round r63: a spaced NINO as a quoted cell of a row is found without a label (`row: 1,"Ann Lee","AB 12 34 56 C",A`).
      for (const t of [`'code' => '${e}'`, `batch ${s} done`, `sku ${l} restocked`]) expect(leaks(t), t).toEqual([]);
    });
  });

  it('finds an NHS number in an HL7 PID segment, not a bad one', () => {
    times(10, () => {
      const n = ids.nhsNumber(int);
      expect(covered(`PID|1||${n}^^^NHS^NH||DOE^JANE`, n)).toBe(true);
      expect(ids10(`PID|1||${bad(n)}^^^NHS^NH||DOE^JANE`)).not.toContain('uk-nhs-hl7');
    });
  });

  it('finds a birth date after a quote in prose', () => {
    expect(covered('passport number "512345678" mismatch; birthdate "1984-06-04"; inquiry', '1984-06-04')).toBe(true);
  });
});

describe('cards, bank files and wallets from blind set 10 (issue-pf10)', () => {
  it('finds Mir, 19-digit Maestro and RuPay cards in card context, not bare', () => {
    times(10, () => {
      const mir = luhnCard(`220${randomInt(0, 5)}`);
      const mae = luhnCard(['6759', '6761', '6763'][randomInt(0, 3)]!, 19);
      const ru = luhnCard('6521');
      for (const [t, v] of [[`CardNumber: "${mir}"`, mir], [`{"pan":${mae},"scheme":"maestro"}`, mae], [`card_number=${ru}`, ru]] as const) expect(covered(t, v), t).toBe(true);
      expect(leaks(`shipment ${mir} delivered`)).toEqual([]);
    });
  });

  it('finds a CID beside an Amex card, not without a card', () => {
    times(10, () => {
      const c = luhnCard('37', 15);
      const cid = digits(4);
      for (const t of [`body: pan=${c}&cid=${cid}&amount=1`, `{"card":"${c}","cvn":"${cid}"}`]) expect(covered(t, cid), t).toBe(true);
      expect(leaks(`request cid=${cid} done`)).toEqual([]);
    });
  });

  it('finds NACHA entry-detail routing and account numbers, and SWIFT MT account lines', () => {
    times(10, () => {
      const rt = abaNumber();
      const a = digits(10);
      const t = `ACH file validation failed at line 3 (entry detail):\n622${rt}${a}       0000125000${digits(8)}      JANE DOE`;
      expect(covered(t, rt)).toBe(true);
      expect(covered(t, a)).toBe(true);
      expect(leaks(`report:\n622${rt}${a}       0000125000`)).toEqual([]);
      const acct = digits(12);
      for (const f of [':59:/', ':50K:/']) expect(covered(`MT103 NAK\n${f}${acct}\nJANE DOE`, acct)).toBe(true);
    });
  });

  it('finds a %20-grouped IBAN in a form body', () => {
    times(10, () => {
      const i = ibanOf(['BE', 'NL', 'DE'][randomInt(0, 3)]!, true);
      for (const t of [`iban=${encodeURIComponent(i)}&x=1`, `iban=${i.replace(/ /g, '+')}&x=1`]) expect(covered(t, t.slice(5, -4)), t).toBe(true);
      expect(leaks(`iban=${encodeURIComponent(i.slice(0, 2) + String((Number(i.slice(2, 4)) + 1) % 100).padStart(2, '0') + i.slice(4))}&x=1`)).toEqual([]);
    });
  });

  it('finds TRON, Litecoin, Dogecoin addresses (checksummed), not a corrupted one', () => {
    times(10, () => {
      for (const [w, v] of [['TRC20 to=', b58check(0x41)], ['LTC address ', b58check(0x30)], ['doge payout ', b58check(0x1e)]] as const) {
        expect(covered(`${w}${v} queued`, v), v).toBe(true);
        expect(leaks(`${w}${v.slice(0, -2)}${v.slice(-1)}${v.slice(-2, -1)} queued`).length).toBeLessThanOrEqual(v.slice(-1) === v.slice(-2, -1) ? 1 : 0);
      }
    });
  });
});
