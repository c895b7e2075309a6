import { epoch, isoTs, org, plainTs, privIp, type Template31 } from './blind-set-31-case';
import { abaRouting, cardNumber, iban, spacedIban } from './blind-set-31-check';
import { person } from './blind-set-31-people';

const SITE_OWNERS = [
  'Hilltop Farms LLC',
  'Granite Ridge Holdings Inc',
  'Cedar Valley Grain Co',
  'Northgate Storage LLC',
  'Riverbend Church of Christ',
  'Blue Mesa Water District',
  'Prairie Wind Cooperative',
  'Lakeside Self Storage LP',
];

/** Mag-stripe readers in the field, tower lease and roaming settlements, card migrations, bank notifications, mandates. */
export const BILLING3_TEMPLATES: Template31[] = [
  {
    id: 'mpos-reader-track-data',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'AU', 'GB']));
      const pan = cardNumber(r, r.pick(['visa', 'mc', 'discover']));
      const exp = `${r.int(26, 31)}${r.pad(1, 12, 2)}`;
      const disc = r.digits(13);
      const sur = p.last.toUpperCase().replace(/[^A-Z ]/g, '');
      return `${plainTs(r)} D/IDTechReader(${r.int(2000, 9000)}): swipe decoded, encryption=OFF (reader not injected with BDK)
${plainTs(r)} D/IDTechReader(${r.int(2000, 9000)}): track1=%B${v.f('card-track1', `${pan}^${sur}/${p.first.toUpperCase()}^${exp}101${disc}`)}?
${plainTs(r)} D/IDTechReader(${r.int(2000, 9000)}): track2=;${v.f('card-track2', `${pan}=${exp}101${r.digits(12)}`)}?
${plainTs(r)} W/FieldPay(${r.int(2000, 9000)}): offline mode, queued sale of ${r.int(40, 900)}.${r.digits(2)} for job ${r.num(8)}`;
    },
  },
  {
    id: 'tower-lease-payments-csv',
    make: (r, v) => {
      const owners = r.shuffle(SITE_OWNERS).slice(0, 3);
      const rows = owners.map(
        (o) => `${r.pick(['US-TX', 'US-OK', 'US-KS', 'US-NE'])}-${r.num(5)},"${o}",${abaRouting(r)},${v.f('bank-account-number', r.num(r.int(9, 12)))},${r.int(800, 4200)}.00,ACH`,
      );
      return `${isoTs(r)} ERROR lease-payables export to AP failed (column count mismatch on row 4); file head:
site_id,payee,routing_number,account_number,monthly_rent,method
${rows.join('\n')}`;
    },
  },
  {
    id: 'roaming-settlement-bank-details',
    make: (r, v) => {
      const a = iban(r, r.pick(['DE', 'FR', 'NL', 'ES']));
      const b = iban(r, r.pick(['GB', 'IT', 'BE', 'PL']));
      return `Subject: FW: Updated remittance details — IOT/roaming settlement ${r.pick(['Q1', 'Q2', 'Q3'])} 2025

Please update the clearing house record before the next settlement run:
  Partner TADIG ${r.pick(['DEUD2', 'FRAF1', 'NLDPT', 'ESPTE'])}: IBAN ${v.f('iban', spacedIban(a))}, BIC ${r.pick(['DEUTDEFF', 'BNPAFRPP', 'ABNANL2A', 'BSCHESMM'])}
  Partner TADIG ${r.pick(['GBRVF', 'ITAOM', 'BELMO', 'POLP4'])}: IBAN ${v.f('iban', b)}
Invoice ${r.pick(['TAP', 'RAP'])}-${r.num(8)} amount EUR ${r.int(10000, 900000)}.${r.digits(2)}, due ${plainTs(r).slice(0, 10)}.`;
    },
  },
  {
    id: 'card-on-file-migration-sql',
    make: (r, v) => {
      const a = cardNumber(r);
      const b = cardNumber(r);
      return `# Time: ${isoTs(r)}
# User@Host: migrator[migrator] @ ${privIp(r)}  Id: ${r.int(1000, 99999)}
# Query_time: ${r.int(2, 40)}.${r.digits(6)}  Lock_time: 0.000${r.digits(3)} Rows_sent: 0  Rows_examined: ${r.int(100000, 900000)}
SET timestamp=${epoch(r)};
UPDATE payment_methods SET pan = '${v.f('card-number', a)}', token = NULL WHERE subscriber_id = ${r.num(8)};
UPDATE payment_methods SET pan = '${v.f('card-number', b)}', token = NULL WHERE subscriber_id = ${r.num(8)};`;
    },
  },
  {
    id: 'camt054-debit-notification',
    make: (r, v) => {
      const ntry = [0, 1].map(
        () =>
          `      <TxDtls><Refs><EndToEndId>${org(r).toUpperCase().slice(0, 4)}${r.num(12)}</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">${r.int(10, 300)}.${r.digits(2)}</Amt></TxAmt></AmtDtls><RltdPties><DbtrAcct><Id><IBAN>${v.f('iban', iban(r, r.pick(['DE', 'NL', 'BE', 'FR'])))}</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>METER ${r.num(10)} INV ${r.num(8)}</Ustrd></RmtInf></TxDtls>`,
      );
      return `${plainTs(r)} WARN camt-import unmatched credit entries in BkToCstmrDbtCdtNtfctn ${r.HEX(12)}:
    <NtryDtls>
${ntry.join('\n')}
    </NtryDtls>`;
    },
  },
  {
    id: 'prepay-refund-batch',
    make: (r, v) => {
      const rows = [0, 1, 2].map(() => `${r.num(9)};${v.f('iban', iban(r, r.pick(['DE', 'NL', 'ES', 'IT', 'FR'])))};${r.int(3, 180)},${r.digits(2)};closed-account-credit`);
      return `${isoTs(r)} ERROR refund-runner SEPA credit transfer batch ${r.num(6)} rejected: "duplicate message id"
account_id;iban;amount_eur;reason
${rows.join('\n')}`;
    },
  },
  {
    id: 'sepa-mandate-ocr',
    make: (r, v) => {
      const p = person(r, r.pick(['DE', 'FR', 'NL', 'ES']));
      return `${isoTs(r)} INFO doc-intake OCR result for upload ${r.uuid()} (confidence 0.${r.int(80, 97)}), routed to billing queue
SEPA Direct Debit Mandate — Creditor: ${org(r)} Energie GmbH, CI DE${r.digits(2)}ZZZ0000${r.digits(7)}
Mandate reference: MND-${r.num(8)}
Name of debtor: ${v.p('person-name', p.name)}
Address: ${v.p('postal-address', p.address)}
IBAN: ${v.f('iban', spacedIban(iban(r, p.country)))}    BIC: ${r.pick(['COBADEFFXXX', 'INGBNL2A', 'CAIXESBBXXX', 'SOGEFRPP'])}
Type of payment: Recurrent   Place/date: ${p.address.split(' ').slice(-1)[0]}, ${plainTs(r).slice(0, 10)}`;
    },
  },
];
