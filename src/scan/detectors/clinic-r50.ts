import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { einValid } from '../id-checksums-world';
import { inOrganisationLoop } from '../x12-parties';
import { isLowEntropy } from '../validators';
import { PUBLIC_PLACE } from './property-r44';
import { NAME_T31, personNameT31 } from './voip-t31';

/**
 * Round r50 (blind set 50: clinics, pharmacies, labs, telehealth and wearables): X12 837/835
 * patient names (NM1 of a person) and the provider's tax id (REF*EI / REF*TJ), first/last names in
 * URL queries and PMIX-style XML, names in YAML payee lists beside bank fields, latitude/longitude
 * under their own keys or as a `latlng` array, SSO codes in a login URL, webhook verification codes
 * and Agora RTC tokens.
 */

/** One name word, title or upper case (`Dmitri`, `O'Brien`, `THIBODEAUX`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ](?:[a-zß-ÿ]{1,20}|[A-ZÀ-Þ]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ]{1,20})?`;
/** A segment's start in X12: the start, a segment terminator, or a line break. */
const SEG = String.raw`(?:^|[~\s'"])`;

/** True when `lat` and `lon` (decimal degrees) are a real position away from 0,0. */
const onEarth = (lat: number, lon: number): boolean =>
  Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(Math.abs(lat) <= 0.01 && Math.abs(lon) <= 0.01);

/** Things whose position is no one's whereabouts (a vehicle, an asset, a place of business). */
const NOT_A_PERSON_POSITION = /\b(?:vehicle|bus|truck|fleet|tram|train|vessel|ship|boat|aircraft|flight|drone|asset|trailer|container|sensor|station|depot|telematics|tractor|vin|imei|odometer|ignition)\b/i;

/** True when the coordinates at `start` stand after a public place or a vehicle (within 200 characters). */
const impersonal = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 200), start);
  return PUBLIC_PLACE.test(before.slice(-120)) || NOT_A_PERSON_POSITION.test(before);
};

/** Keys of a given name and a family name in a query string. */
const FIRST_Q = String.raw`(?:first_?name|firstName|given(?:_?name)?|fname)`;
const LAST_Q = String.raw`(?:last_?name|lastName|family(?:_?name)?|surname|lname)`;

