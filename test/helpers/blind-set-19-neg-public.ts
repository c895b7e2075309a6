import { b64s, html, jsonU, qp, urlEnc } from './blind-set-19-enc';
import { neg, type NegCase19 } from './blind-set-19-types';

/** Published documentation/test values, example mailboxes, public keys and public-by-design client ids. */
const ID = 'neg-public';
const sshPub = (r: { b64: (n: number) => string }): string => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci`;
export const negPublic: NegCase19[] = [
  () => neg(`${ID}/aws-doc-key-de`, `Beispiel aus der AWS-Dokumentation: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  () => neg(`${ID}/stripe-test-card-ja`, `テスト用カード番号：4242 4242 4242 4242\u3000有効期限：12/34\u3000CVC：任意の3桁`),
  () => neg(`${ID}/stripe-test-cards-fr`, `Cartes de test : 4000 0025 0000 3155 (3D Secure), 5555 5555 5555 4444 (Mastercard), 3782 822463 10005 (Amex)`),
  () => neg(`${ID}/doc-iban-de`, `Beispiel-IBAN für die Dokumentation: DE89 3704 0044 0532 0130 00 (nicht verwenden)`),
  () => neg(`${ID}/doc-iban-gb-fr`, `Exemples d'IBAN : GB82 WEST 1234 5698 7654 32 ; FR14 2004 1010 0505 0001 3M02 606`),
  (r) => neg(`${ID}/example-mailboxes`, `テスト送信先：taro@example.com、hanako@example.jp、user${r.int(1, 99)}@example.org`),
  (r) => neg(`${ID}/example-mail-json-u`, `{"destinatario":"prueba${r.int(1, 99)}@example.com","asunto":${jsonU('Confirmación de pedido')}}`),
  () => neg(`${ID}/example-mail-urlenc`, `GET /abmelden?email=max.mustermann%40example.com&grund=test 200`),
  () => neg(`${ID}/example-mail-html`, `<p>Kontakt: &lt;info@example.de&gt; &amp; &quot;support@example.net&quot;</p>`),
  () =>
    neg(
      `${ID}/jwt-io-sample`,
      `jwt.io のサンプル: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
    ),
  (r) => neg(`${ID}/ssh-pubkey`, `Clé publique autorisée ajoutée : ${sshPub(r)}`),
  (r) =>
    neg(
      `${ID}/pem-public`,
      `公開鍵（検証用）:\n-----BEGIN PUBLIC KEY-----\n${('MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + r.b64(48))
        .slice(0, 88)
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END PUBLIC KEY-----`,
    ),
  (r) => neg(`${ID}/jwks`, `{"keys":[{"kty":"RSA","kid":"${r.hex(8)}","use":"sig","alg":"RS256","e":"AQAB","n":"${r.b64url(256)}"}]}`),
  (r) => neg(`${ID}/stripe-pk`, `Stripe.js 初期化: publishableKey=pk_live_51${r.b62(97)}`),
  (r) =>
    neg(
      `${ID}/firebase-web-config`,
      `const firebaseConfig = { projectId: "tienda-es-prod", appId: "1:${r.digits(12)}:web:${r.hex(22)}", messagingSenderId: "${r.digits(12)}" }; // configuración pública`,
    ),
  (r) => neg(`${ID}/razorpay-checkout-keyless`, `Razorpay Checkout: order_id=order_${r.b62(14)}, currency=INR, amount=${r.int(100, 99999)}`),
  (r) => neg(`${ID}/sentry-dsn-public`, `Sentry DSN (öffentlich im Browser): https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`),
  (r) => neg(`${ID}/google-oauth-client-id`, `Google ログイン: client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`),
  () => neg(`${ID}/placeholder-keys`, `API_KEY=your-api-key-here\nSECRET_KEY=changeme\nクライアントシークレット=xxxxxxxxxxxxxxxx`),
  () => neg(`${ID}/env-example-url`, `# .env.example\nDATABASE_URL=postgres://benutzer:passwort@localhost:5432/datenbank`),
  () => neg(`${ID}/docs-basic`, `Exemple de la documentation : Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ= (username:password)`),
  () => neg(`${ID}/drama-phones`, `Nummern für Filme und Tests: +44 20 7946 0000, (555) 010-0199, 090-0000-0000`),
  (r) => neg(`${ID}/hotline`, `カスタマーサポート：0120-${r.digits(3)}-${r.digits(3)}（フリーダイヤル、受付 9:00〜18:00）`),
  (r) => neg(`${ID}/company-phone`, `Service client : 09 69 32 ${r.int(10, 99)} ${r.int(10, 99)} (appel non surtaxé) — du lundi au vendredi`),
  (r) => neg(`${ID}/b64-public-config`, `data:\n  config.yaml: ${b64s(`sprache: de\nzeitzone: Europe/Berlin\nseiten: ${r.int(10, 50)}\n`)}`),
  () => neg(`${ID}/html-entity-prose`, `<p>${html('Die Seite "Passwort & Sicherheit" ist vorübergehend nicht erreichbar.')}</p>`),
  () =>
    neg(
      `${ID}/qp-footer`,
      `Content-Transfer-Encoding: quoted-printable\n\n${qp('Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.\nImpressum: Beispiel GmbH, Musterstraße 1, 12345 Musterstadt')}`,
    ),
  () => neg(`${ID}/urlenc-redirect`, `302 Location: /login?redirect_uri=${urlEnc('https://app.example.es/panel?lang=es&vista=pedidos')}`),
  (r) => neg(`${ID}/eth-contract-lower`, `合约地址（公开）：USDT ERC-20 0xdac17f958d2ee523a2206206994597c13d831ec7，区块 ${r.int(20000000, 21000000)}`),
  () => neg(`${ID}/btc-genesis`, `Adres bloku genezy (znany publicznie): 1A1zP1eP5QGefi2DMPTfTL5SnmMuVheWND`),
  (r) => neg(`${ID}/tx-hash`, `Транзакция подтверждена: 0x${r.hex(64)} (блок ${r.int(19000000, 21000000)})`),
  (r) => neg(`${ID}/recaptcha-site-key`, `reCAPTCHA site key (herkese açık): 6L${r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 38)}`),
  () => neg(`${ID}/mapbox-public`, `Mapbox 公開トークン（URL 制限付き）: pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGV4YW1wbGUifQ.ZXhhbXBsZS1zaWduYXR1cmU`),
  () => neg(`${ID}/test-nir-doc`, `Exemple officiel de NIR dans la notice : 2 69 05 49 588 157 80 (fictif)`),
  () => neg(`${ID}/amounts`, `Betrag: 1.234,56 € · Montant : 1 234,56 € · 金額：¥123,456 · Сумма: 12 345,67 ₽`),
  () => neg(`${ID}/visa-test-card-tr`, `Test kartı (dokümantasyon): 4111 1111 1111 1111, son kullanma 12/30, CVC 123`),
  () => neg(`${ID}/payjp-public`, `PAY.JP 公開鍵（ブラウザ用）: pk_live_0123456789abcdef01234567`),
  () => neg(`${ID}/toss-client-key`, `토스페이먼츠 클라이언트 키(공개): live_ck_D5GePWvyJnrK0W0k6q8gLzN97Eoq`),
  () => neg(`${ID}/json-u-doc`, `{"ejemplo":"usuario:contrase\\u00f1a","nota":"sustituir por credenciales reales"}`),
  () => neg(`${ID}/well-known-test-ssn`, `Numero di test del manuale: codice fiscale RSSMRA80A01H501U (Mario Rossi, esempio)`),
];
