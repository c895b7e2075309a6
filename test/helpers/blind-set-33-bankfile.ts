import { NATIONAL_IDS } from './blind-set-33-ids';
import { amount, bic, company, isoDate, ts } from './blind-set-33-noise';
import { aba, address, clabe, iban, ibanAs, password, person, pgpPrivate, phone, usAccount, type Template33 } from './blind-set-33-values';
import type { Rng33 } from './blind-set-33-rng';

/** A name folded to the upper-case ASCII bank files carry, cut to `n` characters and trimmed. */
export function fold(s: string, n = 35): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/Ł/g, 'L').toUpperCase().slice(0, n).trim();
}

const rpad = (s: string, n: number) => s.padEnd(n, ' ').slice(0, n);
const lpad = (s: string, n: number, ch = '0') => s.padStart(n, ch).slice(-n);
const yymmdd = (r: Rng33) => isoDate(r).slice(2).replace(/-/g, '');

function creditXml(c: Parameters<Template33['make']>[0], r: Rng33): string {
  const p = person(r, r.pick(['DE', 'FR', 'NL', 'ES', 'BE']));
  const cc = p.country;
  const withAddr = r.next() < 0.5;
  return `      <CdtTrfTxInf>
        <PmtId><InstrId>${r.hex(12).toUpperCase()}</InstrId><EndToEndId>E2E-${r.digits(12)}</EndToEndId><UETR>${r.uuid()}</UETR></PmtId>
        <Amt><InstdAmt Ccy="EUR">${amount(r, 50, 9000)}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>${bic(r)}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>${c.p('creditor-name', p.full)}</Nm>${withAddr ? `<PstlAdr><Ctry>${cc}</Ctry><AdrLine>${c.p('postal-address', address(r, cc === 'BE' || cc === 'NL' || cc === 'ES' ? 'FR' : cc))}</AdrLine></PstlAdr>` : ''}</Cdtr>
        <CdtrAcct><Id><IBAN>${c.f('iban', iban(r, cc))}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Salary ${r.pick(['March', 'April', 'May'])} / emp ${r.int(1000, 9999)}</Ustrd></RmtInf>
      </CdtTrfTxInf>`;
}

