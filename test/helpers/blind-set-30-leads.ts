import { logPrefix30, pct30, Plant30, type Template30 } from './blind-set-30-case';
import { iban30, licence30, nationalId30, passport30 } from './blind-set-30-ids';
import { dob30, person30, type Country30 } from './blind-set-30-people';
import { hubspotPat, jwt30, klaviyoKey, mailchimpKey } from './blind-set-30-tokens';

/** Form fills and lead webhooks, list imports and exports, consent logs, and what people paste into chat. */
export const LEADS30: Template30[] = [
  {
    id: 'leads/typeform-webhook',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const ans = [{ type: 'text', text: u.first, field: { id: r.b62(12), type: 'short_text', ref: 'first_name' } }, { type: 'email', email: k.p('email', u.email), field: { id: r.b62(12), type: 'email', ref: 'email' } }, { type: 'phone_number', phone_number: k.p('phone', u.phoneE164), field: { id: r.b62(12), type: 'phone_number', ref: 'phone' } }, { type: 'choice', choice: { label: r.pick(['1-10', '11-50', '51-200']) }, field: { id: r.b62(12), type: 'multiple_choice', ref: 'company_size' } }];
      return k.done(`typeform webhook signature mismatch (Typeform-Signature: sha256=${r.b64(32)}); secret in use TYPEFORM_WEBHOOK_SECRET=${k.c('webhook-secret', r.b62(32))}
${JSON.stringify({ event_id: r.ulid(), event_type: 'form_response', form_response: { form_id: r.b62(8), token: r.b62(32), submitted_at: r.iso(), answers: ans } })}`);
    },
  },
  {
    id: 'leads/webflow-form-mail',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'AU', 'CA', 'NL', 'SE'] as Country30[]));
      return k.done(`New form submission on brightpath.io — "Request a demo"
Name: ${u.first}
Email: ${k.p('email', u.email)}
Company size: ${r.pick(['11-50', '51-200', '201-1000'])}
Message: Please send the hardware quote to my home address, ${k.p('postal-address', u.address)}, I am working remotely.
---
Forwarded to #inbound-leads by zapier (zap ${r.num(9)}) — HubSpot step failed: Property values were not valid`);
    },
  },
  {
    id: 'leads/csv-import-errors',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(['US', 'GB', 'DE', 'FR', 'AU'] as Country30[]);
      const head = 'first_name,last_name,email,postal_code,opt_in';
      const rows = [0, 1].map(() => {
        const u = person30(r, c);
        return `${u.first},${u.last.includes(' ') ? `"${u.last}"` : u.last},${k.p('email', u.email)},${u.postcode},${r.pick(['yes', 'no', 'Y', ''])}`;
      });
      return k.done(`list import "${r.pick(['Trade show leads', 'Webinar attendees', 'Partner referrals'])} ${r.int(1, 12)}/2024.csv" finished: ${r.int(200, 9000)} imported, 2 rejected (POST https://api.hubapi.com/crm/v3/imports, Authorization: Bearer ${k.c('hubspot-private-app-token', hubspotPat(r))})
rejected rows (line, reason):
${head}
${rows.map((x, i) => `${x}   # line ${r.int(2, 900) + i}: ${r.pick(['invalid birthdate', 'missing consent', 'phone not mobile', 'duplicate email'])}`).join('\n')}`);
    },
  },
  {
    id: 'leads/event-registrants-tsv',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1].map(() => {
        const c = r.pick(['IN', 'BR', 'MX', 'DE', 'FR', 'JP'] as Country30[]);
        const u = person30(r, c);
        return [k.p('person-name', u.full), c, k.p('passport-number', passport30(r, c)), r.pick(['Speaker', 'Attendee', 'Partner']), 'visa letter requested'].join('\t');
      });
      return k.done(`attendee export for visa invitation letters (Brightpath Summit Lisbon) uploaded to #events-ops:
full_name\tnationality\tpassport_no\tticket\tnotes
${rows.join('\n')}`);
    },
  },
  {
    id: 'leads/consent-log',
    make: (r) => {
      const k = new Plant30();
      const a = person30(r), b = person30(r, r.pick(['US', 'GB', 'CA', 'AU'] as Country30[]));
      const line = (o: object) => JSON.stringify({ ts: r.iso(), svc: 'consent-service', ...o });
      return k.done(`${line({ level: 'info', event: 'consent.updated', subject: { email: k.p('email', a.email) }, channel: 'email', purpose: 'marketing', status: 'withdrawn', source: 'preference_center', ip_hash: r.hex(16) })}
${line({ level: 'info', event: 'consent.updated', subject: { phone: k.p('phone', b.phoneE164) }, channel: 'sms', purpose: 'marketing', status: 'opted_out', source: 'keyword_STOP' })}
${line({ level: 'error', event: 'consent.propagate_failed', subject: { email: a.email }, destination: 'braze', error: 'HTTP 503 Service Unavailable' })}`);
    },
  },
  {
    id: 'leads/double-opt-in',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const key = mailchimpKey(r);
      return k.done(`${logPrefix30(r, 'WARN')} doi-confirm GET /newsletter/confirm?email=${k.p('email', pct30(u.email))}&list=${r.hex(10)}&src=footer -> 500
caused by: mailchimp PATCH https://${key.split('-')[1]}.api.mailchimp.com/3.0/lists/${r.hex(10)}/members/${r.hex(32)} 401 (key ${k.c('mailchimp-api-key', key)} rejected: API Key Invalid)`);
    },
  },
  {
    id: 'leads/calendly-invitee',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      const pat = jwt30(r, { kid: r.hex(8), typ: 'PAT', alg: 'ES512' }, { iss: 'https://auth.calendly.com', iat: r.epoch(), jti: r.uuid(), user_uuid: r.uuid() }, 66);
      const payload = { event: 'invitee.created', payload: { name: k.p('person-name', u.full), email: k.p('email', u.email), timezone: 'Europe/London', questions_and_answers: [{ question: 'What would you like to discuss?', answer: r.pick(['Pricing for 50 seats', 'Migration from Marketo', 'SSO and SCIM']) }], scheduled_event: { uri: `https://api.calendly.com/scheduled_events/${r.uuid()}`, name: '30 min demo' } } };
      return k.done(`calendly -> salesforce lead router failed: FIELD_INTEGRITY_EXCEPTION
webhook: ${JSON.stringify(payload)}
follow-up fetch: GET https://api.calendly.com/scheduled_events/${r.uuid()} Authorization: Bearer ${k.c('calendly-pat', pat)}`);
    },
  },
  {
    id: 'leads/age-verification',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'US');
      const [st, dl] = licence30(r);
      return k.done(`${logPrefix30(r)} age-gate verify failed provider=idology code=${r.pick(['RESULT_ID_NOTLOCATED', 'DOB_MISMATCH'])} campaign=summer-tasting-${r.int(1, 9)}
{"firstName":"${u.first}","lastName":"${u.last}","email":"${k.p('email', u.email)}","dob":"${k.p('date-of-birth', dob30(u, 'us'))}","idType":"drivers_license","idState":"${st}","idNumber":"${k.p('drivers-licence', dl)}","zip":"${u.postcode}"}
provider request headers: {"X-Api-Key":"${k.c('api-key', r.b62(40))}","Content-Type":"application/json"}`);
    },
  },
  {
    id: 'leads/br-lead-cpf',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'BR');
      const [kind, cpf] = nationalId30(r, 'BR', u);
      return k.done(`[rdstation] POST https://api.rd.services/platform/conversions?api_key=${k.c('rdstation-api-key', r.hex(32))} -> 422
{"event_type":"CONVERSION","event_family":"CDP","payload":{"conversion_identifier":"black-friday-${r.int(2023, 2024)}","email":"${k.p('email', u.email)}","mobile_phone":"${k.p('phone', u.phoneNat)}","cf_cpf":"${k.p(kind, cpf)}","city":"${u.city}"}}
{"errors":{"error_type":"INVALID_FIELDS","error_message":"cf_cpf já cadastrado para outro lead"}}`);
    },
  },
  {
    id: 'leads/eu-loan-lead',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(['ES', 'IT', 'FR', 'NL', 'DE', 'PL'] as Country30[]);
      const u = person30(r, c);
      const [kind, nid] = nationalId30(r, c, u);
      const f = { nombre_completo: k.p('person-name', u.full), documento: k.p(kind, nid), iban: k.f('iban', iban30(r, c)), importe: r.int(3, 60) * 500, plazo_meses: r.pick([12, 24, 36, 48]) };
      return k.done(`${logPrefix30(r)} lead-router: partner webhook ${r.pick(['prestamos-rapidos', 'credito-facile', 'pret-express'])} rejected (schema v3)
payload=${JSON.stringify(f)}
reason: field "documento" failed validation for country ${c}
partner auth: X-Partner-Key: ${k.c('api-key', r.b62(32))}`);
    },
  },
  {
    id: 'leads/slack-human',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'US');
      const [kind, ssn] = nationalId30(r, 'US', u);
      return k.done(`#marketing-ops  ${r.pick(['10:42', '14:07', '16:55'])}
heads up — rotating the Klaviyo key today, the old one (${k.c('klaviyo-private-key', klaviyoKey(r))}) was in the Looker Studio connector config 🙃
also: a rep pasted a customer's SSN into the HubSpot notes for ${k.p('person-name', u.full)} (${k.p(kind, ssn)}), can someone with admin scrub it and the call recording?`);
    },
  },
];
