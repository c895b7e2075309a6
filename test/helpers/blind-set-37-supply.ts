import { type Tpl37 } from './blind-set-37-draw';

const A = 'supply';

/** Inventory, ERP and suppliers: NetSuite, Lightspeed Retail, MarketMan, EDI 810/850, SEPA payments, SFTP drops. */
export const SUPPLY37: Tpl37[] = [
  { area: A, name: 'netsuite-tba', make: (d) => {
    const cs = d.c('netsuite_consumer_secret', d.hex(64));
    const ts = d.c('netsuite_token_secret', d.hex(64));
    return `Traceback (most recent call last):
  File "/app/erp/netsuite_client.py", line 77, in post_inventory_adjustment
    auth = OAuth1(NS_CONSUMER_KEY, client_secret=NS_CONSUMER_SECRET, resource_owner_key=NS_TOKEN_ID, resource_owner_secret=NS_TOKEN_SECRET, realm=NS_ACCOUNT, signature_method="HMAC-SHA256")
erp.netsuite_client.NetSuiteAuthError: INVALID_LOGIN_ATTEMPT
Locals:
  NS_ACCOUNT = '${d.int(1000000, 9999999)}'
  NS_CONSUMER_KEY = '${d.hex(64)}'
  NS_CONSUMER_SECRET = '${cs}'
  NS_TOKEN_ID = '${d.hex(64)}'
  NS_TOKEN_SECRET = '${ts}'
  payload = {'recordType': 'vendorPayment', 'entity': {'id': '${d.int(100, 9999)}'}, 'custbody_vendor_routing': '${d.routing()}', 'custbody_vendor_account': '${d.account()}'}`;
  } },
  { area: A, name: 'lightspeed-retail', make: (d) => {
    const cs = d.c('client_secret', d.hex(64));
    const at = d.c('access_token', d.hex(40));
    return `lightspeed-retail: GET /API/V3/Account/${d.int(100000, 999999)}/Item.json failed: 401 {"httpCode":"401","message":"Invalid access token"}
 retrying with refresh: client_id=${d.hex(64)} client_secret=${cs}
 stale access_token=${at}`;
  } },
  { area: A, name: 'marketman-login', make: (d) => {
    const pw = d.password();
    const tok = d.c('api_token', d.hex(32));
    return `MarketMan.Client.Exceptions.AuthException: GetToken failed ("IsSuccess":false,"ErrorMessage":"Invalid credentials")
  request: {"APIKey":"${d.hex(32)}","APIPassword":"${pw}"}
  previous Token: ${tok}
  buyer=${d.pick(['Harbor Kitchen Group', 'Fresh Bowl LLC'])} vendor=${d.pick(['Sysco', 'US Foods', 'Baldor'])}`;
  } },
  { area: A, name: 'edi-810-remit', make: (d) => {
    const r = d.routing();
    const a = d.account();
    const name = d.name(false);
    const phone = d.phone('us');
    return `EDI translator error: 810 segment N1 missing for ISA control ${d.r.digits(9)}
(pulled from ftp://edi_in:${d.urlPassword()}@edi.partner.example/810/)
ST*810*0001~BIG*20261104*INV${d.r.digits(6)}**PO${d.r.digits(6)}~
N1*RE*${d.pick(['GREEN VALLEY PRODUCE', 'COASTAL SEAFOOD CO'])}~
PER*AR*${d.p('person_name', name.toUpperCase())}*TE*${phone}~
BPR*I*${d.int(100, 9000)}.00*C*ACH*CCP*01*${r}*DA*${a}~
SE*9*0001~`;
  } },
  { area: A, name: 'edi-850-as2', make: (d) => {
    const pw = d.password();
    const email = d.email();
    return `as2-gateway ERROR MDN not received for 850 to partner ${d.pick(['SYSCO-AS2', 'PFGC-EDI'])} (msgid <${d.uuid()}@as2.internal>)
partner config:
  url: https://as2.partner.example/as2
  auth_user: retail_edi
  auth_password: "${pw}"
  contact: ${email}`;
  } },
  { area: A, name: 'sepa-pain001', make: (d) => {
    const debtor = d.iban();
    const cred = d.iban();
    const name = d.name();
    return `pain.001 upload via ebics user=KAFFEE01 transport_password=${d.password()}; rejected by bank (FF01 invalid file format) line 31
<Dbtr><Nm>${d.pick(['Brasserie Lumière SARL', 'Kaffeehaus GmbH'])}</Nm></Dbtr><DbtrAcct><Id><IBAN>${debtor}</IBAN></Id></DbtrAcct>
<CdtTrfTxInf><Cdtr><Nm>${name}</Nm></Cdtr><CdtrAcct><Id><IBAN>${cred}</IBAN></Id></CdtrAcct><Amt><InstdAmt Ccy="EUR">${d.int(50, 9000)}.00</InstdAmt></Amt></CdtTrfTxInf>`;
  } },
  { area: A, name: 'sftp-supplier-key', make: (d) => {
    const pem = d.pem('\n', 'RSA PRIVATE KEY');
    return `paramiko.ssh_exception.AuthenticationException: Authentication failed. (host=sftp.${d.pick(['usfoods', 'gfs', 'kehe'])}.com user=store${d.int(100, 999)})
key file /etc/supplier/id_rsa:
${pem}`;
  } },
  { area: A, name: 'inventory-s3', make: (d) => {
    const [id, secret] = d.awsPair();
    return `inventory-export: botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation
[default]
aws_access_key_id = ${id}
aws_secret_access_key = ${secret}
region = us-east-1`;
  } },
  { area: A, name: 'vendor-db-url', make: (d) => {
    const pw = d.urlPassword();
    const pw2 = d.urlPassword();
    return `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "inv-db.${d.pick(['prod', 'stores'])}.internal" (${d.privIp()}), port 5432 failed: FATAL: password authentication failed for user "inventory"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
INVENTORY_DB_URL=postgresql+psycopg2://inventory:${pw}@inv-db.prod.internal:5432/inventory
REDIS_URL=redis://:${pw2}@cache.internal:6379/2`;
  } },
  { area: A, name: 'github-deploy', make: (d) => {
    const tok = d.gh(d.pick(['ghp_', 'gho_', 'ghs_']));
    return `Run git clone https://x-access-token:${tok}@github.com/${d.pick(['fresh-mart', 'tavolo-eng'])}/pricing-sync.git
fatal: Authentication failed for 'https://github.com/${d.pick(['fresh-mart', 'tavolo-eng'])}/pricing-sync.git/'
Error: Process completed with exit code 128.`;
  } },
  { area: A, name: 'kafka-connect-jaas', make: (d) => {
    const sasl = d.password();
    const sr = d.password();
    const ks = d.password();
    return `[${d.ts()}] ERROR [inventory-sink|task-0] WorkerSinkTask{id=inventory-sink-0} Task threw an uncaught and unrecoverable exception (org.apache.kafka.connect.runtime.WorkerTask)
org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed: Invalid username or password
connector config: {"consumer.override.sasl.jaas.config":"org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"inventory\\" password=\\"${sasl}\\";","value.converter.basic.auth.user.info":"sr-inventory:${sr}","consumer.override.ssl.keystore.password":"${ks}"}`;
  } },
];
