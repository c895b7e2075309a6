import { randomUUID } from 'node:crypto';
import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { B62, b62, covered, leaks, pick, scanner } from '../../helpers/leak-checks';

/** Runs `check` `n` times: each run draws fresh values, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};
const HEX = '0123456789abcdef';
const hex = (n: number): string => pick(HEX, n - 1) + pick('123456789', 1);
/** A password as people pick them: letters, digits, a symbol (`.` included: `-p'SyJS.xo2u3o5'`). */
const pw = (n = 14): string => pick(B62, n - 3) + pick('0123456789', 1) + pick('!#^*+.%', 1) + pick('abcdefghijkmnpqrstuvwxyz', 1);
const b64 = (n: number): string => pick(`${B62}+/`, n);
const idsOf = (t: string): string[] => scanner.scan(t).map((f) => f.detector);

describe('command-line and stack-trace passwords (blind set 11)', () => {
  it('finds mysql-family -p passwords bare, single- or double-quoted', () => {
    times(10, () => {
      const p = pw(12);
      for (const t of [`(mysqldump -h db-crm -u backup -p'${p}' --single-transaction crm | gzip)`, `mysql -u root -p"${p}" -e "SELECT 1"`, `mysqladmin -u root -p${p} status`, `mariadb-dump -u bk -p'${p}' shop`]) expect(covered(t, p), t).toBe(true);
      expect(leaks('mysql -u root -p -h db-crm.internal')).toEqual([]);
      expect(leaks("mysqldump -u backup -p'$MYSQL_PWD' crm")).toEqual([]);
    });
  });

  it('finds the password argument of PHP client calls in stack frames', () => {
    times(10, () => {
      const p = pw(16);
      for (const t of [
        `#0 /var/www/src/Queue/Factory.php(28): PhpAmqpLib\\Connection\\AMQPStreamConnection->__construct('mq.acme.internal', 5672, 'orders', '${p}', '/shop')`,
        `#1 /app/Ldap.php(40): ldap_bind(Resource id #12, 'cn=svc-gitlab,dc=acme,dc=net', '${p}')`,
        `#2 /app/Sftp.php(9): phpseclib3\\Net\\SFTP->login('deploy', '${p}')`,
        `#3 /app/Cache.php(12): Redis->auth('${p}')`,
      ]) expect(covered(t, p), t).toBe(true);
      expect(leaks(`#0 /app/Queue.php(28): AMQPStreamConnection->__construct('mq.acme.internal', 5672, 'orders', '******', '/shop')`)).toEqual([]);
      expect(leaks(`#1 /app/Ldap.php(40): ldap_bind(Resource id #12, 'cn=svc,dc=acme,dc=net')`)).toEqual([]);
    });
  });
});

