import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX, UPPER } from './sample-rng';
import { extendedKeyOf, mnemonicOf } from '../../helpers/wallet-values-r33';

const GIVEN = ['ROWAN', 'ELSPETH', 'TOMASZ', 'AMARA', 'GIDEON', 'MIRELA'];
const FAMILY = ['HARGREAVE', 'OYELARAN', 'STRATHERN', 'KOVACIK', 'BELLWOOD', 'ANSELMI'];
/** A name in capitals, as bank files write it. */
const upper33 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
const bytes = (r: Rng, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => r.int(0, 255)));
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
/** A checksum-valid German IBAN. */
function ibanDe(r: Rng): string {
  const bban = r.str(DIG, 18);
  const num = BigInt(`${bban}131400`);
  const check = String(98n - (num % 97n)).padStart(2, '0');
  return `DE${check}${bban}`;
}

/** Samples of round r33's detectors (blind set 33: fintech back offices), each value as its file or tool writes it. */
export const R33_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'bip39-mnemonic': (r) => ['wallet restore failed: recovery_phrase="', mnemonicOf(bytes(r, r.pick([16, 32]))), '" (wrong derivation path)'],
  'bip32-extended-private-key': (r) => ['signer.yaml: extended_key: ', extendedKeyOf(r.pick(['0488ade4', '04358394']), Buffer.concat([bytes(r, 41), Buffer.alloc(1), bytes(r, 32)])), '\n'],
  'keystore-ciphertext': (r) => ['{"version":3,"crypto":{"cipher":"aes-128-ctr","ciphertext":"', r.str(HEX, 64), `","kdf":"pbkdf2","mac":"${r.str(HEX, 64)}"}}`],
  'infura-project-id-url': (r) => ['provider: https://sepolia.infura.io/v3/', r.str(HEX, 32), ' timeout'],
  'quicknode-endpoint-token': (r) => ['WS_URL=wss://quiet-lake.base-mainnet.quiknode.pro/', r.str(HEX, 40), '/'],
  'gemini-api-key': (r) => ['gemini client init: key=', `account-${r.str(UPPER, 4)}${r.str(DIG, 4)}${r.str(B62, 8)}ab${r.int(10, 99)}`, ' nonce error'],
  'plaid-processor-token': (r) => ['dwolla funding source create: plaidToken=', `processor-production-${uuid(r)}`, ' -> 400'],
  'coinbase-exchange-api-secret': (r) => [`curl -H "CB-ACCESS-KEY: ${r.str(HEX, 32)}" -H "CB-ACCESS-TIMESTAMP: 1761000000"\n# hmac key: `, `${r.str(UPPER, 2)}${r.str('abc', 2)}${r.str(DIG, 2)}${r.str(B62 + '+/', 80)}==`, '\n'],
  'person-name-mt103-party': (r) => [`:32A:260101EUR100,00\n:50K:/${ibanDe(r)}\n`, upper33(r), '\nBAHNHOFSTR 4, 10115 BERLIN\n:71A:SHA'],
  'address-mt103-party': (r) => [`:59:/${ibanDe(r)}\n${upper33(r)}\n`, `${r.int(2, 99)} MILL ROAD, YORK YO1 ${r.int(1, 9)}AB`, '\n:70:RENT'],
  'person-name-iso20022-pty': (r) => ['<TxDtls><RltdPties><Cdtr><Pty><Nm>', upper33(r), '</Nm></Pty></Cdtr></RltdPties></TxDtls>'],
  'person-name-mt940-details': (r) => [`:86:166?00GUTSCHRIFT?20EREF+X?30DEUTDEFF?31${ibanDe(r)}?32`, upper33(r), '?34997'],
  'iban-mt940-details': (r) => ['166?00SEPA GUTSCHRIFT?20SVWZ+Rechnung?30COBADEFF?31', ibanDe(r), '?32PETRA KLEIN'],
  'account-mt940-25': (r) => [`:20:STMT\n:25:${r.str(DIG, 8)}/`, r.str(DIG, 10), '\n:28C:1/1'],
  'person-name-bai2-addenda': (r) => [`16,142,${r.int(100, 9999)},Z,${r.str(DIG, 10)},,PAYROLL/\n88,ORIG CO NAME:GUSTO IND NAME:`, upper33(r), '/'],
  'bacs-standard18-account': (r) => ['HDR1A123456S  1\n' + r.str(DIG, 6), r.str(DIG, 8), `099${r.str(DIG, 14)}    ${String(r.int(100, 99999)).padStart(11, '0')}ACME PAYROLL      PAY${r.str(DIG, 6)}         ${upper33(r).padEnd(18).slice(0, 18)}`],
  'person-name-bacs-standard18': (r) => [`HDR1A123456S  1\n${r.str(DIG, 14)}099${r.str(DIG, 14)}    ${String(r.int(100, 99999)).padStart(11, '0')}ACME PAYROLL      PAY${r.str(DIG, 6)}         `, upper33(r), '\nEOF1'],
  'uk-account-obie-identification': (r) => [`{"DebtorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"${r.str(DIG, 6)}`, r.str(DIG, 8), '"}}'],
  'spei-beneficiary': (r) => ['{"cuentaOrdenante":"x","nombreOrdenante":"', upper33(r), '","monto":10}'],
  'swift-lau-key': (r) => ['alliance.ini: LAU_KEY_LEFT=', r.str('0123456789ABCDEF', 32), '\n'],
  'square-webhook-signature-key': (r) => ['square:\n  webhook_signature_key: "', `${r.str(B62, 10)}${r.int(0, 9)}a${r.str(B62 + '_-', 10)}`, '"'],
  'mx-member-credential': (r) => [`{"credentials":[{"guid":"CRD-${uuid(r)}","value":"`, `${r.str(B62, 10)}${r.int(10, 99)}`, '"}]}'],
};
