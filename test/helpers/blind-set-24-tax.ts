import type { PosTemplate24 } from './blind-set-24-types';
import { abaRouting, fmtDate, itin, nino, recentDate, sin, ssn, tfn, usAccount, usAddress, utr, pkcs12 } from './blind-set-24-values';

/** Tax filing in the US, UK, Australia and Canada: IRS MeF, 1099 TIN matching, HMRC MTD, ATO STP, CRA T4. */

export const TAX_TEMPLATES: PosTemplate24[] = [
  {
    source: 'tax',
    name: 'irs-mef-reject',
    make: (r, b) => {
      const pw = r.password(14);
      return `efile-gateway: MeF acknowledgement ${r.digits(6)}2026${r.digits(7)} status=Rejected
  <RuleNumber>IND-031-04</RuleNumber><ErrorMessageTxt>'PrimarySSN' and 'PrimaryNameControlTxt' in the Return Header must match the e-File database.</ErrorMessageTxt>
  <Filer><PrimarySSN>${b.p('ssn', ssn(r).replace(/-/g, ''))}</PrimarySSN><NameLine1Txt>${r.pick(['OKON', 'HALL', 'CAST'])}</NameLine1Txt></Filer>
  a2a login: ETIN=${r.digits(5)} AppSysID=${r.digits(8)} app_password=${b.c('password', pw)}`;
    },
  },
  {
    source: 'tax',
    name: 'irs-refund-direct-deposit',
    make: (r, b) => {
      return `efile-gateway: IRS reject R0000-902-01 "RoutingTransitNum must be a valid routing number for the account type"
  <IRS1040><RefundAmt>${r.int(300, 9000)}</RefundAmt><RoutingTransitNum>${b.f('aba-routing', abaRouting(r))}</RoutingTransitNum><BankAccountTypeCd>1</BankAccountTypeCd><DepositorAccountNum>${b.f('bank-account', usAccount(r))}</DepositorAccountNum></IRS1040>
  submission ${r.digits(6)}2026${r.digits(7)} tax year 2025`;
    },
  },
  {
    source: 'tax',
    name: 'tin-matching-1099',
    make: (r, b) => {
      const key = r.b62(32);
      const t = itin(r);
      return `1099-nec-service ERROR bulk TIN matching: record ${r.int(2, 400)} -> code 3 "TIN and name combination does not match IRS records"
  row: ${r.pick(['TINTYPE', 'TT'])}=2,TIN=${b.p('itin', r.next() < 0.5 ? t : t.replace(/-/g, ''))},NAME=${r.pick(['LOZANO CARPENTRY', 'M SALCEDO', 'R TAPIA'])},ACCT=${r.digits(6)}
  vendor: POST https://api.${r.pick(['taxbandits', 'track1099'])}.com/v1.7.3/TinMatching/Request (Authorization: ${b.c('api-key', key)})`;
    },
  },
  {
    source: 'tax',
    name: 'hmrc-mtd-itsa',
    make: (r, b) => {
      const n = nino(r);
      const token = r.hex(32);
      return JSON.stringify({
        level: 'error',
        msg: 'HMRC MTD submission failed',
        request: {
          method: 'POST',
          url: `https://api.service.hmrc.gov.uk/individuals/business/self-employment/${b.p('nino', n)}/${r.pick(['XAIS', 'XBIS'])}${r.digits(11)}/period`,
          headers: { Accept: 'application/vnd.hmrc.3.0+json', Authorization: `Bearer ${b.c('access-token', token)}`, 'Gov-Client-Public-IP': '10.0.4.7' },
        },
        response: { status: 422, body: { code: 'RULE_OVERLAPPING_PERIOD', message: 'Period overlaps with existing period' } },
        taxpayer: { utr: b.p('utr', utr(r)) },
      });
    },
  },
  {
    source: 'tax',
    name: 'ato-stp-payevent',
    make: (r, b) => {
      const pfx = r.password(12);
      return `STP Phase 2 lodgement ${r.uuid()} rejected by ATO: CMN.ATO.PAYEVNTEMP.000127 "Payee TFN is invalid" (payee record 4)
  <Payee><Identifiers><TaxFileNumberId>${b.p('tfn', tfn(r))}</TaxFileNumberId></Identifiers><RemunerationIncomeTaxPayAsYouGo><GrossA>${r.int(40, 160)}${r.digits(3)}.00</GrossA></RemunerationIncomeTaxPayAsYouGo></Payee>
  sbr: machine credential keystore=/opt/stp/keystore.xml alias=ABRD:${r.digits(11)}_${r.int(1, 9)} password=${b.c('pfx-password', pfx)}`;
    },
  },
  {
    source: 'tax',
    name: 'cra-t4-xml',
    make: (r, b) => {
      const key = r.b62(40);
      return `t4-filer ERROR CRA Internet File Transfer rejected T4 return ${r.digits(8)}: "SIN failed validation" (slip ${r.int(1, 300)})
<T4Slip><EMPE_NM><snm>[redacted]</snm><gvn_nm>[redacted]</gvn_nm></EMPE_NM><sin>${b.p('sin', sin(r).replace(/ /g, r.pick(['', ' '])))}</sin><empe_nbr>${r.digits(6)}</empe_nbr><T4_AMT><empt_incamt>${r.int(30, 140)}${r.digits(3)}.00</empt_incamt></T4_AMT></T4Slip>
payroll platform webhook: x-wsapi-key=${b.c('api-key', key)}`;
    },
  },
  {
    source: 'tax',
    name: 'w2-state-upload-cert',
    make: (r, b) => {
      const a = usAddress(r);
      const p12 = pkcs12(r);
      return `state-w2-upload: mTLS handshake failed (bad certificate) uploading RW records for ${a.state} DOR
  RW record 00${r.digits(2)}: ${b.p('ssn', ssn(r).replace(/-/g, ''))}${r.pick(['DESMOND', 'INGRID', 'MATEUS']).padEnd(15)}${''.padEnd(15)}${r.pick(['LINDQVIST', 'ABERNATHY']).padEnd(20)}    [address suppressed]
  client cert (base64 PKCS#12 from STATE_DOR_CLIENT_CERT): ${b.c('pkcs12-base64', p12)}
  filed ${fmtDate(recentDate(r), 'iso')}`;
    },
  },
];
