import { expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';
import * as ids from '../../helpers/blind-set-15-ids';
import { Rng9 } from '../../helpers/blind-set-9-rng';

const sc = createScanner();
const covered = (t: string, v: string): boolean => { const f = sc.scan(t).filter(isLeak); const a = t.indexOf(v); if (a < 0) return false; for (let i = a; i < a + v.length; i++) if (!f.some((x) => x.start <= i && i < x.end)) return false; return true; };
const FORMS: ((k: string, v: string) => string)[] = [
  (k, v) => `AxiosError: Request failed with status code 422\n  config.data: '{"customer":{"${k}":"${v}","country":"XX"}}'`,
  (k, v) => `Processing by KycController#create as JSON\n  Parameters: {"person"=>{"${k}"=>"${v}", "first_name"=>"Ana"}}`,
  (k, v) => `Task hr.sync raised: ValidationError kwargs={'${k}': '${v}', 'attempt': 3}`,
  (k, v) => `System.ArgumentException: invalid record Employee { Name = Ana Lopez, ${k[0]!.toUpperCase() + k.slice(1)} = ${v}, Active = True }`,
  (k, v) => `GET /v1/verify?${k}=${encodeURIComponent(v)}&country=XX HTTP/1.1" 400 87`,
  (k, v) => `<ns2:Person><ns2:${k} type="primary">${v}</ns2:${k}></ns2:Person>`,
  (k, v) => `array(2) {\n  ["${k}"]=>\n  string(${v.length}) "${v}"\n}`,
  (k, v) => `otel attributes: enduser.${k}=${v} http.status_code=422`,
  (k, v) => `[{"key":"${k}","value":"${v}","type":"text"}]`,
];
const KEYS: Record<string, string[]> = {
  ssn: ['ssn', 'socialSecurityNumber'], cpf: ['cpf', 'numeroCpf'], bsn: ['bsn', 'burgerservicenummer'], dni: ['dni', 'numeroDocumento'], personnummer: ['personnummer'], pesel: ['pesel'], hetu: ['henkilotunnus', 'hetu'], sin: ['sin', 'socialInsuranceNumber'], nir: ['nir', 'numeroSecuriteSociale'], nrn: ['rijksregisternummer', 'numero_national'], fnr: ['fodselsnummer'], aadhaar: ['aadhaar', 'aadhaarNumber'], chinaRic: ['idCardNo', 'id_card'], zaId: ['idNumber', 'sa_id'], rut: ['rut'], tfn: ['tfn', 'taxFileNumber'], steuerId: ['steuerId', 'steuerIdentifikationsnummer'], nif: ['nif'], tckn: ['tcKimlikNo', 'identityNumber'], nric: ['nric', 'uinfin'],
};
/** Blind set 15's id generators (tuning material now) under native and camelCase keys, in nine SDK and runtime dump forms. */
it('national ids of twenty countries under their native keys in every dump form (Axios, Rails, Celery, .NET, query, XML, var_dump, OTel, Postman)', () => {
  const r = new Rng9(77);
  const miss: string[] = [];
  for (const [name, keys] of Object.entries(KEYS)) {
    const gen = (ids as Record<string, unknown>)[name] as (r: unknown) => string;
    for (const k of keys) for (const f of FORMS) { const v = gen(r); const t = f(k, v); const p = t.includes(v) ? v : encodeURIComponent(v); if (!covered(t, p)) miss.push(`${name} ${k}: ${t.replace(/\n/g, ' | ')}`); }
  }
  expect(miss.join('\n')).toBe('');
});
