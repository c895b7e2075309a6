import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomBytes, randomInt } from '../../helpers/seeded-random';
import { extendedKeyOf, mnemonicOf } from '../../helpers/wallet-values-r33';

/**
 * Round r33 (blind set 33: fintech back offices): wallet secrets by their standard formats (BIP-39
 * checksum, BIP-32 Base58Check, keystore ciphertext), RPC and exchange tokens by their documented
 * shapes, people and accounts in the fixed places of bank files (MT103, MT940, camt, BAI2, BACS, OBIE,
 * SPEI) — in contexts other than the set's, values drawn at test time; beside them the public
 * look-alikes that stay clean (on-chain addresses, directory routing rows, a company's own tax ids).
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const clean = (text: string) => leaks(text).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const digits = (n: number): string => str('0123456789', n);
const GIVEN = ['PERPETUA', 'OSWIN', 'HALDIS', 'BARNABY', 'ISOLDE', 'CASIMIR'];
const FAMILY = ['QUENNELL', 'ARKWRIGHT', 'VANTERPOOL', 'MEIKLEJOHN', 'DRUMMOND', 'TREVELYAN'];
const upper = (): string => `${GIVEN[randomInt(GIVEN.length)]} ${FAMILY[randomInt(FAMILY.length)]}`;
const title = (s: string): string => s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
/** A checksum-valid Dutch IBAN (bank code ABNA). */
function ibanNl(): string {
  const bban = `ABNA${digits(10)}`;
  const num = BigInt(`${bban.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))}232100`);
  return `NL${String(98n - (num % 97n)).padStart(2, '0')}${bban}`;
}

describe('round r33: wallet secrets', () => {
  it('finds BIP-39 mnemonics of 12 to 24 words under seed/mnemonic keys, by their checksum, not word lists that fail it', () => {
    const m12 = mnemonicOf(randomBytes(16));
    const m24 = mnemonicOf(randomBytes(32));
    const m18 = mnemonicOf(randomBytes(24));
    const a = `hdwallet.restore() failed; backup_seed = ${m12}`;
    expect(found(a, m12), a).toBe(true);
    const b = `{"wallet":{"recoveryPhrase":"${m24}","account":0}}`;
    expect(found(b, m24), b).toBe(true);
    const c = `$ cast wallet import ops --mnemonic "${m18}"`;
    expect(found(c, m18), c).toBe(true);
    // Beside them: the same words swapped (a broken checksum) and placeholders stay clean.
    const words = mnemonicOf(randomBytes(16)).split(' ');
    const [first, second] = [words[0]!, words[1]!];
    words[0] = second;
    words[1] = first;
    const swapped = words.join(' ');
    // A swap of two different words breaks a 12-word checksum 15 times in 16 (the seeded draw here is one of those).
    if (first !== second) expect(clean(`seed phrase: ${swapped}`).filter((f) => f.startsWith('bip39'))).toEqual([]);
    expect(clean('mnemonic: "<twelve words here>" seed=abandon abandon abandon')).toEqual([]);
  });

  it('finds BIP-32 extended private keys (xprv, tprv) by Base58Check, and leaves xpub clean', () => {
    const body = (): Buffer => Buffer.concat([randomBytes(41), Buffer.alloc(1), randomBytes(32)]);
    const x = extendedKeyOf('0488ade4', body());
    const t = extendedKeyOf('04358394', body());
    const pub = extendedKeyOf('0488b21e', Buffer.concat([randomBytes(41), Buffer.from([2]), randomBytes(32)]));
    const text = `bitcoind: importdescriptors [{"desc":"wpkh(${x}/0/*)"}] -> error\nELECTRUM_TESTNET_KEY=${t}\nwatch=${pub}`;
    expect(found(text, x), text).toBe(true);
    expect(found(text, t), text).toBe(true);
    expect(clean(text).some((f) => f.includes(pub))).toBe(false);
    const broken = x.slice(0, 50) + (x[50] === 'a' ? 'b' : 'a') + x.slice(51);
    expect(clean(`key=${broken}`).some((f) => f.startsWith('bip32'))).toBe(false);
  });

  it('finds a keystore ciphertext and RPC URL tokens', () => {
    const ct = str(HEX, 64);
    const ks = `geth account import: {"crypto":{"cipher":"aes-128-ctr","ciphertext":"${ct}","kdf":"scrypt","mac":"${str(HEX, 64)}"}}`;
    expect(found(ks, ct), ks).toBe(true);
    const inf = str(HEX, 32);
    const qn = str(HEX, 40);
    const rpc = `hardhat.config: sepolia url https://sepolia.infura.io/v3/${inf}, base url https://icy-frost-pine.base-mainnet.quiknode.pro/${qn}/`;
    expect(found(rpc, inf), rpc).toBe(true);
    expect(found(rpc, qn), rpc).toBe(true);
  });

  it('finds Gemini keys, Plaid processor tokens and a Coinbase Exchange secret beside CB-ACCESS headers', () => {
    const g = `master-${str('ABCDEFGHJK', 3)}${digits(3)}${str(B62, 12)}x${randomInt(10)}`;
    const gt = `Gemini rejected ${g} (InvalidSignature), retrying`;
    expect(found(gt, g), gt).toBe(true);
    const p = `processor-production-${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-8${str(HEX, 3)}-${str(HEX, 12)}`;
    const pt = `dwolla: funding source from ${p} failed, Item login required`;
    expect(found(pt, p), pt).toBe(true);
    const sec = `${str('ABCDEF', 2)}${str('xyz', 2)}${digits(2)}${str(B62, 80)}==`;
    const cb = `POST /orders\nCB-ACCESS-KEY: ${str(HEX, 32)}\nCB-ACCESS-PASSPHRASE: ${str(B62, 10)}\nsecret (base64) loaded from env: ${sec}`;
    expect(found(cb, sec), cb).toBe(true);
  });

  it('leaves on-chain addresses of receipts and read-only RPC calls clean, but still finds a payout address', () => {
    const a = `0x${str(HEX, 40)}`;
    const b = `0x${str(HEX, 40)}`;
    expect(clean(`receipt: transactionHash=0x${str(HEX, 64)} from=${a} to=${b} gasUsed=${randomInt(21000, 90000)}`)).toEqual([]);
    expect(clean(`jsonrpc eth_getBalance params=["${a}","latest"] result=0x${str(HEX, 12)}`)).toEqual([]);
    const payout = `payout request: user=${randomInt(1000, 9999)} withdraw_to=${a} asset=USDC`;
    expect(found(payout, a), payout).toBe(true);
  });
});