/** Bank files and host-to-host rails: ISO 20022, SWIFT MT, NACHA, BAI2, BACS, Cemtex, PIX, UPI, SPEI, EFT, SEPA mandates, SFTP/PGP. */
export const BANKFILE_TEMPLATES: readonly Template33[] = [
  {
    area: 'bankfile', name: 'pain001-payroll', draws: 9,
    make: (c, r) => `h2h-upload: bank rejected file PAYROLL_${yymmdd(r)}.xml (FF01 Invalid File Format), first 40 lines:
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>MSG${r.digits(14)}</MsgId><CreDtTm>${ts(r).slice(0, 19)}</CreDtTm><NbOfTxs>2</NbOfTxs><InitgPty><Nm>${company(r)}</Nm></InitgPty></GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-${r.digits(8)}</PmtInfId><PmtMtd>TRF</PmtMtd>
      <DbtrAcct><Id><IBAN>${c.f('iban', iban(r, 'DE'))}</IBAN></Id></DbtrAcct>
${creditXml(c, r)}
${creditXml(c, r)}
    </PmtInf>`,
  },
  {
    area: 'bankfile', name: 'pain008-direct-debit',
    make: (c, r) => {
      const p = person(r, r.pick(['DE', 'FR', 'ES', 'NL']));
      return `SepaDirectDebitBuilder: XSD validation error cvc-complex-type.2.4.a at line ${r.int(20, 80)}\n<DrctDbtTxInf><PmtId><EndToEndId>${r.hex(20).toUpperCase()}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${amount(r, 5, 400)}</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>MNDT-${r.digits(9)}</MndtId><DtOfSgntr>${isoDate(r)}</DtOfSgntr></MndtRltdInf><CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id></Othr></PrvtId></Id></CdtrSchmeId></DrctDbtTx><DbtrAgt><FinInstnId><BICFI>${bic(r)}</BICFI></FinInstnId></DbtrAgt><Dbtr><Nm>${c.p('debtor-name', p.full)}</Nm></Dbtr><DbtrAcct><Id><IBAN>${c.f('iban', iban(r, p.country))}</IBAN></Id></DbtrAcct><RmtInf><Ustrd>Abo ${r.int(100000, 999999)}</Ustrd></RmtInf></DrctDbtTxInf>`;
    },
  },
  {
    area: 'bankfile', name: 'camt053-entry',
    make: (c, r) => {
      const p = person(r, r.pick(['DE', 'NL', 'BE', 'FR']));
      return `reconcile: no open invoice matched camt.053 entry ${r.hex(10).toUpperCase()}\n<Ntry><Amt Ccy="EUR">${amount(r)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${isoDate(r)}</Dt></BookgDt>\n  <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>${r.digits(16)}</AcctSvcrRef></Refs>\n    <RltdPties><Dbtr><Pty><Nm>${c.p('debtor-name', fold(p.full, 70))}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>${c.f('iban', iban(r, p.country))}</IBAN></Id></DbtrAcct></RltdPties>\n    <RmtInf><Ustrd>RE ${r.int(2024, 2026)}-${r.digits(5)} ${c.p('debtor-name', p.last)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
    },
  },
  {
    area: 'bankfile', name: 'swift-mt103',
    make: (c, r) => {
      const a = person(r, r.pick(['DE', 'FR', 'GB']));
      const b = person(r, r.pick(['ES', 'NL', 'BE']));
      return `mt-gateway: NAK for message ${r.hex(8).toUpperCase()} (T33 format error)\n{1:F01${bic(r).slice(0, 8)}AXXX${r.digits(10)}}{2:I103${bic(r).slice(0, 8)}XXXXN}{3:{121:${r.uuid()}}}{4:\n:20:${r.hex(12).toUpperCase()}\n:23B:CRED\n:32A:${yymmdd(r)}EUR${amount(r).replace('.', ',')}\n:50K:/${c.f('iban', iban(r, a.country))}\n${c.p('ordering-customer-name', fold(a.full))}\n${c.p('postal-address', fold(address(r, a.country)))}\n:57A:${bic(r)}\n:59:/${c.f('iban', iban(r, b.country))}\n${c.p('beneficiary-name', fold(b.full))}\n:70:INV ${r.digits(6)}\n:71A:SHA\n-}`;
    },
  },
  {
    area: 'bankfile', name: 'swift-mt940',
    make: (c, r) => {
      const p = person(r, 'DE');
      return `mt940-parser: unexpected tag :86: subfield ?34 in statement ${r.digits(5)}\n:20:STARTUMS\n:25:${r.digits(8)}/${c.f('de-account-number', r.digits(10))}\n:28C:${r.int(1, 300)}/1\n:60F:C${yymmdd(r)}EUR${amount(r).replace('.', ',')}\n:61:${yymmdd(r).slice(0, 6)}${yymmdd(r).slice(2)}CR${amount(r, 5, 5000).replace('.', ',')}NTRFNONREF\n:86:166?00GUTSCHR. UEBERWEISUNG?109310?20EREF+NOTPROVIDED?21SVWZ+Miete ${r.pick(['Januar', 'Februar', 'Maerz'])}?30${bic(r)}?31${c.f('iban', iban(r, 'DE'))}?32${c.p('debtor-name', fold(p.full, 27))}?34997\n:62F:C${yymmdd(r)}EUR${amount(r).replace('.', ',')}\n-`;
    },
  },
  {
    area: 'bankfile', name: 'nacha-ppd',
    make: (c, r) => {
      const odfi = aba(r);
      const entry = (seq: number) => {
        const p = person(r, 'US');
        const rdfi = aba(r);
        const acct = usAccount17(r);
        c.f('nacha-dfi-account', acct);
        const name = c.p('nacha-individual-name', fold(p.full, 22));
        return `6${r.pick(['22', '32', '27'])}${rdfi}${rpad(acct, 17)}${lpad(String(r.int(1000, 999999)), 10)}${rpad(`EMP${r.digits(5)}`, 15)}${rpad(name, 22)}  0${odfi.slice(0, 8)}${lpad(String(seq), 7)}`;
      };
      return `ach-origination: NACHA file rejected by ODFI (R-FILE: bad entry hash)\n101 ${odfi}${r.digits(10)}${yymmdd(r)}${r.digits(4)}A094101${rpad('FIRST NATIONAL BANK', 23)}${rpad(fold(company(r)), 23)}        \n5200${rpad(fold(company(r), 16), 16)}${rpad('', 20)}1${r.digits(9)}PPDPAYROLL   ${yymmdd(r)}${yymmdd(r)}   1${odfi.slice(0, 8)}0000001\n${entry(1)}\n${entry(2)}\n${entry(3)}\n820000000300${r.digits(10)}${lpad('0', 12)}${lpad(String(r.int(1e5, 9e6)), 12)}1${r.digits(9)}${rpad('', 25)}${odfi.slice(0, 8)}0000001`;
    },
  },
  {
    area: 'bankfile', name: 'bai2-prior-day',
    make: (c, r) => {
      const p = person(r, 'US');
      return `bai2 import failed: record 16 continuation missing\n01,${r.digits(9)},${r.pick(['ACMECO', 'NWTREAS'])},${yymmdd(r)},0600,1,,,2/\n02,${r.pick(['ACMECO', 'NWTREAS'])},${aba(r)},1,${yymmdd(r)},,USD,2/\n03,${c.f('bai2-account', usAccount(r))},USD,010,${r.int(1e6, 9e8)},,,015,${r.int(1e6, 9e8)},,/\n16,165,${r.int(1000, 900000)},Z,${r.digits(15)},${r.digits(10)},ACH CREDIT RECEIVED/\n88,ORIG CO NAME:VENMO PAYMENT IND ID:${r.digits(10)} IND NAME:${c.p('ach-individual-name', fold(p.full, 22))}/\n49,${r.int(1e6, 9e8)},${r.int(3, 9)}/\n98,${r.int(1e6, 9e8)},1,${r.int(5, 12)}/\n99,${r.int(1e6, 9e8)},1,${r.int(8, 16)}/`;
    },
  },
  {
    area: 'bankfile', name: 'bacs-standard18',
    make: (c, r) => {
      const rec = () => {
        const p = person(r, 'GB');
        const acct = c.f('uk-account-number', r.digits(8));
        const name = c.p('bacs-beneficiary-name', fold(p.full, 18));
        return `${r.digits(6)}${acct}099${r.digits(6)}${r.digits(8)}    ${lpad(String(r.int(100, 900000)), 11)}${rpad(fold(company(r), 18), 18)}${rpad(`SAL${r.digits(6)}`, 18)}${rpad(name, 18)}`;
      };
      return `bacs-submit: Bacstel-IP returned ARUCS; input file lines 1-6:\nVOL1${r.digits(6)}                               ${r.digits(6)}                                1\nHDR1A${r.digits(6)}S  1${r.digits(6)}00000100010001       ${yymmdd(r)} ${yymmdd(r)}000000\n${rec()}\n${rec()}\nEOF1A${r.digits(6)}S  1`;
    },
  },
  {
    area: 'bankfile', name: 'cemtex-aba',
    make: (c, r) => {
      const rec = () => {
        const p = person(r, 'AU');
        const bsb = `${r.pick(['062', '083', '033', '012'])}-${r.digits(3)}`;
        const acct = c.f('au-account-number', String(r.int(1, 9)) + r.digits(8));
        return `1${bsb}${lpad(acct, 9, ' ')} 53${lpad(String(r.int(100, 9e6)), 10)}${rpad(c.p('account-title', fold(p.full, 32)), 32)}${rpad(`PAY ${r.digits(6)}`, 18)}${r.pick(['062', '083'])}-${r.digits(3)}${r.digits(9)}${rpad('KESTREL FOODS', 16)}00000000`;
      };
      return `direct-entry upload rejected by bank: "record 2: invalid account title"\n0                 01WBC       ${rpad('KESTREL FOODS PTY LTD', 26)}${r.digits(6)}${rpad('PAYROLL', 12)}${yymmdd(r)}\n${rec()}\n${rec()}\n7999-999            ${lpad(String(r.int(1e5, 9e7)), 10)}${lpad('0', 10)}${lpad('0', 10)}                        000002`;
    },
  },
  {
    area: 'bankfile', name: 'pix-cobranca',
    make: (c, r) => {
      const p = person(r, 'BR');
      const cpf = NATIONAL_IDS['br-cpf']!.make(r);
      const keyType = r.pick(['cpf', 'email', 'telefone', 'evp']);
      const chave = keyType === 'cpf' ? c.p('pix-key-cpf', cpf.replace(/\D/g, '')) : keyType === 'email' ? c.p('pix-key-email', `${fold(p.first, 20).toLowerCase().replace(/ /g, '')}.${r.int(10, 99)}@gmail.com`) : keyType === 'telefone' ? c.p('pix-key-phone', `+55119${r.digits(8)}`) : c.f('pix-key-evp', r.uuid());
      return `${ts(r)} ERROR pix-api PUT /v2/cob/${r.b62(30)} -> 400 {"title":"Cobrança inválida","status":400}\npayload={"calendario":{"expiracao":3600},"devedor":{"cpf":"${c.p('br-cpf', cpf)}","nome":"${c.p('payer-name', p.full)}"},"valor":{"original":"${amount(r, 5, 3000)}"},"chave":"${chave}","solicitacaoPagador":"Pedido ${r.digits(6)}"}`;
    },
  },
  {
    area: 'bankfile', name: 'upi-imps-payout',
    make: (c, r) => {
      const p = person(r, 'IN');
      const vpa = c.f('upi-vpa', `${fold(p.first, 12).toLowerCase()}.${fold(p.last, 12).toLowerCase().replace(/ /g, '')}${r.pick(['', String(r.int(1, 99))])}@${r.pick(['okhdfcbank', 'okicici', 'oksbi', 'ybl', 'paytm', 'axl'])}`);
      return `payout ${r.pick(['pout_', 'po_'])}${r.b62(14)} FAILED reason=BENEFICIARY_BANK_OFFLINE mode=${r.pick(['UPI', 'IMPS'])}\n  fund_account: { vpa: "${vpa}", bank_account: { name: "${c.p('beneficiary-name', p.full)}", ifsc: "${r.pick(['HDFC0', 'ICIC0', 'SBIN0', 'UTIB0'])}${r.digits(6)}", account_number: "${c.f('in-account-number', r.digits(r.int(11, 16)))}" } }\n  contact: { phone: "${c.p('phone', phone10(r))}" }`;
    },
  },
  {
    area: 'bankfile', name: 'spei-clabe',
    make: (c, r) => {
      const p = person(r, 'MX');
      const rfc = `${fold(p.last, 2).replace(/ /g, 'X').padEnd(2, 'X')}${fold(p.first, 2).replace(/ /g, 'X').padEnd(2, 'X')}${yymmdd(r)}${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ123456789', 3)}`;
      return `spei.orden.rechazada causa=CUENTA_INEXISTENTE\n{"claveRastreo":"${r.b62(20).toUpperCase()}","institucionContraparte":"${r.pick(['40012', '40014', '40072'])}","cuentaBeneficiario":"${c.f('clabe', clabe(r))}","nombreBeneficiario":"${c.p('beneficiary-name', fold(p.full, 40))}","rfcCurpBeneficiario":"${c.p('mx-rfc', rfc)}","tipoCuentaBeneficiario":40,"monto":${amount(r, 10, 50000)},"conceptoPago":"Nómina quincena ${r.int(1, 24)}"}`;
    },
  },
  {
    area: 'bankfile', name: 'canada-eft',
    make: (c, r) => {
      const p = person(r, 'CA');
      return `eft.enrol: duplicate payee for ${r.uuid()}\n  payee.legal_name=${c.p('payee-name', p.full)}\n  payee.sin=${c.p('ca-sin', NATIONAL_IDS['ca-sin']!.make(r))}\n  bank.institution=${r.pick(['001', '002', '003', '004', '006', '815'])} bank.transit=${r.digits(5)} bank.account=${c.f('ca-account-number', r.digits(r.int(7, 12)))}\n  payee.phone=${c.p('phone', phone(r, 'CA'))}`;
    },
  },
  {
    area: 'bankfile', name: 'sepa-mandate-record',
    make: (c, r) => {
      const p = person(r, r.pick(['DE', 'FR']));
      return `mandates.csv row ${r.int(2, 9000)} rejected (AM05 duplicate):\nmandate_id;signed_on;debtor_name;debtor_address;debtor_iban;debtor_bic;sequence\nMD${r.digits(10)};${isoDate(r)};${c.p('debtor-name', p.full)};"${c.p('postal-address', address(r, p.country))}";${c.f('iban', ibanAs(r, p.country))};${bic(r)};RCUR`;
    },
  },
  {
    area: 'bankfile', name: 'h2h-sftp-config',
    make: (c, r) => `# /etc/h2h/${r.pick(['jpm', 'citi', 'hsbc', 'bnp'])}-connect.yaml (dumped by config-check on boot failure)\nsftp:\n  host: h2h-${r.pick(['prod', 'uat'])}.${r.pick(['bank-gateway.net', 'treasury-h2h.com'])}\n  port: 22\n  username: ${r.pick(['acme', 'nwt', 'kes'])}_h2h_${r.digits(4)}\n  password: '${c.c('sftp-password', password(r))}'\n  remote_dir: /inbound/pain001\npgp:\n  recipient_fingerprint: ${r.hex(40).toUpperCase()}\n  signing_key_passphrase: "${c.c('pgp-passphrase', `${r.pick(['Treasury', 'Payroll', 'Ledger'])} ${r.pick(['otter', 'granite', 'velvet'])} ${r.int(10, 99)}!`)}"`,
  },
  {
    area: 'bankfile', name: 'h2h-pgp-private-block',
    make: (c, r) => `gpg: decryption failed for camt053_${yymmdd(r)}.xml.pgp; key material loaded from env H2H_PGP_KEY:\n${c.c('pgp-private-key-block', pgpPrivate(r))}\ngpg: public key decryption failed: Bad passphrase`,
  },
];

function usAccount17(r: Rng33): string {
  return String(r.int(1, 9)) + r.digits(r.int(8, 15));
}

function phone10(r: Rng33): string {
  return `+91${r.pick(['9', '8', '7'])}${r.digits(9)}`;
}
