import { person, ts, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, b64, jwt, password, stripeKey, twilioSid } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

const uuid = (c: { r: { hex: (n: number) => string } }): string => `${c.r.hex(8)}-${c.r.hex(4)}-4${c.r.hex(3)}-a${c.r.hex(3)}-${c.r.hex(12)}`;

/** API clients and storage tools: Postman, Insomnia, HAR, HTTPie, s3cmd, rclone, boto. */
export const API_SOURCES: readonly Source88[] = [
  {
    name: 'api-client',
    printers: [
      (c) =>
        `{\n\t"id": "${uuid(c)}",\n\t"name": "billing-prod",\n\t"values": [\n\t\t{\n\t\t\t"key": "baseUrl",\n\t\t\t"value": "https://api.${workDomain(c.r)}",\n\t\t\t"enabled": true\n\t\t},\n\t\t{\n\t\t\t"key": "stripeKey",\n\t\t\t"value": "${c.fin('stripe_key', stripeKey(c.r))}",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t},\n\t\t{\n\t\t\t"key": "accessToken",\n\t\t\t"value": "${c.cred('jwt', jwt(c.r))}",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t}\n\t],\n\t"_postman_variable_scope": "environment",\n\t"_postman_exported_at": "${ts(c.r)}"\n}`,
      (c) => {
        const p = person(c.r);
        return `{"_type":"export","__export_format":4,"resources":[{"_id":"env_${c.r.hex(32)}","_type":"environment","name":"Base Environment","data":{"twilio_sid":"${twilioSid(c.r)}","twilio_token":"${c.cred('twilio_auth_token', c.r.hex(32))}","test_user":"${c.pii('email', p.email)}","test_password":"${c.cred('password', password(c.r, 'safe'))}"}}]}`;
      },
      (c) => {
        const p = person(c.r);
        const basic = b64(`${p.workEmail}:${password(c.r, 'safe')}`);
        return `{"log":{"version":"1.2","entries":[{"startedDateTime":"${ts(c.r)}","request":{"method":"POST","url":"https://api.${workDomain(c.r)}/v2/orders","headers":[{"name":"Authorization","value":"Basic ${c.cred('basic_auth', basic)}"},{"name":"Cookie","value":"session=${c.cred('session_cookie', c.r.b64url(48))}; theme=dark"}],"postData":{"mimeType":"application/json","text":"{\\"email\\":\\"${c.pii('email', person(c.r).email)}\\",\\"phone\\":\\"${c.pii('phone', '+1 720 ' + c.r.int(201, 989) + ' ' + c.r.digits(4))}\\"}"}},"response":{"status":502}}]}}`;
      },
      (c) =>
        `{\n    "__meta__": {"about": "HTTPie session file", "httpie": "3.2.2"},\n    "auth": {"type": "bearer", "raw_auth": "${c.cred('jwt', jwt(c.r))}"},\n    "cookies": [{"name": "remember_token", "value": "${c.cred('session_cookie', c.r.hex(64))}", "domain": "${workDomain(c.r)}"}],\n    "headers": []\n}`,
    ],
  },
  {
    name: 'storage-tools',
    printers: [
      (c) =>
        `[default]\naccess_key = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naccess_token = \nbucket_location = US\nhost_base = s3.amazonaws.com\nsecret_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\nuse_https = True\ngpg_passphrase = ${c.cred('passphrase', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
      (c) =>
        `[gdrive]\ntype = drive\nscope = drive\ntoken = {"access_token":"${c.cred('google_oauth_token', 'ya29.a0' + c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 150))}","token_type":"Bearer","refresh_token":"${c.cred('gcp_refresh_token', '1//0' + c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 99))}","expiry":"${ts(c.r)}"}\n\n[nas]\ntype = sftp\nhost = nas.home.arpa\nuser = ${person(c.r).user}\npass = ${c.cred('rclone_obscured', c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 46))}\n`,
      (c) =>
        `[s3-backup]\ntype = s3\nprovider = Wasabi\naccess_key_id = ${c.cred('s3_access_key', c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}\nsecret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\nendpoint = s3.eu-central-1.wasabisys.com\n`,
      (c) =>
        `[Credentials]\naws_access_key_id = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naws_secret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n[Boto]\nhttps_validate_certificates = True\n`,
    ],
  },
];