describe('round r33: bank files', () => {
  it('finds MT103 ordering customer and beneficiary names (and the address line)', () => {
    const [o, b] = [upper(), upper()];
    const street = `${randomInt(2, 200)} QUEENS PARADE, HULL HU${randomInt(1, 9)} 2PQ`;
    const mt = `{4:\n:20:REF${digits(6)}\n:32A:260301GBP1250,00\n:50K:/${ibanNl()}\n${o}\n${street}\n:59:/${ibanNl()}\n${b}\n:71A:OUR\n-}`;
    expect(found(mt, o), mt).toBe(true);
    expect(found(mt, b), mt).toBe(true);
    expect(found(mt, street), mt).toBe(true);
  });

  it('finds camt parties under <Pty>, MT940 ?31/?32 subfields and :25: accounts, BAI2 IND NAME', () => {
    const n = upper();
    const camt = `<RltdPties>\n  <Cdtr><Pty><Nm>${n}</Nm></Pty></Cdtr>\n</RltdPties>`;
    expect(found(camt, n), camt).toBe(true);
    const [iban, m, acct] = [ibanNl(), upper(), digits(9)];
    const mt940 = `:25:${digits(8)}/${acct}\n:86:105?00BASISLASTSCHRIFT?20KREF+X?31${iban}?32${m}?35xx`;
    expect(found(mt940, iban), mt940).toBe(true);
    expect(found(mt940, m), mt940).toBe(true);
    expect(found(mt940, acct), mt940).toBe(true);
    const i = upper();
    const bai = `16,142,5000,Z,${digits(12)},,ACH/\n88,ORIG CO NAME:ADP PAYROLL IND NAME:${i}/`;
    expect(found(bai, i), bai).toBe(true);
  });

  it('finds BACS Standard 18 destination accounts and names, OBIE account numbers, SPEI beneficiaries', () => {
    const [acct, name] = [digits(8), upper()];
    const rec = `${digits(6)}${acct}099${digits(14)}    ${String(randomInt(100, 99999)).padStart(11, '0')}${'NORTHGATE LTD'.padEnd(18)}${('INV' + digits(5)).padEnd(18)}${name}`;
    const bacs = `VOL1${digits(6)}\nHDR1A${digits(6)}S  1${digits(6)}\n${rec}\nEOF1`;
    expect(found(bacs, acct), bacs).toBe(true);
    expect(found(bacs, name), bacs).toBe(true);
    const ob = digits(8);
    const obie = `{"DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"${digits(6)}${ob}","Name":"x"}}`;
    expect(found(obie, ob), obie).toBe(true);
    const s = upper();
    const rfc = `${s.slice(0, 4).replace(/ /g, 'X')}8${randomInt(0, 9)}0${randomInt(1, 9)}1${randomInt(0, 9)}${str('ABC123', 3)}`;
    const spei = `{"nombreOrdenante":"${s}","rfcCurpOrdenante":"${rfc}","monto":100.0}`;
    expect(found(spei, s), spei).toBe(true);
    expect(found(spei, rfc), spei).toBe(true);
  });

  it('leaves bank directory rows and a company\'s own EIN and VAT number clean', () => {
    expect(clean(`routing table export:\n  ABA 011000015  FEDERAL RESERVE BANK  fedwire=Y\n  ABA 121000358  BANK OF AMERICA CA, ach=Y`)).toEqual([]);
    expect(clean(`vendor sync skipped (Orchard Analytics LLC, EIN ${digits(2)}-${digits(7)}) duplicate`)).toEqual([]);
    expect(clean(`supplier Lakeside Mill GmbH registered VAT=DE${digits(9)} duns=${digits(9)}`).filter((f) => f.startsWith('personal'))).toEqual([]);
  });
});

describe('round r33: connectivity and provider secrets', () => {
  it('finds SWIFT LAU keys, Square webhook signature keys and MX member logins', () => {
    const lau = str('0123456789ABCDEF', 32);
    const l = `saa_config.properties\nswift.saa.lau.key=${lau}\n`;
    expect(found(l, lau), l).toBe(true);
    const sq = `${str(B62, 12)}${randomInt(10)}q${str(B62, 8)}`;
    const s = `{"squareWebhookSignatureKey": "${sq}", "env": "production"}`;
    expect(found(s, sq), s).toBe(true);
    const [user, pw] = [`${title(GIVEN[randomInt(6)]!).toLowerCase()}${randomInt(10, 99)}`, `${str(B62, 10)}!${randomInt(10)}`];
    const mx = `POST /users/USR-1/members {"member":{"credentials":[{"guid":"CRD-${str(HEX, 8)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 12)}","value":"${user}"},{"guid":"CRD-${str(HEX, 8)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 12)}","value":"${pw}"}]}}`;
    expect(found(mx, user), mx).toBe(true);
    expect(found(mx, pw), mx).toBe(true);
  });
});
