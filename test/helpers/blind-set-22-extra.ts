import { aba22, card22, iban22, person22, sortCode22, spaced22 } from './blind-set-22-people';
import { clientSecret22, epoch22, ghToken22, jwt22, pass22, slackBot22, upass22 } from './blind-set-22-values';
import { cred, fin, iso22, once22, pos, type PosCase22 } from './blind-set-22-types';

/** More identity-adjacent credentials and payroll data (IdP connectors, federation config, payout sync). */
export const extraCases: Record<string, PosCase22> = {
  'shibboleth-idp-properties': (r, id) => {
    const a = upass22(r);
    const b = upass22(r);
    return pos(
      id,
      `${iso22(r)} ERROR [net.shibboleth.idp.admin] Reload of service shibboleth.RelyingPartyResolverService failed\n# conf/credentials.properties / idp.properties (attached by support bundle)\nidp.sealer.storePassword = ${a}\nidp.sealer.keyPassword = ${a}\nidp.authn.LDAP.bindDNCredential = ${b}\nidp.entityID = https://idp.brightlake.io/idp/shibboleth`,
      cred('keystore-password', a),
      cred('ldap-bind-password', b),
    );
  },
  'keycloak-ldap-federation': (r, id) => {
    const pw = pass22(r).replace(/"/g, '');
    return pos(
      id,
      `${iso22(r)} WARN [org.keycloak.storage.ldap] LDAP sync failed for provider "corp-ad": javax.naming.CommunicationException\n component config: {"vendor":["ad"],"connectionUrl":["ldaps://dc01.corp.local:636"],"bindDn":["CN=kc-bind,OU=Service,DC=corp,DC=local"],"bindCredential":["${pw}"],"usersDn":["OU=Staff,DC=corp,DC=local"]}`,
      cred('ldap-bind-password', pw),
    );
  },
  'okta-oidc-app-secret': (r, id) => {
    const s = clientSecret22(r, 48);
    return pos(
      id,
      `okta apps create web --app-name portal-staging (okta-cli ${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)})\nOkta application configuration has been written to: /home/ci/.okta.env\nexport OKTA_OAUTH2_ISSUER="https://dev-${r.int(100000, 9999999)}.okta.com/oauth2/default"\nexport OKTA_OAUTH2_CLIENT_ID="0oa${r.b62(17)}"\nexport OKTA_OAUTH2_CLIENT_SECRET="${s}"\nError: could not write .env: permission denied`,
      cred('oauth-client-secret', s),
    );
  },
  'private-key-jwt-assertion': (r, id) => {
    const t = jwt22(r, { iss: r.uuid(), sub: r.uuid(), aud: 'https://login.microsoftonline.com/common/oauth2/v2.0/token', jti: r.uuid(), exp: epoch22(r), nbf: epoch22(r) });
    return pos(
      id,
      `POST /oauth2/v2.0/token client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${t}&grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default -> AADSTS700027: Client assertion failed signature validation.`,
      cred('jwt-client-assertion', t),
    );
  },
  'github-oauth-app': (r, id) => {
    const cs = r.hex(40);
    const pat = ghToken22(r);
    return pos(
      id,
      `${iso22(r)} ERROR dex: failed to authenticate with connector "github": oauth2: cannot fetch token: 401\nconnectors:\n- type: github\n  id: github\n  config:\n    clientID: Iv1.${r.hex(16)}\n    clientSecret: ${cs}\n    orgs: [{name: brightlake}]\n# scim sync token used by the same pod: GITHUB_TOKEN=${pat}`,
      cred('oauth-client-secret', cs),
      cred('github-token', pat),
    );
  },
  'slack-scim-notify': (r, id) => {
    const t = slackBot22(r);
    const scim = `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
    return pos(
      id,
      `${iso22(r)} ERROR offboarding-bot: users.admin.setInactive not_allowed_token_type\n  bot_token=${t}\n  scim_token=${scim}`,
      cred('slack-bot-token', t),
      cred('slack-user-token', scim),
    );
  },
  'vault-oidc-role': (r, id) => {
    const s = clientSecret22(r, 32);
    const root = `hvs.${r.b62(24)}`;
    return pos(
      id,
      `$ VAULT_TOKEN=${root} vault write auth/oidc/config oidc_discovery_url="https://login.brightlake.io" oidc_client_id="${r.uuid()}" oidc_client_secret="${s}" default_role="reader"\nError writing data to auth/oidc/config: Code: 400. Errors: * error checking oidc discovery URL`,
      cred('vault-token', root),
      cred('oauth-client-secret', s),
    );
  },
  'radius-shared-secret': (r, id) => {
    const s = upass22(r);
    const pw = upass22(r);
    return pos(
      id,
      `(${r.int(1, 99)}) Login incorrect (pap: Authentication failed): [svc-vpn/${pw}] (from client vpn-gw01 port 0)\n# clients.conf\nclient vpn-gw01 {\n  ipaddr = 10.${r.int(0, 255)}.0.${r.int(1, 254)}\n  secret = ${s}\n}`,
      cred('radius-user-password', pw),
      cred('radius-shared-secret', s),
    );
  },
  'expense-reimbursement': (r, id) => {
    const p = person22(r);
    const iban = iban22(r);
    const pan = card22(r);
    return pos(
      id,
      `${iso22(r)} ERROR navan-sso-sync: user ${p.employeeId} reimbursement profile rejected (IBAN country not enabled)\n  {"reimbursementAccount":{"iban":"${spaced22(iban)}","holder":"${p.name}"},"corporateCard":{"pan":"${pan}","expiry":"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}"}}`,
      fin('iban', spaced22(iban)),
      fin('card-number', pan),
    );
  },
  'okta-workflows-payroll': (r, id) =>
    once22(() => {
      const rt = aba22(r);
      const acct = r.digits(r.int(9, 12));
      return pos(
        id,
        `Okta Workflows execution ${r.hex(32)} failed at card "HTTP Raw Request" (Paylocity: 422)\ninputs: {"employee_id":"${r.int(1000, 99999)}","direct_deposit":{"routing_number":"${rt}","account_number":"${acct}","account_type":"Savings","amount_percent":100}}`,
        fin('aba-routing', rt),
        fin('bank-account', acct),
      );
    }),
  'deel-contractor': (r, id) => {
    const iban = iban22(r, r.pick(['DE', 'FR', 'NL', 'ES']));
    const rt = aba22(r);
    const acct = r.digits(r.int(9, 12));
    return pos(
      id,
      `deel → okta contractor import warning (${iso22(r)}): payout methods not synced\n  - {"type":"bank_transfer","currency":"EUR","iban":"${iban}","swift":"${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'CAIXESBB'])}"}\n  - {"type":"ach","currency":"USD","routing":"${rt}","account":"${acct}"}`,
      fin('iban', iban),
      fin('aba-routing', rt),
      fin('bank-account', acct),
    );
  },
  'bacs-standard18': (r, id) =>
    once22(() => {
      const sc = sortCode22(r);
      const acct = r.digits(8);
      const sc2 = sortCode22(r);
      const acct2 = r.digits(8);
      return pos(
        id,
        `payroll bureau SFTP upload rejected (file PAY${r.digits(6)}.txt, line 3 of 14):\n  destination sort code ${sc} account ${acct} amount ${r.int(1500, 6000)}.${r.digits(2)} GBP\n  originator   sort code ${sc2} account ${acct2}`,
        fin('sort-code', sc),
        fin('bank-account', acct),
        fin('sort-code', sc2),
        fin('bank-account', acct2),
      );
    }),
};
