import { b64s, html, jsonU, qp, urlEnc, csvLine, BOM } from './blind-set-19-enc';
import { genPw, jwt, pem, pw, tok } from './blind-set-19-tokens';
import { cred, iso19, pos, type PosCase19 } from './blind-set-19-types';

/** Credentials in German, French, Spanish, Italian, Dutch, Polish and Portuguese logs and payloads. */
const ID = 'cred-eu';
export const credEu: PosCase19[] = [
  (r) => {
    const p = pw(r, r.next() < 0.5);
    const l = r.pick(['Passwort:', 'Kennwort =', 'Passwort=']);
    return pos(`${ID}/de-label`, `${iso19(r)} FEHLER Anmeldung am SFTP-Server fehlgeschlagen. Benutzer: lager_sync ${l} ${p} Server: sftp.mueller-logistik.de`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    const l = r.pick(['mot de passe :', 'mot de passe=', 'MDP :']);
    return pos(`${ID}/fr-label`, `[ERREUR] Échec de l'authentification SMTP (535) — identifiant : facturation@atelier-lumiere.fr ${l} ${p}`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    const l = r.pick(['contraseña=', 'contraseña: ', 'clave=']);
    return pos(`${ID}/es-label`, `ERROR al conectar con el servidor FTP: usuario=nominas ${l}${p} (intento 2 de 3)`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/it-label`, `Errore di autenticazione: utente="contabilita" password="${p}" — accesso negato dal server IMAP`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    const l = r.pick(['wachtwoord:', 'Wachtwoord =']);
    return pos(`${ID}/nl-label`, `FOUT: inloggen op de boekhoudkoppeling mislukt; gebruiker: bakkerij ${l} ${p}`, cred('password', p));
  },
  (r) => {
    const p = pw(r, true);
    return pos(`${ID}/pl-label`, `BŁĄD: nie udało się połączyć z bazą danych (użytkownik: kadry, hasło: ${p})`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/pt-label`, `Falha na autenticação do webservice da NF-e: usuário=fiscal senha=${p} certificado=A1`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(
      `${ID}/de-html-error`,
      `<div class="alert">Verbindung zur Datenbank fehlgeschlagen:<br><code>${html(`PDO::__construct(): user 'shop' password '${p}' host "db01"`)}</code></div>`,
      cred('password', p),
    );
  },
  (r) => {
    const p = genPw(r);
    const u = urlEnc('büro@kanzlei');
    return pos(`${ID}/de-pg-url-json`, `{"fehler":${jsonU('Verbindung abgewiesen')},"dsn":"postgresql:\\/\\/${u}:${p}@pg.kanzlei-intern.de:5432\\/akten"}`, cred('password', p));
  },
  (r) => {
    const raw = `${pw(r)}+/=`;
    const e = urlEnc(raw);
    return pos(`${ID}/fr-urlenc-password`, `POST /connexion HTTP/1.1 → 500\ncorps: identifiant=h.lefevre&mot_de_passe=${e}&se_souvenir=1`, cred('password-urlenc', e));
  },
  (r) => {
    const raw = `${pw(r)}@`;
    const e = urlEnc(urlEnc(raw));
    return pos(`${ID}/es-double-urlenc`, `WARN redirect loop: /login?next=%2Fpanel%3Fuser%3Dnominas%26clave%3D${e}%26lang%3Des`, cred('password-urlenc', e));
  },
  (r) => {
    const t = tok(r, 'mollie-key');
    return pos(`${ID}/mollie-nl`, `Mollie\\Api\\Exceptions\\ApiException: Fout bij aanmaken betaling [401] Unauthorized request\n#0 {"apiKey":"${t}","locale":"nl_NL"}`, cred('mollie-key', t));
  },
  (r) => {
    const t = tok(r, 'stripe-secret');
    return pos(`${ID}/stripe-de-php`, `Stripe\\Exception\\AuthenticationException: Ungültiger API-Schlüssel ${r.pick(['übermittelt', 'angegeben'])}: ${t}`, cred('stripe-secret', t));
  },
  (r) => {
    const t = tok(r, 'stripe-restricted');
    return pos(`${ID}/stripe-rk-fr-yaml`, `# config/paiement.yaml\npaiement:\n  clé_restreinte: ${t}\n  devise: eur`, cred('stripe-restricted', t));
  },
  (r) => {
    const t = tok(r, 'mercadopago-token');
    return pos(`${ID}/mercadopago-es`, `MercadoPago: error al crear la preferencia (401) access_token=${t} — credenciales inválidas`, cred('mercadopago-token', t));
  },
  (r) => {
    const t = tok(r, 'mercadopago-token');
    return pos(`${ID}/mercadopago-pt-json`, `{"erro":${jsonU('Não autorizado')},"headers":{"Authorization":"Bearer ${t}"}}`, cred('mercadopago-token', t));
  },
  (r) => {
    const u = 'ws_' + r.digits(6) + '@Company.Acme',
      p = r.b62(24);
    const b = b64s(`${u}:${p}`);
    return pos(`${ID}/adyen-basic-nl`, `Adyen webhook-verificatie mislukt\nAuthorization: Basic ${b}\nX-Request-Id: ${r.hex(16)}`, cred('basic-b64', b));
  },
  (r) => {
    const p = genPw(r);
    const b = b64s(p);
    return pos(
      `${ID}/k8s-secret-de`,
      `# kubectl get secret buchhaltung-db -o yaml  (Fehlersuche, NICHT committen)\napiVersion: v1\nkind: Secret\ndata:\n  benutzer: ${b64s('buchhaltung')}\n  passwort: ${b}\ntype: Opaque`,
      cred('b64-secret', b),
    );
  },
  (r) => {
    const k = pem(r, r.pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY']), 600);
    return pos(`${ID}/pem-fr-ticket`, `Bonjour, voici la clé pour le serveur de recette (ticket #${r.int(1000, 9999)}) :\n${k}\nCordialement,\nJérôme`, cred('private-key', k));
  },
  (r) => {
    const k = pem(r, 'PRIVATE KEY', 900).replace(/\n/g, '\\n');
    return pos(
      `${ID}/gcp-sa-json-pl`,
      `Błąd uwierzytelnienia konta usługi: {"type":"service_account","project_id":"sklep-pl-prod","private_key":"${k}\\n","client_email":"ci@sklep-pl-prod.iam.gserviceaccount.com"}`,
      cred('private-key-escaped', k),
    );
  },
  (r) => {
    const a = 'acmeeu' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6),
      k = tok(r, 'azure-storage-key');
    return pos(`${ID}/azure-conn-it`, `Impossibile caricare il file: DefaultEndpointsProtocol=https;AccountName=${a};AccountKey=${k};EndpointSuffix=core.windows.net`, cred('azure-storage-key', k));
  },
  (r) => {
    const t = tok(r, 'sendgrid-key');
    return pos(`${ID}/sendgrid-es`, `No se pudo enviar el correo de confirmación. SENDGRID_API_KEY=${t}`, cred('sendgrid-key', t));
  },
  (r) => {
    const t = tok(r, 'brevo-key');
    return pos(`${ID}/brevo-fr`, `Brevo : échec de l'envoi de la campagne « Soldes d'été » — api-key: ${t}`, cred('brevo-key', t));
  },
  (r) => {
    const t = tok(r, 'mailchimp-key');
    return pos(`${ID}/mailchimp-nl`, `Nieuwsbrief-sync faalt: MAILCHIMP_API_KEY='${t}' (401 API Key Invalid)`, cred('mailchimp-key', t));
  },
  (r) => {
    const t = tok(r, 'woo-secret'),
      k = 'ck_' + r.hex(40);
    return pos(
      `${ID}/woo-pl-url`,
      `Błąd synchronizacji zamówień: GET https://sklep.example-pl.pl/wp-json/wc/v3/orders?consumer_key=${k}&consumer_secret=${t} → 401`,
      cred('woo-key', k),
      cred('woo-secret', t),
    );
  },
  (r) => {
    const t = tok(r, 'gitlab-pat');
    return pos(
      `${ID}/gitlab-de-ci`,
      `$ git clone https://oauth2:${t}@gitlab.kanzlei-intern.de/it/vertraege.git\nKlone nach 'vertraege'...\nfatal: Authentifizierung fehlgeschlagen`,
      cred('gitlab-pat', t),
    );
  },
  (r) => {
    const t = tok(r, 'github-fine');
    return pos(`${ID}/github-fine-es`, `Error en el flujo de trabajo: GH_TOKEN=${t} no tiene permiso "contents:write"`, cred('github-fine', t));
  },
  (r) => {
    const t = tok(r, 'atlassian-token');
    return pos(`${ID}/atlassian-fr`, `Jira : impossible de créer le ticket. jira.api_token = "${t}"`, cred('atlassian-token', t));
  },
  (r) => {
    const t = tok(r, 'vault-token');
    return pos(`${ID}/vault-nl`, `Vault-fout: permission denied bij lezen van secret/data/betalingen (X-Vault-Token: ${t})`, cred('vault-token', t));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/it-qp-mail`, `Content-Transfer-Encoding: quoted-printable\n\n${qp(`Gentile cliente,\nla sua nuova password è: ${p}\nCordiali saluti`)}`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/de-csv-bom`, BOM + [csvLine(['Benutzer', 'Passwort', 'Rolle', 'Geändert']), csvLine(['k.schröder', p, 'Buchhaltung', '03.11.2026'])].join('\r\n'), cred('password', p));
  },
  (r) => {
    const p = genPw(r);
    return pos(
      `${ID}/pt-soap-cdata`,
      `<soap:Envelope><soap:Body><autenticar><usuario>integracao</usuario><senha><![CDATA[${p}]]></senha></autenticar></soap:Body></soap:Envelope>\nFalha: Usuário ou senha inválidos`,
      cred('password', p),
    );
  },
  (r) => {
    const j = jwt(r, { sub: 'b2b-' + r.int(1000, 9999), aud: 'api.banco-iberia.es', scope: 'pagos', exp: 1798000000 }, 'RS256');
    return pos(`${ID}/jwt-es-html`, `<p>Se produjo un error. Detalles técnicos:</p><pre>token=&quot;${j}&quot;</pre>`, cred('jwt', j));
  },
  (r) => {
    const t = tok(r, 'twilio-api-key'),
      s = r.hex(32);
    return pos(`${ID}/twilio-it`, `Invio SMS non riuscito: twilio.Client(api_key="${t}", api_secret="${s}")`, cred('twilio-api-key', t), cred('twilio-secret', s));
  },
  (r) => {
    const p = genPw(r);
    return pos(`${ID}/mssql-fr`, `Échec de connexion : Server=tcp:sql-compta.database.windows.net,1433;Initial Catalog=compta;User ID=compta_app;Password=${p};Encrypt=True;`, cred('password', p));
  },
];
