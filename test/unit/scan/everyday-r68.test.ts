import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, aba, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';

/**
 * Round r68 (blind set 68: mobile and app backends): names under user-name keys, AWS CLI attribute shorthand, DynamoDB
 * typed bank fields, keychain and Supabase CLI passwords, bare trip positions, Auth0 refresh tokens, Terraform plan
 * changes, GitHub Actions debug secrets, `secrets` objects, SSM parameter paths, fastlane sessions and app passwords,
 * quoted Authorization values in mismatch errors and RevenueCat secret keys — in
 * contexts other than the set's (other providers and log shapes); beside them the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();
const lower4 = (): string => `${str(LO, 4)}-${str(LO, 4)}-${str(LO, 4)}-${str(LO, 4)}`;

describe('round r68: personal and financial data of mobile backends', () => {
  it("finds a person's name under a user-name key beside a mailbox or card, not a handle or a bot", () => {
    const n = person();
    expect(found(`Bugsnag metadata:\n  user.email = ${str(LO, 6)}@proton.me\n  user_name = ${n}\n  build = 812`, n)).toBe(true);
    expect(found(`{"userName": "${n}", "phone": "+44 7700 900${str(DIG, 3)}"}`, n)).toBe(true);
    expect(clean('user_name = jenkins-agent role=ci phone_verified=false')).toEqual([]);
    expect(clean('{"userName": "Build Agent", "phone": null}')).toEqual([]);
    expect(clean(`user_name = Release Train id=${str(DIG, 6)}`)).toEqual([]);
  });

  it('finds personal user attributes in AWS CLI shorthand, not a custom flag or a word', () => {
    const n = person();
    expect(found(`aws cognito-idp admin-update-user-attributes --user-attributes Name=given_name,Value=Oswin Name=name,Value="${n}"`, n)).toBe(true);
    const addr = `${10 + randomDigits(3)} Kingsway Road, Leeds LS6 2AB`;
    expect(found(`--user-attributes Name=address,Value='${addr}'`, addr)).toBe(true);
    expect(found('--user-attributes Name=birthdate,Value=1987-04-12', '1987-04-12')).toBe(true);
    expect(clean('--user-attributes Name=name,Value="Service Account" Name=custom:tier,Value=gold')).toEqual([]);
    expect(clean('--user-attributes Name=address,Value=unknown')).toEqual([]);
  });

  it('finds bank fields as DynamoDB typed attributes, escaped too, not a zero or a count', () => {
    const acct = `4${str(DIG, 7)}`;
    const sort = `${str(DIG, 2)}-${str(DIG, 2)}-${str(DIG, 2)}`;
    expect(found(`GetItem -> {"Item":{"account_number":{"S":"${acct}"},"sort_code":{"S":"${sort}"}}}`, acct)).toBe(true);
    expect(found(`"ctx":"{\\"sortCode\\":{\\"S\\":\\"${sort}\\"}}"`, sort)).toBe(true);
    const rt = aba();
    expect(found(`{"routingNumber":{"N":"${rt}"}}`, rt)).toBe(true);
    expect(clean('{"sortCode":{"S":"00-00-00"},"accountNumber":{"S":"11111111"}}')).toEqual([]);
    expect(clean('{"routingNumber":{"S":"123456789"},"count":{"N":"12345678"}}')).toEqual([]);
  });

  it('finds a precise pickup or drop-off written bare, not a short decimal or a version', () => {
    const g = `${-33}.${str(DIG, 6)},151.${str(DIG, 6)}`;
    expect(found(`dispatch: {"origin":"${g}","fare":"12.40"}`, g)).toBe(true);
    expect(found(`ride 8812 pickup_location=${g} driver=42`, g)).toBe(true);
    expect(clean('pickup=12.5,-3.25 window=2h')).toEqual([]);
    expect(clean('destination=1.00000,200.00000')).toEqual([]);
  });
});

describe('round r68: credentials of mobile backends and their CI', () => {
  it('finds passwords on keychain and Supabase CLI command lines, not a variable or a flag', () => {
    const p = mix(14, '!#%');
    expect(found(`security unlock-keychain -p '${p}' ~/Library/Keychains/ci.keychain-db`, p)).toBe(true);
    expect(found(`security set-key-partition-list -S apple-tool:,apple: -s -k "${p}" build.keychain`, p)).toBe(true);
    expect(found(`supabase db dump --db-url postgres://x -p ${p} -f dump.sql`, p)).toBe(true);
    expect(clean('security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain')).toEqual([]);
    expect(clean('supabase db push -p --debug')).toEqual([]);
  });

  it('finds Auth0 refresh tokens under any key, not a path or a short id', () => {
    const t = `v1.M${str(UP, 3)}${str(LO, 3)}${str(DIG, 3)}${str(B62 + '_-', 122)}`;
    expect(found(`<key>auth0.credentials.rt</key><string>${t}</string>`, t)).toBe(true);
    expect(clean('GET /api/v1.Models/list 200')).toEqual([]);
    expect(clean(`release v1.M${'a'.repeat(120)}`)).toEqual([]);
  });

  it('finds the new value of a secret in a Terraform plan, not a plain setting', () => {
    const s = mix(30);
    expect(found(`      ~ "SUPABASE_SERVICE_KEY" = "${mix(30)}" -> "${s}"`, s)).toBe(true);
    expect(found(`      ~ password = (sensitive value) -> "${s}"`, s)).toBe(true);
    expect(clean('      ~ "LOG_LEVEL" = "info" -> "debug-verbose"')).toEqual([]);
    expect(clean('      ~ "API_TOKEN_TTL" = "3600" -> "7200000"')).toEqual([]);
  });

  it('finds a secret printed by an Actions debug log, not the masked form', () => {
    const s = mix(36, '_-');
    expect(found(`2026-01-02T03:04:05.1234567Z ##[debug]Evaluating: secrets.ONESIGNAL_REST_KEY\n2026-01-02T03:04:05.1234568Z ##[debug]=> '${s}'\n`, s)).toBe(true);
    expect(clean("##[debug]Evaluating: secrets.ONESIGNAL_REST_KEY\n##[debug]=> '***'")).toEqual([]);
    expect(clean("##[debug]Evaluating: github.ref\n##[debug]=> 'refs/heads/release-2026-01'")).toEqual([]);
  });

  it('finds members of a secrets object, not members after it closes or counts', () => {
    const s = `${str(UP, 3)}${str(DIG, 3)}${str(B62, 30)}`;
    expect(found(`deploy: functions config {"secrets": {"mapboxToken": "${s}"}, "region": "us-central1"}`, s)).toBe(true);
    expect(found(`worker env: secrets = { signingKey: '${s}' }`, s)).toBe(true);
    expect(clean(`{"secrets": {"count": "3"}, "build": "${str(HEX, 40)}"}`)).toEqual([]);
    expect(clean('{"secrets":{"source":"vault"},"image":"registry.io/app:2026.01.02-abcdef"}')).toEqual([]);
  });

  it('finds a secret after a parameter path and a tab, not a non-secret parameter', () => {
    const s = mix(24, '.#');
    expect(found(`/payments/prod/adyen/api-key\t${s}\n/payments/prod/adyen/merchant\tAcmeCOM`, s)).toBe(true);
    expect(found(`PARAMETERS\t/ios/prod/apns/auth-token\t${s}`, s)).toBe(true);
    expect(clean('/payments/prod/adyen/merchant\tAcmeCOM\n/payments/prod/region\teu-west-1')).toEqual([]);
    expect(clean('/app/prod/db/password\tREPLACE_ME')).toEqual([]);
  });

  it('finds fastlane app-specific passwords and sessions, not other fastlane settings', () => {
    const a = lower4();
    expect(found(`env: FASTLANE_APPLE_APP_SPECIFIC_PWD=${a}`, a)).toBe(true);
    expect(found(`SPACESHIP_2FA_SMS_DEFAULT_PHONE_NUMBER=+1 SPACESHIP_APP_PASSWORD: ${a}`, a)).toBe(true);
    expect(clean('FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT=120 FASTLANE_HIDE_TIMESTAMP=true')).toEqual([]);
    expect(clean('FASTLANE_LANE=beta-ship-team-name')).toEqual([]);
  });

  it('finds a whole Authorization value quoted in a mismatch, not a masked one', () => {
    const t = mix(32);
    expect(found(`superwall webhook: signature ok but auth mismatch, expected 'Bearer ${t}'`, `Bearer ${t}`)).toBe(true);
    expect(found(`callback auth check failed: got "Basic ${t}="`, `Basic ${t}=`)).toBe(true);
    expect(clean('auth mismatch: got "Bearer ********" expected "Bearer xxxxxxxxxx"')).toEqual([]);
  });

  it('finds RevenueCat secret keys, not Stripe keys or words', () => {
    const k = `sk_${str(UP, 4)}${str(LO, 4)}${str(B62, 24)}`;
    expect(found(`curl -H "Authorization: ${k}" https://api.revenuecat.com/v1/subscribers/abc`, k)).toBe(true);
    expect(by(`rc_key=${k}`, 'revenuecat-secret-key')).toBe(true);
    expect(clean('task_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef done')).toEqual([]);
    expect(clean('mask_field=sk_abcdefghijklmnopqrstuvwxyzabcdef')).toEqual([]);
  });
});

function randomDigits(n: number): number {
  return Number(`1${str(DIG, n - 1)}`);
}
