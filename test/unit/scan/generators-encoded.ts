import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** Samples of the encoded-run detectors (detectors/encoded-runs.ts), values drawn from the sample generator. */
const gh = (r: Rng): string => `ghp_${r.str(B62, 36)}`;
const mail = (r: Rng): string => `${r.str(LOWER, 7)}.${r.str(LOWER, 6)}@gmail.com`;
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');
const esc = (s: string): string => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 4)}!${r.str(DIG, 3)}${r.str(B62, 5)}`;

/** Samples keyed by detector id. */
export const ENCODED_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'encoded-base64-credential': (r) => ['queue message body=', b64(`{"repo":"ops","auth":"token ${gh(r)}"}`.slice(1)), ' attempt=2'],
  'encoded-base64-personal-data': (r) => ['crm export chunk: ', b64(`contact_email=${mail(r)}`), ' (3 of 9)'],
  'encoded-hex-credential': (r) => ['smtp dump 0000: ', hex(`AUTH password=${pw(r)}`), ' ..'],
  'encoded-hex-personal-data': (r) => ['frame payload=', hex(`reply-to: ${mail(r)}`), ' len=64'],
  'encoded-escaped-credential': (r) => ['lua: ngx.log(ngx.ERR, "', esc(`api_key=${r.str(B62, 32)}`), '")'],
  'encoded-escaped-personal-data': (r) => ['python repr: b"', esc(`email:${mail(r)}`), '"'],
};
