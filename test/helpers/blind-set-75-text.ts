import { csvField, hexOf, html, htmlAll, qp, qpSplit, xEsc } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

/** Templates with HTML entities, quoted-printable, hex, C/Python/Go escapes, multipart parts, YAML scalars, CSV fields. */
export const TEXT_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'html-error-page-quot': (g) => {
    const pw = g.hostilePassword();
    return `<pre class="trace">RuntimeError: login failed for config {&quot;user&quot;: &quot;${g.p(html(g.email()), 'email')}&quot;, &quot;password&quot;: &quot;${g.c(html(pw), 'password')}&quot;}</pre>`;
  },
  'html-hex-entity-eq': (g) => {
    const k = g.stripe();
    return `<div class="alert-body">Deploy env dump: STRIPE_KEY&#x3D;${g.c(k, 'stripe-secret')}&amp;WEBHOOK_SECRET&#x3D;${g.c(g.whsec(), 'stripe-webhook-secret')}</div>`;
  },
  'html-dec-entity-password': (g) => {
    const pw = g.hostilePassword();
    return `<td>smtp_password&#61;${g.c(html(pw, 'dec'), 'password')}</td><td>smtp_user&#61;${g.p(g.email(), 'email')}</td>`;
  },
  'html-all-entities-card': (g) => {
    const card = g.card();
    return `<input type="hidden" name="pan" value="${g.f(htmlAll(card), 'card')}"><input type="hidden" name="cvv" value="${g.f(g.cvc(), 'cvc')}">`;
  },
  'xml-soap-fault': (g) => {
    const n = g.name();
    return `<soap:Fault><faultstring>Invalid customer &lt;${g.p(html(n), 'name')}&gt; &lt;${g.p(g.email(n), 'email')}&gt; iban=&quot;${g.f(g.iban(), 'iban')}&quot;</faultstring></soap:Fault>`;
  },
  'qp-email-eq': (g) => {
    const pw = g.password();
    return `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nHi ${g.p(qp(g.name()), 'name')},\nyour temporary password=3D${g.c(qp(pw), 'password')} expires in 24h.\nSupport: +1 800 555 0100`;
  },
  'qp-soft-break-token': (g) => {
    const t = g.ghp();
    const before = `export GITHUB_TOKEN=3D`;
    return `Content-Transfer-Encoding: quoted-printable\r\n\r\nCI output attached:\r\n${before}${g.c(qpSplit(t, g.r.int(10, 30)), 'github-pat')}\r\nnpm ci finished in 41s`;
  },
  'qp-nonascii-name': (g) => {
    const n = `${g.r.pick(['Zoë', 'Siân', 'Jürgen', 'Inès', 'Bérénice', 'Małgorzata'])} ${g.r.pick(['Müller', 'Lefèvre', 'Kühn', 'Niño', 'Ødegaard'])}`;
    return `Subject: =?utf-8?Q?Konto_gesperrt?=\nContent-Transfer-Encoding: quoted-printable\n\nKunde: ${g.p(qp(n), 'name')}\nGeburtsdatum: ${g.p(g.dob(), 'dob')}\nIBAN: ${g.f(g.ibanSpaced('DE'), 'iban')}`;
  },
  'qp-soft-break-card': (g) => {
    const card = g.cardGrouped(' ');
    return `Content-Transfer-Encoding: quoted-printable\n\nOrder note from customer: please charge card ${g.f(qpSplit(card, g.r.int(6, 14), '\n'), 'card')} exp 0${g.r.int(1, 9)}/2${g.r.int(7, 9)}`;
  },
  'hex-password-debug': (g) => {
    const pw = g.password();
    return `DEBUG mysql handshake: user=etl auth_plugin=mysql_clear_password auth_response(hex)=${g.c(hexOf(pw + '\u0000'), 'hex-password')} server_version=8.0.36`;
  },
  'hex-api-key-wireshark': (g) => {
    const k = g.sendgrid();
    return `frame 1412: "Authorization: Bearer " followed by bytes ${g.c(hexOf(k), 'hex-sendgrid-key')} (len ${k.length})`;
  },
  'python-bytes-x-escapes': (g) => {
    const pw = g.password();
    return `Traceback (most recent call last):\n  File "client.py", line 88, in send\n    sock.sendall(b'AUTH ${g.c(xEsc(pw, /[^A-Za-z]/), 'password')}\\r\\n')\nBrokenPipeError: [Errno 32] Broken pipe`;
  },
  'c-escaped-eq-in-value': (g) => {
    const k = g.akia();
    const s = g.awsSecret();
    return `panic: config parse error near "aws_access_key_id\\x3d${g.c(k, 'aws-access-key')}\\naws_secret_access_key\\x3d${g.c(s, 'aws-secret-key')}\\n"\n\ngoroutine 1 [running]:\nmain.loadConfig(...)\n\t/src/cmd/agent/main.go:57 +0x1c5`;
  },
  'go-quoted-newlines': (g) => {
    const pw = g.password();
    return `level=fatal msg="bad dsn" dsn="host=pg-primary\\nuser=billing\\npassword=${g.c(pw, 'db-password')}\\nsslmode=verify-full\\n" err="pq: password authentication failed"`;
  },
  'java-escaped-json-in-exception': (g) => {
    const mail = g.email();
    return `com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type \`java.time.LocalDate\` from String "${g.p(g.dob().replace(/-/g, '.'), 'dob')}"\n at [Source: (String)"{\\"email\\":\\"${g.p(mail, 'email')}\\",\\"birthDate\\":\\"..."; line: 1, column: 52] (through reference chain: Customer["birthDate"]) ssn=\\"${g.p(g.ssn(), 'ssn')}\\"`;
  },
  'multipart-form-data': (g) => {
    const b = `----WebKitFormBoundary${g.r.b62(16)}`;
    return `POST /api/kyc/upload body (truncated):\n--${b}\r\nContent-Disposition: form-data; name="full_name"\r\n\r\n${g.p(g.name(), 'name')}\r\n--${b}\r\nContent-Disposition: form-data; name="national_id"\r\n\r\n${g.p(g.bsn(), 'bsn')}\r\n--${b}\r\nContent-Disposition: form-data; name="api_token"\r\n\r\n${g.c(g.glpat(), 'gitlab-pat')}\r\n--${b}--`;
  },
  'multipart-b64-part': (g) => {
    const b = `==boundary_${g.hex(12)}`;
    return `--${b}\r\nContent-Disposition: form-data; name="credentials"; filename="creds.txt"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${g.c(Buffer.from(`slack=${g.slackBot()}\n`).toString('base64'), 'b64-token-file')}\r\n--${b}\r\nContent-Disposition: form-data; name="owner_phone"\r\n\r\n${g.p(g.phone(), 'phone')}\r\n--${b}--`;
  },
  'yaml-block-literal-key': (g) => {
    const body = g.keyBody(g.r.int(200, 300));
    const lines = (body.match(/.{1,64}/g) ?? []).map((l) => `    ${l}`).join('\n');
    const block = `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n    -----END OPENSSH PRIVATE KEY-----`;
    return `ansible-playbook: fatal: [bastion-1]: FAILED! => vars:\n  deploy_ssh_key: |\n    ${g.c(block, 'private-key-pem')}\n  deploy_user: ansible`;
  },
  'yaml-folded-password': (g) => {
    const pw = g.password(24);
    return `values.yaml (rendered):\nsmtp:\n  host: smtp.sendgrid.net\n  username: apikey\n  password: >-\n    ${g.c(g.sendgrid(), 'sendgrid-key')}\nldap:\n  bindPassword: "${g.c(pw, 'password')}"`;
  },
  'yaml-quoted-escapes': (g) => {
    const pw = `${g.r.b62(6)}"${g.r.b62(6)}\\${g.r.b62(3)}`;
    return `docker-compose config:\n  services:\n    api:\n      environment:\n        DATABASE_PASSWORD: "${g.c(pw.replace(/\\/g, '\\\\').replace(/"/g, '\\"'), 'db-password')}"\n        ADMIN_EMAIL: '${g.p(g.email(), 'email')}'`;
  },
  'csv-doubled-quotes': (g) => {
    const addr = g.address();
    const n = g.name();
    return `import row 1847 rejected: ${csvField(`${g.r.digits(6)}`)},${g.p(csvField(n), 'name')},${csvField(`"${addr}"`).replace(addr, g.p(addr, 'address'))},${g.p(g.phone(), 'phone')},${g.f(g.card(), 'card')},"gold"`;
  },
  'csv-bank-export': (g) => `Reconciliation mismatch in bank_export_20261206.csv line ${g.r.int(2, 900)}:\n"${g.p(g.name(), 'name')}";"${g.f(g.routing(), 'routing-number')}";"${g.f(g.account(), 'bank-account')}";"${g.r.int(10, 999)},${g.r.digits(2)}";"EUR";"note: ""${g.p(g.email(), 'email')}"""`,
  'csv-creds-quoted': (g) => {
    const pw = `${g.r.b62(6)}"${g.r.b62(7)}`;
    return `users_import.csv:12: duplicate key\nusername,password,email\n"svc_batch","${g.c(csvField(pw).slice(1, -1), 'csv-password')}","${g.p(g.email(), 'email')}"`;
  },
  'html-mail-link-token': (g) => {
    const t = g.sessionId();
    const mail = g.email();
    return `<a href="https://app.tenant-io.net/verify?token&#x3D;${g.c(t, 'verification-token')}&amp;email&#x3D;${g.p(mail.replace('@', '&#64;'), 'email')}">Verify</a>`;
  },
};
