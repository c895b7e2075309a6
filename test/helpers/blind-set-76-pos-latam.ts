import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, ts, lts, amount, dob, ip, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** Latin-American and Iberian providers: Mercado Pago, PagSeguro, SAT CFDI, NF-e, PIX, bank transfers in Spanish and Portuguese. */
export const LATAM: Tpl[] = [
  t('provider', 'mercadopago-webhook-es', (r, p) => {
    const a = person(r, 'es');
    return `POST /webhooks/mercadopago?data.id=${r.int(10000000000, 99999999999)}&type=payment 200
{"action":"payment.updated","data":{"payer":{"email":"${p.p('email', a.email)}","first_name":"${p.p('name', a.first)}","last_name":"${p.p('name', a.last)}","identification":{"type":"DNI","number":"${p.p('dni-ar', String(r.int(20000000, 45999999)))}"}},"card":{"first_six_digits":"450995","last_four_digits":"${r.digits(4)}","cardholder":{"name":"${p.p('name', a.latin.toUpperCase())}"}}},"x-signature":"ts=${r.int(1790000000, 1799999999)},v1=${p.c('webhook-signature', r.hex(64))}"}
MP_ACCESS_TOKEN=${p.c('mp-access-token', v.mpToken(r))}\nMP_CLIENT_SECRET=${p.c('client-secret', r.b62(32))}`;
  }),
  t('provider', 'mercadopago-sdk-pt', (r, p) => {
    const a = person(r, 'pt');
    return `MPApiException: Api error. Check response for details (status 400)
  at MercadoPagoClient.post (/srv/checkout/node_modules/mercadopago/dist/clients/base.js:88)
  request.headers.Authorization = "Bearer ${p.c('mp-access-token', v.mpToken(r))}"
  request.body = {"transaction_amount":${amount(r)},"payment_method_id":"pix","payer":{"email":"${p.p('email', a.email)}","identification":{"type":"CPF","number":"${p.p('cpf', id.cpf(r, false))}"},"first_name":"${p.p('name', a.name)}"}}
  response = {"message":"Invalid user identification number","cause":[{"code":2067}]}`;
  }),
  t('provider', 'pagseguro-notification', (r, p) => {
    const a = person(r, 'pt');
    return `[PagSeguro] ${lts(r)} ERRO ao consultar notificação: GET https://ws.pagseguro.uol.com.br/v3/transactions/notifications/${r.chars(v.HEXU, 6)}-${r.chars(v.HEXU, 12)}-${r.chars(v.HEXU, 16)}?email=financeiro%40loja.com.br&token=${p.c('pagseguro-token', r.chars(v.HEXU, 32))}
<transaction><sender><name>${p.p('name', a.name)}</name><email>${p.p('email', a.email)}</email><phone><areaCode>${r.int(11, 99)}</areaCode><number>${p.p('phone', `9${r.digits(8)}`)}</number></phone><documents><document><type>CPF</type><value>${p.p('cpf', id.cpf(r, false))}</value></document></documents></sender></transaction>\nAuthorization: Bearer ${p.c('token', r.uuid() + r.hex(64))}`;
  }),
  t('provider', 'pix-cobranca-pt', (r, p) => {
    const a = person(r, 'pt');
    return `{"nivel":"erro","msg":"Falha ao registrar cobrança PIX","psp":"efi","client_id":"Client_Id_${r.hex(40)}","client_secret":"${p.c('client-secret', `Client_Secret_${r.hex(40)}`)}","certificado_senha":"${p.c('password', v.pw(r))}","devedor":{"cpf":"${p.p('cpf', id.cpf(r))}","nome":"${p.p('name', a.name)}"},"chave":"${p.p('email', a.email)}","valor":{"original":"${amount(r)}"}}`;
  }),
  t('provider', 'pix-key-phone', (r, p) => {
    const a = person(r, 'pt');
    return `WARN  TransferenciaService - chave PIX inválida para o favorecido ${p.p('name', a.name)}: tipo=TELEFONE chave=+55${p.p('phone', `${r.int(11, 99)}9${r.digits(8)}`)} conta=${p.f('bank-account', `${r.digits(5)}-${r.digits(1)}`)} agência=${p.f('bank-branch', r.digits(4))}
  banco=341 apiKey=${p.c('api-key', r.b62(48))}`;
  }),
  t('einvoice', 'nfe-sefaz-rejeicao', (r, p) => {
    const a = person(r, 'pt');
    return `${lts(r)} [NFeAutorizacao4] Rejeição 539: Duplicidade de NF-e com diferença na Chave de Acesso
<dest><CPF>${p.p('cpf', id.cpf(r, false))}</CPF><xNome>${p.p('name', a.name)}</xNome><enderDest><xLgr>${p.p('address', `Rua ${r.pick(['das Acácias', 'Augusta', 'Bela Cintra', 'dos Pinheiros'])}, ${r.int(10, 2999)}`)}</xLgr><xMun>São Paulo</xMun></enderDest><email>${p.p('email', a.email)}</email></dest>
certificado A1: /certs/empresa.pfx senha=${p.c('password', v.pw(r))}\nsenha_sefaz_proxy=${p.c('password', v.pw(r))}`;
  }),
  t('einvoice', 'nfse-mei-cnpj', (r, p) => {
    const a = person(r, 'pt');
    return `NFS-e recusada: prestador MEI "${p.p('name', a.name.toUpperCase())}" com inscrição municipal pendente
{"prestador":{"cnpj":"${p.p('cnpj-mei', id.cnpj(r))}","razaoSocial":"${p.p('name', a.name)} MEI","inscricaoMunicipal":"${r.digits(8)}"},"tomador":{"cpf":"${p.p('cpf', id.cpf(r))}"},"auth":{"usuario":"${a.latin.split(' ')[0]!.toLowerCase()}","senha":"${p.c('password', v.pw(r))}"},"token_prefeitura":"${p.c('token', r.hex(40))}"}`;
  }),
  t('einvoice', 'sat-cfdi-timbrado', (r, p) => {
    const a = person(r, 'es');
    return `ERROR PAC timbrado: CFDI40147 - El RFC del receptor no se encuentra en la lista de RFC inscritos no cancelados del SAT
<cfdi:Receptor Rfc="${p.p('rfc', id.rfcPerson(r))}" Nombre="${p.p('name', a.name.toUpperCase())}" DomicilioFiscalReceptor="${r.int(10000, 99999)}" RegimenFiscalReceptor="605" UsoCFDI="CN01"/>
credenciales PAC: usuario=timbrado@contadores.mx contraseña=${p.c('password', v.pw(r))}
llave CSD: /sat/CSD_${r.int(1000, 9999)}.key contraseña_llave=${p.c('password', v.pw(r))}`;
  }),
  t('einvoice', 'sat-nomina-curp', (r, p) => {
    const a = person(r, 'es');
    return `[nomina] ${lts(r)} No se pudo generar el recibo de nómina: CURP inválida para el RFC
  empleado: ${p.p('name', a.name)}
  curp: ${p.p('curp', id.curp(r))}
  nss: ${p.p('nss-mx', ((d) => d + id.luhnDigit(d))(r.digits(10)))}
  clabe: ${p.f('clabe', v.clabe(r))}
  finkok_password: ${p.c('password', v.pw(r))}`;
  }),
  t('provider', 'spei-transfer-mx', (r, p) => {
    const a = person(r, 'es');
    return `{"level":"error","ts":"${ts(r)}","msg":"SPEI rechazada: cuenta beneficiaria inexistente","ordenante":{"nombre":"${p.p('name', a.name)}","clabe":"${p.f('clabe', v.clabe(r))}","rfcCurp":"${p.p('curp', id.curp(r))}"},"beneficiario":{"clabe":"${p.f('clabe', v.clabe(r))}"},"stp":{"empresa":"TIENDA","firma":"${p.c('signature', r.b64(128))}"}}`;
  }),
  t('provider', 'cbu-transfer-ar', (r, p) => {
    const a = person(r, 'es');
    return `ERROR [transferencias] ${lts(r)} - Transferencia rechazada por el banco (código 4012: CBU destino inhabilitado)
  titular=${p.p('name', a.name)} cuit=20-${r.int(20000000, 45999999)}-${r.int(0, 9)} cbu_destino=${p.f('cbu', v.cbu(r))} alias=${r.pick(['sol', 'rio', 'mate', 'pampa'])}.${r.pick(['verde', 'azul', 'casa'])}.${r.pick(['luna', 'tren', 'gato'])}
  cbu_origen=${p.f('cbu', v.cbu(r))} clave_api=${p.c('api-key', r.b62(36))}`;
  }),
  t('provider', 'mercadopago-card-token-es', (r, p) => {
    const a = person(r, 'es');
    return `POST https://api.mercadopago.com/v1/card_tokens?public_key=${v.mpPublicNeg(r)} 400
body={"card_number":"${p.f('card', v.card(r, r.pick(['visa', 'mc']), false))}","security_code":"${p.f('cvc', v.cvc(r))}","expiration_month":${r.int(1, 12)},"expiration_year":${r.int(2027, 2031)},"cardholder":{"name":"${p.p('name', a.latin.toUpperCase())}","identification":{"type":"DNI","number":"${p.p('dni-ar', String(r.int(20000000, 45999999)))}"}}}
response={"message":"invalid parameter security_code","status":400}
x-client-secret: ${p.c('client-secret', r.b62(32))}`;
  }),
  t('provider', 'bizum-es', (r, p) => {
    const a = person(r, 'es');
    return `${lts(r)} WARN  [redsys] Operación Bizum denegada (SIS0434) titular ${p.p('name', a.name)} móvil ${p.p('phone', a.phone)}
Ds_MerchantParameters=${Buffer.from(JSON.stringify({ DS_MERCHANT_ORDER: r.digits(12), DS_MERCHANT_AMOUNT: String(r.int(100, 99999)) })).toString('base64')}
clave_secreta_sha256=${p.c('merchant-key', r.b64(24))} NIE=${p.p('nie', id.nie(r))}`;
  }),
  t('provider', 'ebanx-boleto-pt', (r, p) => {
    const a = person(r, 'pt');
    return `ebanx.error: BP-DR-23 "O CPF informado é inválido" integration_key=${p.c('api-key', r.hex(100))}
payment={"name":"${p.p('name', a.name)}","email":"${p.p('email', a.email)}","document":"${p.p('cpf', id.cpf(r))}","birth_date":"${p.p('dob', dob(r, 'fr'))}","phone_number":"${p.p('phone', a.phone)}"}\nx-api-chave: ${p.c('api-key', r.b62(40))}`;
  }),
  t('provider', 'mbway-pt', (r, p) => {
    const a = person(r, 'pt');
    return `[ifthenpay] ${lts(r)} Pedido MB WAY falhou (estado 122 - Transação recusada ao utilizador)
  telemóvel=${p.p('phone', `351#9${r.int(1, 6)}${r.digits(7)}`)} nome=${p.p('name', a.name)} NIF=${p.p('nif-pt', id.nifPt(r))}
  MbWayKey=${p.c('api-key', `${r.chars(v.HEXU.slice(0, 16) + 'GHIJKLMNOPQRSTUVWXYZ', 3)}-${r.int(100000, 999999)}`)} chave_anti_phishing=${p.c('webhook-secret', r.b62(50))}`;
  }),
  t('helpdesk', 'zendesk-es-ticket', (r, p) => {
    const a = person(r, 'es');
    return `Ticket #${r.int(100000, 999999)} — Asunto: No puedo acceder a mi cuenta
De: ${p.p('name', a.name)} <${p.p('email', a.email)}>
Hola, he cambiado la contraseña pero sigue sin funcionar. Mi usuario es ${a.latin.split(' ')[0]!.toLowerCase()}${r.int(1, 99)} y la clave nueva es ${p.c('password', v.pw(r))}
Mi DNI es ${p.p('dni', id.dni(r))} y nací el ${p.p('dob', dob(r, 'fr'))}. Teléfono de contacto: ${p.p('phone', a.phone)}.
Gracias.\n[nota interna] token de soporte ${p.c('api-key', r.b62(40))}`;
  }),
  t('helpdesk', 'freshdesk-ptbr-ticket', (r, p) => {
    const a = person(r, 'pt');
    return `[Freshdesk] Novo ticket de ${p.p('email', a.email)}: "Cobrança em duplicidade no cartão"
Olá, fui cobrado duas vezes no cartão ${p.f('card', v.card(r, r.pick(['elo', 'hipercard', 'mc', 'visa'])))} validade ${v.expiry(r)}. Meu CPF é ${p.p('cpf', id.cpf(r))}, nome ${p.p('name', a.name)}.
Se precisar, a senha do app é ${p.c('password', v.pw(r))}
-- enviado via widget (api_key=${p.c('api-key', r.b62(20))})`;
  }),
  t('app', 'colombia-pse-es', (r, p) => {
    const a = person(r, 'es');
    return `{"nivel":"ERROR","mensaje":"PSE transacción rechazada","pagador":{"tipoDocumento":"CC","numeroDocumento":"${p.p('cedula-co', String(r.int(10000000, 1199999999)))}","nombre":"${p.p('name', a.name)}","correo":"${p.p('email', a.email)}","celular":"${p.p('phone', `+57 3${r.digits(2)} ${r.digits(7)}`)}"},"credenciales":{"login":"tienda_co","secretKey":"${p.c('api-key', r.b62(32))}","tranKey":"${p.c('api-key', r.b64(16))}"}}`;
  }),
  t('app', 'chile-rut-webpay', (r, p) => {
    const a = person(r, 'es');
    return `${lts(r)} ERROR WebpayPlus.Transaction.commit: "Invalid status 0 for transaction while authorizing"
  Tbk-Api-Key-Id: 597${r.digits(9)}
  Tbk-Api-Key-Secret: ${p.c('api-key', r.chars(v.HEXU.slice(0, 16) + 'GHIJKLMNOPQRSTUVWXYZ', 32))}
  buyOrder=${r.int(100000, 999999)} titular=${p.p('name', a.name)} tarjeta=${p.f('card', v.card(r, 'visa'))} ip_cliente=${p.p('ip', ip(r))}`;
  }),
  t('app', 'peru-yape-es', (r, p) => {
    const a = person(r, 'es');
    return `WARN culqi: "La tarjeta fue rechazada por el banco emisor" charge=chr_live_${r.b62(16)} sk=${p.c('api-key', `sk_live_${r.b62(16)}`)}
cliente: ${p.p('name', a.name)} · DNI ${p.p('dni-pe', r.digits(8))} · ${p.p('email', a.email)} · yape ${p.p('phone', `9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`)}\nwebhook_secreto=${p.c('webhook-secret', r.b62(32))}`;
  }),
];
