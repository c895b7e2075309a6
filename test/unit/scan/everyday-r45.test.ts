import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, everydayProbe, mix, person, aba } from '../../helpers/everyday-kit';
import { cpfValid } from '../../../src/scan/id-checksums';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r45 (blind set 45: developer workstations, package registries and source hosting): dev-tool
 * and registry credentials (Yarn npmAuthIdent, gem credentials, Bundler hosts, Anaconda channel
 * tokens, vault -field output, aws configure prompts, send-email smtppass, HAR cookies), geo strings,
 * NACHA headers, CPFs and names in redis replies, pg COPY rows, mysqldump tuples, notebook rows,
 * name/mailbox pairs, .gitconfig and CLI flags — in contexts other than the set's, values drawn at
 * test time; beside them the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();

const cpf = (): string => {
  for (;;) {
    const d = str(DIG, 11);
    if (cpfValid(d)) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  }
};

describe('round r45: dev-tool and registry credentials', () => {
  it('finds them in other tools and layouts', () => {
    const ident = `release:${mix(16)}`;
    expect(found(`# ~/.yarnrc.yml\nnpmRegistries:\n  "//npm.corp.internal/":\n    npmAuthIdent: ${ident}\n`, ident)).toBe(true);
    const gem = mix(30, '_');
    expect(found(`---\n:rubygems_api_key: rubygems_${str(HEX, 48)}\n"https://gems.corp.net": ${gem}\n`, gem)).toBe(true);
    const lic = str(HEX, 32);
    expect(found(`export BUNDLE_GEMS__GRAPHQL__PRO=${lic}`, lic)).toBe(true);
    const tok = `${str(LO, 2)}-${str(HEX, 8)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 12)}`;
    expect(found(`conda install -c https://conda.anaconda.org/t/${tok}/ml-private torch`, tok)).toBe(true);
    const pw = `${mix(14)}!`;
    expect(found(`ci@runner:~$ vault read -field=secret_token auth/ci/role\n${pw}\nci@runner:~$`, pw)).toBe(true);
    const sk = `${mix(36)}/${str(B62, 3)}`;
    expect(found(`AWS Access Key ID [****************QX7Z]: AKIA${str('ABCDEFGHJK234567', 16)}\nAWS Secret Access Key [****************9sP2]: ${sk}\n`, sk)).toBe(true);
    const smtp = `${mix(12)}#`;
    expect(found(`git config --global sendemail.smtppass "${smtp}"`, smtp)).toBe(true);
    const sid = str(LO + DIG, 32);
    expect(found(`{"name":"cookie","value":"lang=en; auth_sid=${sid}; _gid=GA1.2.3"}`, sid)).toBe(true);
  });

  it('leaves look-alikes clean', () => {
    expect(clean('npmAuthIdent: "${NPM_AUTH_IDENT}"')).toEqual([]);
    expect(clean('BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"')).toEqual([]);
    expect(clean('channels:\n  - https://conda.anaconda.org/t/<TOKEN>/private')).toEqual([]);
    expect(clean('AWS Secret Access Key [None]: ****************************************')).toEqual([]);
    expect(clean('\tsmtppass = changeme')).toEqual([]);
    expect(by('$ vault kv get -field=password secret/app\n$ echo done', 'vault-field-output')).toBe(false);
    expect(clean('$ psql postgres://postgres:postgres@localhost:5432/dev_db')).toEqual([]);
    expect(by('postgres://app:postgres@db.corp.net:5432/x', 'database-uri-password')).toBe(true);
  });
});

