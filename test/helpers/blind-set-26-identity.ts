/** Blind set 26 positives: identity checks (KYC) across countries and domestic account layouts (SEPA, SPEI, BSB, NACHA, domestic card schemes). */
import type { Rng9 } from './blind-set-9-rng';
import { key, orderNo, traceId, ts } from './blind-set-26-values';
import { dobIso, dobLocal, person, phoneE164, street, type Cc, type Person } from './blind-set-26-people';
import * as I from './blind-set-26-ids';
import { aba, account, bic, card, clabe, grouped, iban } from './blind-set-26-money';
import { cardBrand } from './blind-set-26-payments-a';
import type { Bag26, PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

const KYC_CC: Cc[] = ['BR', 'MX', 'ES', 'IT', 'FR', 'DE', 'GB', 'NL', 'PL', 'SE', 'ZA', 'NG', 'KE', 'TR', 'JP', 'KR', 'CN', 'ID', 'IN'];

/** A national identifier for the person's country: its document label, its kind and its value. */
export function natId(r: Rng9, p: Person): { label: string; kind: string; value: string } {
  switch (p.cc) {
    case 'BR':
      return { label: 'CPF', kind: 'cpf', value: I.cpf(r, r.next() < 0.3) };
    case 'MX':
      return r.next() < 0.5 ? { label: 'CURP', kind: 'curp', value: I.curp(r, p) } : { label: 'RFC', kind: 'rfc', value: I.rfc(r, p) };
    case 'ES':
      return r.next() < 0.6 ? { label: 'DNI', kind: 'dni', value: I.dniNie(r) } : { label: 'NIE', kind: 'nie', value: I.dniNie(r, true) };
    case 'IT':
      return { label: 'CODICE_FISCALE', kind: 'cf', value: I.codiceFiscale(r, p) };
    case 'FR':
      return { label: 'NIR', kind: 'nir', value: I.nir(r, p, r.next() < 0.4) };
    case 'DE':
      return { label: 'STEUER_ID', kind: 'steuer-id', value: I.steuerId(r) };
    case 'GB':
      return { label: 'NINO', kind: 'nino', value: I.nino(r, r.next() < 0.4) };
    case 'NL':
      return { label: 'BSN', kind: 'bsn', value: I.bsn(r) };
    case 'PL':
      return { label: 'PESEL', kind: 'pesel', value: I.pesel(r, p) };
    case 'SE':
      return { label: 'PERSONNUMMER', kind: 'personnummer', value: I.personnummer(r, p, r.next() < 0.4) };
    case 'ZA':
      return { label: 'SA_ID', kind: 'sa-id', value: I.saId(r, p) };
    case 'NG':
      return r.next() < 0.5 ? { label: 'BVN', kind: 'bvn', value: I.bvn(r) } : { label: 'NIN', kind: 'nin-ng', value: I.ninNg(r) };
    case 'KE':
      return { label: 'NATIONAL_ID', kind: 'ke-id', value: I.kenyaId(r) };
    case 'TR':
      return { label: 'TC_KIMLIK', kind: 'tckn', value: I.tckn(r) };
    case 'JP':
      return { label: 'MY_NUMBER', kind: 'my-number', value: I.myNumber(r, r.next() < 0.4) };
    case 'KR':
      return { label: 'RRN', kind: 'rrn', value: I.rrn(r, p) };
    case 'CN':
      return { label: 'RESIDENT_ID', kind: 'china-id', value: I.chinaId(r, p) };
    case 'ID':
      return { label: 'NIK', kind: 'nik', value: I.nik(r, p) };
    default:
      return r.next() < 0.5 ? { label: 'PAN', kind: 'pan', value: I.pan(r, p) } : { label: 'AADHAAR', kind: 'aadhaar', value: I.aadhaar(r, r.next() < 0.5) };
  }
}

/** Plants a person's id and returns it. */
function plantId(r: Rng9, b: Bag26, p: Person): { label: string; value: string } {
  const id = natId(r, p);
  return { label: id.label, value: b.p(id.kind, id.value) };
}

/** KYC and domestic-banking templates. */
export const IDENTITY: PosTemplate26[] = [
  T('kyc', 'zap-verification-failed', (r, b) => {
    const p = person(r, r.pick(KYC_CC));
    const id = plantId(r, b, p);
    return JSON.stringify({
      level: 'error',
      ts: ts(r),
      caller: 'kyc/verify.go:203',
      msg: 'identity verification failed: document number mismatch',
      country: p.cc,
      applicant: { full_name: b.p('name', p.full), date_of_birth: b.p('dob', dobIso(p)), id_type: id.label, id_number: id.value, phone: b.p('phone', phoneE164(r, p.cc)) },
      vendor_api_key: b.c('token', r.b64url(32)),
      trace_id: traceId(r),
    });
  }),
  T('kyc', 'log4j2-json-onboarding', (r, b) => {
    const p = person(r, r.pick(KYC_CC));
    const id = plantId(r, b, p);
    return JSON.stringify({
      instant: { epochSecond: 1793000000 + r.int(0, 999999), nanoOfSecond: r.int(0, 999999999) },
      thread: `kyc-${r.int(1, 16)}`,
      level: 'WARN',
      loggerName: 'com.shop.kyc.OnboardingService',
      message: `Seller onboarding rejected for ${p.cc}: ${id.label}=${id.value} name=${b.p('name', p.full)} dob=${b.p('dob', dobLocal(p))} address=${b.p('address', street(r, p.cc))}`,
      endOfBatch: false,
      loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger',
      contextMap: { sellerId: `sel_${r.b62(12)}`, email: b.p('email', p.email) },
    });
  }),
  T('kyc', 'serilog-idcheck', (r, b) => {
    const p = person(r, r.pick(KYC_CC));
    const id = plantId(r, b, p);
    return `[${ts(r).slice(11, 19)} ERR] Shop.Kyc.IdCheckClient: ID check provider returned 500 for {"Country": "${p.cc}", "DocumentType": "${id.label}", "DocumentNumber": "${id.value}", "GivenNames": "${p.first}", "Surname": "${p.last}", "BirthDate": "${b.p('dob', dobIso(p))}", "Passport": "${b.p('passport', I.passport(r, p.cc))}"} (ApiKey=${b.c('hex', r.hex(40))})`;
  }),
  T('kyc', 'structlog-payout-hold', (r, b) => {
    const p = person(r, r.pick(KYC_CC));
    const id = plantId(r, b, p);
    return `${ts(r)} [warning  ] payout.held_for_kyc      [payouts.kyc] seller=${b.p('name', p.full)} email=${b.p('email', p.email)} doc_type=${id.label} doc_number=${id.value} reason=name_mismatch webhook_secret=${b.c('whsec', key.whsec(r))}`;
  }),
  T('kyc', 'csv-review-export', (r, b) => {
    const rows: string[] = [];
    for (let k = 0; k < 5; k++) {
      const p = person(r, r.pick(KYC_CC));
      const id = natId(r, p);
      rows.push(`${p.cc};"${b.p('name', p.full)}";${id.label};${b.p(id.kind, id.value)};${b.p('dob', dobIso(p))};${r.pick(['pending', 'rejected', 'manual'])}`);
    }
    return `${ts(r)} INFO kyc-export: uploaded review_queue_${r.digits(8)}.csv to s3://shop-kyc-exports/ (ops ticket ${orderNo(r)})\ncountry;name;doc_type;doc_number;birth_date;status\n${rows.join('\n')}\nexport signed with AWS_SECRET_ACCESS_KEY=${b.c('secret', r.b64(30))}`;
  }),
  T('mx', 'spei-payout-stp', (r, b) => {
    const p = person(r, 'MX');
    return `${ts(r)} ERROR payouts.spei STP registraOrden rechazada: {"resultado":{"id":-${r.int(1, 30)},"descripcionError":"Cuenta Beneficiario Inválida"}} orden={"claveRastreo":"SHOP${r.digits(10)}","conceptoPago":"Reembolso ${orderNo(r)}","cuentaBeneficiario":"${b.f('clabe', clabe(r))}","nombreBeneficiario":"${b.p('name', p.full)}","rfcCurpBeneficiario":"${b.p('curp', I.curp(r, p))}","tipoCuentaBeneficiario":40,"monto":"${r.int(100, 9999)}.00"} firma_key_passphrase=${b.c('password', r.password(16))}`;
  }),
  T('au', 'bsb-refund-airwallex', (r, b) => {
    const p = person(r, 'GB');
    const bsb = `${r.pick(['062', '083', '033', '012'])}-${r.digits(3)}`;
    return `${ts(r)} warn [refunds-au] Airwallex beneficiary create failed 400 {"code":"validation_failed","source":"bank_details.account_number"} request={"beneficiary":{"bank_details":{"account_name":"${b.p('name', p.full)}","account_routing_type1":"bsb","account_routing_value1":"${bsb}","account_number":"${b.f('account', account(r, 9))}","bank_country_code":"AU"}},"x-api-key":"${b.c('hex', r.hex(64))}"}`;
  }),
  T('sepa', 'pain008-mandate', (r, b) => {
    const p = person(r, r.pick<Cc>(['DE', 'FR', 'NL', 'ES', 'IT']));
    return `${ts(r)} ERROR sepa-export: bank rejected pain.008 batch (RJCT AM05 duplication)\n<DrctDbtTxInf><PmtId><EndToEndId>${orderNo(r).replace('#', '')}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${r.int(5, 500)}.00</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>SHOP-${r.digits(8)}</MndtId><DtOfSgntr>2026-0${r.int(1, 9)}-1${r.int(0, 9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx><DbtrAgt><FinInstnId><BIC>${bic(r, p.cc)}</BIC></FinInstnId></DbtrAgt><Dbtr><Nm>${b.p('name', p.full)}</Nm><PstlAdr><Ctry>${p.cc}</Ctry><AdrLine>${b.p('address', street(r, p.cc))}</AdrLine></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>${b.f('iban', iban(r, p.cc))}</IBAN></Id></DbtrAcct></DrctDbtTxInf>`;
  }),
  T('cards', 'vault-batch-domestic', (r, b) => {
    const lines: string[] = [];
    for (let k = 0; k < 3; k++) {
      const p = person(r, r.pick<Cc>(['BR', 'IN', 'JP', 'CN', 'TR', 'KR', 'US', 'GB']));
      const brand = ({ BR: 'elo', IN: 'rupay', JP: 'jcb', CN: 'unionpay', TR: 'troy', KR: 'visa' } as Record<string, string>)[p.cc] ?? r.pick(['amex', 'discover', 'diners', 'maestro']);
      const c = card(r, brand);
      const shown = r.next() < 0.4 ? grouped(c, r.pick([' ', '-'])) : c;
      lines.push(
        `{"holder":"${b.p('name', p.full)}","pan":"${b.f(`card-${cardBrand(c)}`, shown)}","exp":"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}","scheme":"${brand.toUpperCase()}"}`,
      );
    }
    return `${ts(r)} ERROR vault-migrator: tokenization batch ${r.digits(6)} failed at record 3 (HSM timeout); dumping batch for retry\n[${lines.join(',\n ')}]`;
  }),
  T('ach', 'nacha-entry-detail', (r, b) => {
    const rows: string[] = [];
    for (let k = 0; k < 2; k++) {
      const p = person(r, 'US');
      const name = p.full.toUpperCase().padEnd(22, ' ').slice(0, 22);
      const acct = account(r, r.int(9, 12));
      rows.push(
        `622${b.f('aba', aba(r))}${b.f('account', acct)}${' '.repeat(17 - acct.length)}${String(r.int(1000, 999999)).padStart(10, '0')}SHOP${r.digits(11)}${b.p('name', name.trim())}${' '.repeat(22 - name.trim().length)}  0${r.digits(15)}`,
      );
    }
    return `${ts(r)} ERROR ach-originator: ODFI rejected file SHOP${r.digits(6)}.ach (R03 No Account/Unable to Locate Account), offending entries:\n${rows.join('\n')}`;
  }),
];
