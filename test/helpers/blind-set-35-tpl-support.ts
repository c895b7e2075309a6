import { B62, B64URL, UPPER } from './blind-set-35-rng';
import { jsonEsc35, type Template35 } from './blind-set-35-draw';
import { card35, iban35 } from './blind-set-35-checks';
import { epoch35, hexU35, humanPassword35, jwt35, uuid35 } from './blind-set-35-creds';
import { address35, dob35, euAddress35, handle35, person35, phone35 } from './blind-set-35-people';

/** Player support and trust & safety: ticket exports, age gates, chargebacks, ban appeals, refunds, data requests. */
export const SUPPORT_TEMPLATES35: Template35[] = [
  {
    area: 'support', name: 'ticket-csv-export',
    make: (d) => {
      const r = d.r;
      const rows = [0, 1].map(() => {
        const p = person35(r);
        return `${r.int(100000, 999999)},${r.pick(['Billing', 'Account', 'Harassment', 'Refund'])},"${d.p('person-name', p.full)}",${d.p('email', p.email)},"${d.p('phone', phone35(r))}","${d.p('date-of-birth', dob35(r))}",${handle35(r)}`;
      });
      return `zendesk-export: upload to s3 failed (AccessDenied), first rows:
ticket_id,category,requester,requester_email,phone,dob,gamertag
${rows.join('\n')}`;
    },
  },
  {
    area: 'support', name: 'parental-consent-record',
    make: (d) => {
      const r = d.r, kid = person35(r), parent = person35(r);
      return `{"level":"error","msg":"COPPA consent record failed schema validation","record":{"consent_id":"${uuid35(r)}","child":{"name":"${d.p('person-name', kid.full)}","dob":"${d.p('date-of-birth', dob35(r, 2013, 2019))}"},"guardian":{"name":"${d.p('person-name', parent.full)}","email":"${d.p('email', parent.email)}","phone":"${d.p('phone', phone35(r))}","address":"${d.p('home-address', address35(r))}"},"method":"card_verification","card_last4":"${r.digits(4)}"}}`;
    },
  },
  {
    area: 'support', name: 'chargeback-dispute',
    make: (d) => {
      const r = d.r, who = person35(r), card = d.f('card-number', card35(r));
      return `Chargeback ${r.pick(['CB', 'DSP'])}-${r.int(100000, 999999)} opened by issuer (reason 10.4 Other Fraud - Card Absent)
Cardholder: ${d.p('person-name', who.full)}
Card: ${card}  Exp: ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 32)}
Billing email: ${d.p('email', who.email)}
Billing address: ${d.p('home-address', address35(r))}
Order: ${r.int(1000, 9999)} x Founder's Pack (SKU ${r.pick(['FP', 'SEASON', 'GEMS'])}-${r.int(100, 999)})`;
    },
  },
  {
    area: 'support', name: 'ban-appeal-password',
    make: (d) => {
      const r = d.r, who = person35(r), pw = d.c('password', humanPassword35(r));
      const body = `Hi, my name is ${who.full} and my account (${who.email}) was banned by mistake. I never cheated! My password is ${pw} if you want to log in and check. Please call me at ${phone35(r)}.`;
      d.p('person-name', who.full);
      d.p('email', who.email);
      d.p('phone', /call me at (.+)\.$/.exec(body)![1]!);
      return `{"ticket":${r.int(100000, 999999)},"queue":"ban-appeals","subject":"unfair ban","description":"${jsonEsc35(body)}","via":"web_form"}`;
    },
  },
  {
    area: 'support', name: 'refund-to-bank',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `refund-bot: manual refund needed (store refused, reason: "payment method closed")
  player: ${d.p('person-name', who.full)} <${d.p('email', who.email)}>
  account holder as typed by player: ${d.p('person-name', who.full.toUpperCase())}
  IBAN: ${d.f('iban', iban35(r, true))}
  also paid with card: ${d.f('card-number', card35(r))}
  address: ${d.p('home-address', euAddress35(r))}`;
    },
  },
  {
    area: 'support', name: 'account-recovery-transcript',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `[chat ${uuid35(r)}] agent: To verify, please give your email, date of birth and the last card you used.
[chat] player: ${d.p('email', who.email)}, born ${d.p('date-of-birth', dob35(r))}
[chat] player: card was ${d.f('card-number', card35(r))} under ${d.p('person-name', who.full)}
[chat] player: old password ${d.c('password', humanPassword35(r))} doesnt work anymore
[chat] agent: thanks, resetting session ${d.c('jwt', jwt35(r, 'HS256', { sub: uuid35(r), sid: r.chars(B62, 20), iat: epoch35(r) }))}`;
    },
  },
  {
    area: 'support', name: 'xml-age-verification',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `<?xml version="1.0"?>
<AgeVerificationResult status="ERROR" code="${r.int(400, 422)}">
  <RequestId>${hexU35(r, 24)}</RequestId>
  <Subject><FullName>${d.p('person-name', who.full.replace(/'/g, '&apos;'))}</FullName><DateOfBirth>${d.p('date-of-birth', dob35(r, 2003, 2012))}</DateOfBirth>
  <Email>${d.p('email', who.email)}</Email><Phone>${d.p('phone', phone35(r))}</Phone></Subject>
  <ApiKey>${d.c('age-verify-api-key', r.chars(B64URL, 40))}</ApiKey>
  <Region>${r.chars(UPPER, 2)}</Region>
</AgeVerificationResult>`;
    },
  },
];