describe('round r45: data beside dev tools', () => {
  it('finds geo strings, NACHA headers and redis CPFs', () => {
    const geo = `${10 + randomInt(50)}.${str(DIG, 6)},${10 + randomInt(100)}.${str(DIG, 6)}`;
    expect(found(`{"user":42,"coords":"${geo}","ts":1767000000}`, geo)).toBe(true);
    const rt = aba();
    expect(found(`ach.txt:\n101 ${rt} 1${str(DIG, 9)}2609300830B094101DEST BANK              ORIGIN CO`, rt)).toBe(true);
    const c = cpf();
    expect(found(`> HGETALL cliente:9\n1) "cpf"\n2) "${c}"`, c)).toBe(true);
  });

  it('leaves look-alikes clean', () => {
    expect(clean('{"location":"0.000000,0.000000"}')).toEqual([]);
    expect(clean('{"location":"us-east-1","version":"1.2.3"}')).toEqual([]);
    expect(clean('101 123456789 1234567890')).toEqual([]);
    expect(clean('> HGETALL cliente:9\n1) "cpf"\n2) "111.111.111-11"')).toEqual([]);
  });
});

describe('round r45: names in developer dumps', () => {
  it('finds them', () => {
    const a = person();
    expect(found(`{\n  "holder_name": "${a}",\n  "iban": "see vault"\n}`, a)).toBe(true);
    const b = person();
    expect(found(`> HGETALL member:5\n1) "display_name"\n2) "${b}"\n3) "mobile"\n4) "+447700900555"`, b)).toBe(true);
    const c = person();
    expect(found(`COPY crm.contacts (id, contact_name, phone) FROM stdin;\n9\t${c}\t+1 415 555 0100\n\\.`, c)).toBe(true);
    const d = person();
    expect(found(`INSERT INTO vendors VALUES (7,'${d}','${aba()}','12345678901');`, d)).toBe(true);
    const e = person();
    expect(found(`   name               email\n3  ${e}    ${e.split(' ')[0]!.toLowerCase()}@posteo.de`, e)).toBe(true);
    const f = person();
    expect(found(`authors = [("${f}", "${f.split(' ')[1]!.toLowerCase()}@fastmail.com")]`, f)).toBe(true);
    const g = person();
    expect(found(`; ~/.gitconfig\n[user]\n    name = ${g}\n    email = g@posteo.de`, g)).toBe(true);
    const h = person();
    expect(found(`crm users create --name "${h}" --email someone@posteo.de`, h)).toBe(true);
    const j = person();
    expect(found(`件名: 返品について\nお疲れ様です。${j}と申します。先週の注文の件です。`, j)).toBe(true);
    const n = person();
    expect(found(`Hallo zusammen, ich bin ${n} aus dem Vertrieb.`, n)).toBe(true);
    const k = `${2 + randomInt(900)} Oranienstraße, ${10000 + randomInt(89999)} Berlin`;
    expect(found(`agent: which address should we ship to?\nme: ${k}, 2nd floor`, k)).toBe(true);
    const l = `${2 + randomInt(900)} Drottninggatan, ${100 + randomInt(800)} ${10 + randomInt(89)} Uppsala`;
    expect(found(`收货地址：${l}`.replace('收货地址', '地址'), l)).toBe(true);
    const m = `${2 + randomInt(900)} Keizersgracht`;
    expect(found(`curl https://api.shop.test/v1/customers -d "name=Cas" -d "address[line1]=${m}" -d "address[city]=Leiden"`, m)).toBe(true);
  });

  it('leaves look-alikes clean', () => {
    expect(clean('{\n  "name": "Payments Service",\n  "email": "ops@corp.example"\n}')).toEqual([]);
    expect(clean('[user]\n\tname = Build Bot\n')).toEqual([]);
    expect(clean('kubectl create deployment --name "Blue Canary"')).toEqual([]);
    expect(clean("INSERT INTO products VALUES (7,'Blue Widget','4.99');")).toEqual([]);
    expect(clean('remote address 10.2.3.4, 443 Connections, 12345 Requests')).toEqual([]);
    expect(clean('이것은 Blue Widget입니다')).toEqual([]);
    expect(clean('これはBlue Widgetです。')).toEqual([]);
    expect(clean('Ich bin Product Owner im Team')).toEqual([]);
  });
});