describe('vendor keys known by their partner or vendor (blind set 11)', () => {
  it('finds a Twilio API key secret beside its SK id', () => {
    times(10, () => {
      const sid = `SK${hex(32)}`, s = b62(32);
      for (const t of [`Twilio::REST::Client.new('${sid}', '${s}', account_sid)`, `client = Client("${sid}", "${s}", "AC${hex(32)}")`, `curl -u ${sid}:${s} https://api.twilio.com/2010-04-01/Accounts.json`]) expect(covered(t, s), t).toBe(true);
      expect(idsOf(`Twilio key ${sid} created, friendly_name=${pick('abcdefghij', 12)}`)).not.toContain('twilio-api-secret');
    });
  });

  it('finds Braze REST keys, SparkPost keys and Duo secret keys in their vendor context', () => {
    times(10, () => {
      const u = randomUUID();
      for (const t of [`POST https://rest.fra-02.braze.eu/users/track -> 401 {"message":"Invalid API key: ${u}"}`, `curl -H "Authorization: Bearer ${u}" https://rest.iad-01.braze.com/users/export/ids`, `{"braze":{"api_key":"${u}"}}`]) expect(covered(t, u), t).toBe(true);
      expect(leaks(`POST https://rest.fra-02.braze.eu/users/track request_id=${randomUUID()} external_id=${randomUUID()}`)).toEqual([]);
      const k = hex(40);
      for (const t of [`SparkPostError: Unauthorized. options: { key: '${k}', origin: 'https://api.eu.sparkpost.com:443' }`, `curl -H "Authorization: ${k}" https://api.sparkpost.com/api/v1/transmissions`, `const client = new SparkPost('${k}')`]) expect(covered(t, k), t).toBe(true);
      expect(leaks(`sparkpost deploy: commit ${hex(40)} rolled out`)).toEqual([]);
      const s = b62(40), ikey = `DI${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}`;
      for (const t of [`Admin(ikey='${ikey}', skey='${s}', host='api-${hex(8)}.duosecurity.com')`, `{"ikey": "${ikey}", "skey": "${s}", "host": "api-${hex(8)}.duosecurity.com"}`, `DUO_IKEY=${ikey} DUO_SKEY=${s} ./sync.sh`]) expect(covered(t, s), t).toBe(true);
      expect(leaks(`duo auth ok ikey=${ikey} user=${pick('abcdefgh', 8)}`)).toEqual([]);
    });
  });

  it('finds a PuTTY key body (Private-Lines), not its public lines or MAC', () => {
    times(5, () => {
      const pubLine = b64(64), body = Array.from({ length: randomInt(2, 15) }, () => b64(64)).join('\n'), mac = hex(64);
      const t = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@jump-1\nPublic-Lines: 1\n${pubLine}\nKey-Derivation: Argon2id\nPrivate-Lines: 3\n${body}\nPrivate-MAC: ${mac}`;
      expect(covered(t, body), t).toBe(true);
      const found = leaks(t).join('\n');
      expect(found).not.toContain(pubLine);
      expect(found).not.toContain(mac);
      expect(covered(t.replace(/\n/g, '\\n'), body.replace(/\n/g, '\\n'))).toBe(true);
    });
  });
});

describe('URLs and escaped values reported whole (blind set 11)', () => {
  it('reports a Slack webhook URL whole, with 9-11 character team and bot ids', () => {
    times(10, () => {
      const id = (c: string): string => c + pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', randomInt(8, 11));
      const url = `https://hooks.slack.com/services/${id('T')}/${id('B')}/${b62(24)}`;
      for (const t of [`unexpected status code 404: ${url}"`, `SLACK_WEBHOOK_URL=${url}`, `{"webhook":"${url}"}`]) expect(covered(t, url), t).toBe(true);
      expect(leaks('see https://hooks.slack.com/services for the docs')).toEqual([]);
    });
  });

  it('covers JSON-escaped base64 characters (\\u003d, \\u002b, \\u002f) of a secret', () => {
    times(10, () => {
      const raw = `${b64(30)}9a+${b64(10)}/x=`, esc = raw.replace(/=/g, '\\u003d').replace(/\+/g, '\\u002b').replace(/\//g, '\\u002f');
      for (const t of [`{"requestBody":"client_id\\u003d${randomUUID()}\\u0026client_secret\\u003d${esc}\\u0026grant_type\\u003dclient_credentials"}`, `{"client_secret":"${esc}"}`, `{"msg":"refresh failed","body":"refresh_token\\u003d${esc}"}`]) expect(covered(t, esc), t).toBe(true);
      expect(leaks(`{"requestBody":"grant_type\\u003dclient_credentials\\u0026scope\\u003dread"}`)).toEqual([]);
    });
  });

  it('takes kubectl describe sizes (`password:   24 bytes`) for no password', () => {
    for (const n of [8, 24, 40, 1675]) {
      expect(leaks(`kubectl describe secret app-secrets\nType:  Opaque\nData\n====\napi-token:  40 bytes\npassword:   ${n} bytes`)).toEqual([]);
    }
    const p = pw(14);
    expect(covered(`password: ${p}`, p)).toBe(true);
  });
});
