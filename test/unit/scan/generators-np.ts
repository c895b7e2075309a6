import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round np (Nosey Parker's public rule examples): a sample for each of the round's detectors (see generators.ts),
 * in contexts of our own, values drawn from the sample generator.
 */

/** A password mixing cases, digits and one symbol. */
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 5)}${r.str(DIG, 3)}${r.pick(['!', '#', '_', '.'])}${r.str(B62, 2)}`;
/** A lower-case passphrase word pair with digits (reads as typed by a person). */
const word = (r: Rng): string => `${r.pick(['harbor', 'lantern', 'granite', 'willow'])}${r.str(DIG, 2)}${r.pick(['moss', 'tide', 'fern'])}`;

export const NP_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'dependency-track-api-key': (r) => ['dtrack-upload step: X-Api-Key: ', `odt_${r.str(B62, 32)}`, ' (bom accepted)'],
  'truenas-api-key-jsonrpc': (r) => ['ws frame out: {"id":"7","msg":"method","method":"auth.login_with_api_key","params":["', `${r.int(1, 40)}-${r.str(B62, 64)}`, '"]}'],
  'thingsboard-device-token-url': (r) => ['sensor-gw POST https://tb.plant.example/api/v1/', `${r.str(LOWER + DIG, 10)}${r.int(1, 9)}${r.str(LOWER, 9)}`, '/telemetry 200'],
  'newrelic-admin-key': (r) => ['terraform plan: newrelic admin key = ', `NRAA-${r.str(HEX, 27)}`, ''],
  'newrelic-region-license-key': (r) => ['infra agent config: license_key: ', `eu01xx${r.str(HEX, 30)}NRAL`, ''],
  'grafana-legacy-api-key': (r) => {
    const key = Buffer.from(`{"k":"${r.str(B62, 32)}","n":"ci-${r.str(LOWER, 5)}","id":${r.int(1, 9)}}`).toString('base64').replace(/=+$/, '');
    return ['dash_sync.py: client = GrafanaApi.from_token("', key, '", host=GRAFANA_HOST)'];
  },
  'codeclimate-reporter-id': (r) => ['workflow env:\n  CC_TEST_REPORTER_ID: ', r.str(HEX, 64), '\n  NODE_ENV: test'],
  'jenkins-crumb-header': (r) => ["deploy.sh: curl -X POST https://ci.example.org/job/deploy/build -H 'Jenkins-Crumb: ", r.str(HEX, 32), "'"],
  'sonar-token-argument': (r) => ["build.gradle: sonarqube { properties { property 'sonar.login', '", r.str(HEX, 40), "' } }"],
  'facebook-key-setting': (r) => ['settings.rb: config.facebook.app_secret = "', r.str(HEX, 32), '"'],
  'postmark-server-token': (r) => ['credentials.yml.enc (decrypted):\npostmark: "', `${r.str(HEX, 8)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 12)}`, '"'],
  'android-buildconfig-secret': (r) => ['app/build.gradle: buildConfigField "String", "MAPS_SECRET", "\\"', `${r.str(B62, 20)}${r.int(0, 9)}`, '\\""'],
  'psexec-password': (r) => ['runbook step 4: psexec \\\\fs02 -u CORP\\svc_patch -p ', `${r.pick(['patch', 'ops', 'svc'])}_${r.str(LOWER, 6)}`, ' cmd /c wuauclt /detectnow'],
  'directory-entry-password': (r) => ['LdapSync.cs: var root = new DirectoryEntry("LDAP://dc1.corp.example", "CORP\\\\svc_ldap", "', pw(r), '");'],
  'network-credential-app-password': (r) => ['Mailer.cs: client.Credentials = new NetworkCredential("alerts@gmail.com", "', r.str('abcdefghijklmnopqrstuvwxyz', 16), '");'],
  'php-variable-password': (r) => ['config.php: $db_password = "', pw(r).replace(/[#]/g, 'x'), '";'],
  'bare-user-password-pair': (r) => ['[replica]\nuser = repl\npassword = ', `${r.pick(['harbor', 'lantern', 'granite'])}_${r.str(LOWER, 6)}`, '\n'],
  'prose-quoted-password': (r) => ['INSTALL.md: After setup, the default password is \'', word(r), '\'; change it on first login.'],
  'react-app-password-env': (r) => ['.env.production:\nREACT_APP_DEMO_PASSWORD=', word(r), '\n'],
  'private-key-concatenated': (r) => {
    const lines = Array.from({ length: 4 }, () => `"${r.str(B62 + '+/', 64)}" +`).join('\n');
    return ['KeyFixture.java: String pem = "-----BEGIN PRIVATE KEY-----', `" +\n${lines}\n"`, '-----END PRIVATE KEY-----";'];
  },
};
