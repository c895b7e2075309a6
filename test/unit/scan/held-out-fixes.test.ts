import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, secretKeyKind } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number): string => [...randomBytes(n)].map((b) => B62[b % 62]).join('');
/** The texts of the leak findings of a line. */
const leaks = (t: string): string[] => scanner.scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));

describe('fixes from the held-out integration lines', () => {
  it('UPPER_SNAKE env names ending in _KEY hold keys, unless the word before names a non-secret key', () => {
    expect(secretKeyKind('MAILGUN_KEY')).toBe('secret');
    expect(secretKeyKind('SEGMENT_WRITE_KEY')).toBe('secret');
    expect(secretKeyKind('routing_key')).toBe('secret');
    for (const k of ['CACHE_KEY', 'PARTITION_KEY', 'LOCK_KEY', 'cache_key', 'mailgunKey']) expect({ k, kind: secretKeyKind(k) }).toEqual({ k, kind: null });
    const v = b62(32);
    expect(leaks(`MAILGUN_KEY=${v}`)).toEqual([v]);
  });

  it('file paths under key names are not secrets; base64 starting with / still is', () => {
    expect(leaks('SSH_KEY=/home/ci/.ssh/id_rsa_deploy')).toEqual([]);
    expect(leaks('ssh_key: ~/.ssh/id_ed25519')).toEqual([]);
    const b64 = `/${b62(20)}+${b62(18)}`;
    expect(leaks(`STORAGE_KEY=${b64}`)).toEqual([b64]);
  });

  it('login passwords on command lines and in .netrc', () => {
    const p = `${b62(10)}7!`;
    expect(leaks(`+ docker login -u deploy -p ${p} registry.acme.io`)).toEqual([p]);
    expect(leaks(`helm registry login ghcr.io --username bot --password=${p}`)).toEqual([p]);
    expect(leaks(`machine api.heroku.com\n  login ops\n  password ${p}`)).toEqual([p]);
    expect(leaks('docker login -u deploy -p $REGISTRY_PASSWORD registry.acme.io')).toEqual([]);
  });

  it('national phone numbers only under a phone key', () => {
    expect(leaks('{"telephone":"06 57 13 95 67"}')).toEqual(['06 57 13 95 67']);
    expect(leaks('mobilePhone=0171-2345678')).toEqual(['0171-2345678']);
    expect(leaks('hotel: 030 1234567')).toEqual([]);
    expect(leaks('invoice_no: 030 1234567')).toEqual([]);
  });

  it('no alarm on shell expansions, token_type=Bearer, documentation and link-local addresses', () => {
    expect(leaks('API_TOKEN=${API_TOKEN} DB_PASSWORD=${DB_PASSWORD:?required}')).toEqual([]);
    expect(leaks('token_type=Bearer expires_in=3600 scope=read')).toEqual([]);
    expect(leaks('upstream 198.51.100.7:443 and 203.0.113.9 and [2001:db8::1:2]')).toEqual([]);
    expect(scanner.scan('upstream 198.51.100.7:443').map((f) => [f.test, f.severity])).toEqual([[true, 'info']]);
    expect(leaks('listening on [fe80::f00c:cb06:1]:8080 fd12:3456:789a::1')).toEqual([]);
    const tok = b62(30);
    expect(leaks(`Authorization: Bearer ${tok}`)).toEqual([tok]);
    expect(leaks('peer 81.2.69.142')).toEqual(['81.2.69.142']);
  });
});