/** X12, query-string and XML names; tax ids; coordinates; SSO, webhook and RTC secrets of clinical and fitness integrations. */
export const CLINIC_R50_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'x12-nm1-person-name',
    name: "Subscriber's or patient's name in an X12 NM1 segment of a person (insured, patient, dependent)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['nm1*'],
    // NM101 IL (insured), QC (patient), 03 (dependent), 74 (corrected insured); NM102 1 = a person; NM103 last, NM104 first, NM105 middle.
    pattern: new RegExp(String.raw`${SEG}NM1\*(?:IL|QC|03|74)\*1\*(?<v>${WORD}(?: ${WORD})?\*${WORD}(?: ${WORD})?(?:\*[A-Z]{1,20})?)(?=[*~\r\n]|$)`),
    mask: 'full',
    // Round l87: not a masked name (`XXXXX*XXXXX`).
    validate: (v) => !/^(?:TEST|DOE|SAMPLE|UNKNOWN)\*/i.test(v) && !/^[X*\s]+$/.test(v),
    remediation: 'Log X12 transactions without their subscriber and patient loops (NM1, N3, N4, DMG)',
  }),
  defineDetector({
    id: 'x12-ref-provider-tax-id',
    name: "Provider's or payee's tax id in an X12 REF segment (qualifier EI or TJ)",
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['ref*ei*', 'ref*tj*'],
    // Round l87: the window reaches back to the loop's party segment (`N1*PE*…`).
    span: 40,
    spanBack: 8,
    pattern: new RegExp(String.raw`${SEG}REF\*(?:EI|TJ)\*(?<v>\d{2}-?\d{7})(?=[*~\r\n]|$)`),
    mask: 'full',
    // Round l87: not in an organisation's loop (a group practice's or payer's tax id is the business's).
    validate: (v, ctx) => einValid(v) && !inOrganisationLoop(ctx.text, ctx.start),
    remediation: 'Log X12 claims and remittances by control number, without the provider and payee loops',
  }),
  defineDetector({
    id: 'person-name-url-query',
    name: 'Given and family name as parameters of one URL query (`last_name=Doe&first_name=Ann`)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['first_name=', 'firstname=', 'last_name=', 'lastname=', 'given=', 'family=', 'surname=', 'given_name=', 'family_name='],
    pattern: new RegExp(String.raw`[?&](?<k>${FIRST_Q}|${LAST_Q})=(?<v>${WORD}(?:(?:\+|%20)${WORD})?)(?=[&#"'\s]|$)`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personNameT31(`${v.replace(/\+|%20/g, ' ')} Lee`) || /^(?:null|none|test|name|string|undefined)$/i.test(v)) return false;
      // The other half of the name in the same query.
      const first = new RegExp(`^${FIRST_Q}$`, 'i').test(ctx.key ?? '');
      const ls = ctx.text.lastIndexOf('?', ctx.start);
      let le = ctx.text.slice(ctx.end).search(/[\s"'#]/);
      le = le < 0 ? ctx.text.length : ctx.end + le;
      const query = ctx.text.slice(Math.max(ls, ctx.start - 300), le);
      return new RegExp(`[?&]${first ? LAST_Q : FIRST_Q}=[A-Za-zÀ-ÿ]`, 'i').test(query);
    },
    remediation: 'Search patients by id in logged URLs, or log request paths without their query strings',
  }),
  defineDetector({
    id: 'person-name-xml-first-last',
    name: 'Given and family name in adjacent `<First>`/`<Last>` XML elements (PMIX, NIEM person names)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['<first>', '<given>', '<persongivenname>'],
    pattern: new RegExp(String.raw`<(?<t>First|Given|PersonGivenName)>(?<v>${WORD}</\k<t>>\s{0,20}(?:<(?:Middle|PersonMiddleName)>[^<]{0,30}</(?:Middle|PersonMiddleName)>\s{0,20})?<(?:Last|Family|PersonSurName)>${WORD}(?: ${WORD})?)(?=</(?:Last|Family|PersonSurName)>)`),
    mask: 'full',
    validate: (v) => !/^(?:Test|Staff|Sample|Unknown)</.test(v) && !/>(?:Test|Doe|Sample|User)$/.test(v),
    remediation: 'Log prescription-monitoring and eligibility requests without the patient element',
  }),
  defineDetector({
    id: 'person-name-yaml-payee-item',
    name: "Person's name as the `name:` of a YAML list item that holds bank, tax or contact fields (a payee list)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['- name:'],
    span: 400,
    pattern: new RegExp(String.raw`(?<=^|\n)[ \t]{0,12}- name:[ \t]{1,3}["']?(?<v>${NAME_T31})["']?[ \t]*(?=\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personNameT31(v)) return false;
      const rest = ctx.text.slice(ctx.end, ctx.end + 400);
      const next = rest.search(/\n[ \t]{0,12}- /);
      const item = next < 0 ? rest : rest.slice(0, next);
      return /\n[ \t]{1,14}(?:routing(?:_number)?|account(?:_number)?|iban|bic|swift|tin|ssn|ein|tax_?id|dob|birth_?date|phone|email|npi)[ \t]*:/i.test(item);
    },
    remediation: 'Keep payee lists in a secrets store or the payroll system; refer to payees by id in config',
  }),
  defineDetector({
    id: 'geo-latlng-array',
    name: 'Precise position as a lat, lng array under a latlng key (`start_latlng`, `lat_lng`)',
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['latlng', 'lat_lng', 'latlon', 'lat_lon'],
    pattern: /(?:latlng|lat_lng|latlon|lat_lon)["']?[ \t]{0,2}[:=][ \t]{0,2}\[[ \t]{0,2}(?<v>-?\d{1,2}\.\d{4,8},[ \t]{0,2}-?\d{1,3}\.\d{4,8})[ \t]{0,2}\]/i,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map((x) => Number(x.trim())) as [number, number];
      return onEarth(lat, lon) && !impersonal(ctx.text, ctx.start);
    },
    remediation: "Log a coarse region (or nothing) instead of a person's coordinates",
  }),
  defineDetector({
    id: 'sso-login-code-url',
    name: 'Single sign-on code in an e-prescribing login URL (`SingleSignOnCode=`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['singlesignoncode', 'singlesignonuseridverify'],
    pattern: /[?&]SingleSignOn(?:Code|UserIdVerify)=(?<v>[A-Za-z0-9%+/_-]{20,400}(?:%3D|=){0,2})(?=[&#"'\s]|$)/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/%3D/gi, '')),
    remediation: 'Rotate the clinic key the SSO code is derived from, and log iframe URLs without their query',
  }),
  defineDetector({
    id: 'webhook-verification-code',
    name: 'Webhook subscriber verification code (`verification_code:`, a hex secret that proves the endpoint)',
    category: 'credential',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['verification_code', 'verificationcode', 'verification-code'],
    pattern: /verification[_-]?code["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?<v>[0-9a-f]{32,128})(?![0-9a-z])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Regenerate the subscriber verification code and keep it in a secrets store',
  }),
  defineDetector({
    id: 'agora-rtc-token',
    name: 'Agora RTC/RTM access token (`006`, the app id, then `IA…`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['agora', 'rtctoken', 'rtmtoken'],
    span: 600,
    spanBack: 8,
    pattern: /(?<![A-Za-z0-9+/])(?<v>00[67][0-9a-f]{32}IA[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    remediation: 'Rotate the Agora app certificate and let tokens expire; log channel names, not tokens',
  }),
];
