import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations), names: people as git,
 * CI systems, deployment tools and operations records name them — git headers, trailers, blame and
 * format output, CI variables and role keys, webhook author objects, `… by <name>` prose, timeline
 * actors, mailboxes written `e-mail (Name)`, cardholders heading a charge row — in contexts other
 * than the set's. Beside them, what must stay clean: bots, apps, roles, placeholders, commit SHAs.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
/** The findings of people's names (a card or an e-mail beside them is found, as it should be). */
const names = (text: string) => leaks(text).filter((f) => f.detector.startsWith('person-name'));

const GIVEN = ['Wilhelmina', 'Oisín', 'Kasimir', 'Noémie', 'Tarquin', 'Yevgenia', 'Rosalind', 'Matthias'];
const FAMILY = ['Abernethy', 'Lindgren', 'de Boer', 'Ó Ceallaigh', 'Pietrzak', 'Hallström', 'Marchetti-Rossi', 'Vasquez'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]} ${FAMILY[randomInt(FAMILY.length)]}`;
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[randomInt(16)]).join('');
const mail = (): string => `dev${randomInt(1, 999)}@${['fjordline.no', 'kestrel-labs.io', 'umbra.dev'][randomInt(3)]}`;
function luhnCard(prefix: string, length: number): string {
  let body = prefix + Array.from({ length: length - prefix.length - 1 }, () => randomInt(10)).join('');
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  body += String((10 - (sum % 10)) % 10);
  return body;
}

describe('round r32: names in git headers, trailers and output', () => {
  it('finds authors and committers of `git log --format=fuller` and trailers of a commit message', () => {
    const a = person();
    const c = person();
    const s = person();
    const text = `changelog step failed:\ncommit ${hex(40)}\nAuthor:     ${a} <${mail()}>\nAuthorDate: Tue Mar 3 10:00:00 2026 +0100\nCommit:     ${c} <${mail()}>\n\n    chore: bump chart\n\n    Signed-off-by: ${s} <${mail()}>`;
    expect(found(text, a)).toBe(true);
    expect(found(text, c)).toBe(true);
    expect(found(text, s)).toBe(true);
  });

  it('finds the author of a blame line and of a `--format` line', () => {
    const b = person();
    expect(found(`$ git blame -L 7,7 deploy.sh\n^${hex(7)} scripts/deploy.sh (${b}     2025-11-30 08:01:02 -0500  7) set -e`, b)).toBe(true);
    const f = person();
    expect(found(`$ git log -1 --pretty='%an <%ae>'\n${f} <${mail()}>`, f)).toBe(true);
  });

  it('leaves bots, apps and SHAs in git output alone', () => {
    expect(leaks(`commit ${hex(40)}\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nCommit: GitHub <noreply@github.com>`)).toEqual([]);
    expect(leaks(`Co-authored-by: Renovate Bot <bot@renovateapp.com>\nSigned-off-by: Release Automation <release@umbra.dev>`)).toEqual([]);
    expect(leaks(`${hex(8)} (GitHub Actions 2026-01-01 00:00:00 +0000 12) image: nginx  # git blame`)).toEqual([]);
    expect(leaks(`commit ${hex(40)}\nAuthor: ${person()} <dev@example.com>\n\n    docs: sample output`)).toEqual([]);
  });
});

describe('round r32: names in CI variables and role keys', () => {
  it('finds the person a CI system records as author, creator, requester or trigger', () => {
    const n1 = person();
    expect(found(`DRONE_COMMIT_AUTHOR_NAME=${n1}\nDRONE_COMMIT_SHA=${hex(40)}`, n1)).toBe(true);
    const n2 = person();
    expect(found(`##[debug]Build.QueuedBy=${n2}\n##[debug]Build.Reason=Manual`, n2)).toBe(true);
    const n3 = person();
    expect(found(`{"pipeline":"infra","triggeredBy":"${n3}","status":"failed"}`, n3)).toBe(true);
    const n4 = person();
    expect(found(`$ git config --global user.name "${n4}"`, n4)).toBe(true);
    const n5 = person();
    expect(found(`mailer:\n  from_name: '${n5}'\n  from_address: noreply@umbra.dev`, n5)).toBe(true);
  });

  it('finds a webhook payload author object', () => {
    const n = person();
    expect(found(`payload: {"commits":[{"id":"${hex(40)}","author":{"name":"${n}","email":"${mail()}","username":"x"}}]}`, n)).toBe(true);
  });

  it('needs another identifier (or a common given name, round l82) before it reads a billing party', () => {
    const n = person();
    expect(found(`payout failed\npayee: ${n}\naccount: 12345678  sort code 20-00-00`, n)).toBe(true);
    expect(leaks(`payout failed: payee: Northwind Traders`)).toEqual([]);
  });

  it('leaves bots, roles, usernames and placeholders under the same keys alone', () => {
    expect(leaks('GIT_AUTHOR_NAME=github-actions[bot]\nGIT_COMMITTER_NAME=GitHub Actions')).toEqual([]);
    expect(leaks('{"triggeredBy":"Scheduled Trigger","requestedFor":"Project Collection Build Service"}')).toEqual([]);
    expect(leaks('approver: Release Manager\noperator: Platform Team\nrequested_by: ${{ github.actor }}')).toEqual([]);
    expect(leaks('BUILDKITE_BUILD_CREATOR=jdoe\nBuild.RequestedFor=Jane Doe')).toEqual([]);
  });
});

describe('round r32: names in prose, timelines, mailboxes and card rows', () => {
  it('finds who started, approved or rolled back a deployment', () => {
    const a = person();
    expect(found(`Deployment to production rejected by ${a}: change freeze`, a)).toBe(true);
    const b = person();
    expect(found(`[2026-02-11 09:14:02] ${b} (${mail()}) requested approval for release 4.2`, b)).toBe(true);
    const c = person();
    expect(found(`09:41 ${c} took over as IC`, c)).toBe(true);
  });

  it('finds a mailbox written `e-mail (Name)`', () => {
    const n = person();
    expect(found(`session revoked: owner=${mail()} (${n}) reason=offboarding`, n)).toBe(true);
  });

  it('finds the holder heading a row of card charges', () => {
    const n = person();
    const card = luhnCard('4', 16).replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(found(`charges without a cost centre:\n${n}   ${card}   Datadog 120.00 EUR`, n)).toBe(true);
  });

  it('leaves bots, systems and role names in the same places alone', () => {
    expect(leaks('Started by timer\nStarted by upstream project "infra/build" build number 42\nTriggered by GitHub Push')).toEqual([]);
    expect(leaks('10:02 Argo Rollouts rolled back payments-api\n10:05 Incident Bot declared SEV-3')).toEqual([]);
    expect(names(`contact ${mail()} (Platform Team) for access`)).toEqual([]);
    expect(names(`Totals By Vendor   ${luhnCard('4', 16)}`)).toEqual([]);
  });
});
