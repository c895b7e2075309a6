import { extendedKey } from './blind-set-33-crypto';
import { amount, ccy, host, isoDate, level, ts } from './blind-set-33-noise';
import type { Rng33 } from './blind-set-33-rng';
import { pem, type NegTemplate33 } from './blind-set-33-values';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const btcAddr = (r: Rng33) => `bc1q${r.chars(BECH32, 38)}`;
const eth = (r: Rng33) => `0x${r.hex(40)}`;
const txh = (r: Rng33) => `0x${r.hex(64)}`;

/** Negatives from crypto, KYC/lending status, metrics and public material: addresses, hashes, public keys, placeholders. */
export const NEG_PUBLIC_TEMPLATES: readonly NegTemplate33[] = [
  {
    area: 'neg-public', name: 'eth-tx-receipt',
    make: (r) => `payout-signer: tx mined\n  hash=${txh(r)}\n  blockHash=${txh(r)}\n  blockNumber=${r.int(18e6, 22e6)} from=${eth(r)} to=${eth(r)} gasUsed=${r.int(21000, 300000)} effectiveGasPrice=${r.int(1e9, 9e10)} status=1\n  logs[0].topics=[0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef, 0x000000000000000000000000${r.hex(40)}]`,
  },
  {
    area: 'neg-public', name: 'btc-withdrawal',
    make: (r) => `withdrawal ${r.uuid()} broadcast: asset=BTC amount=${(r.int(1, 9e6) / 1e8).toFixed(8)} to=${btcAddr(r)} change=${btcAddr(r)} txid=${r.hex(64)} fee_rate=${r.int(2, 60)} sat/vB confirmations=${r.int(0, 6)}`,
  },
  {
    area: 'neg-public', name: 'xpub-watch-only',
    make: (r) => `watch-only wallet imported: descriptor=wpkh([${r.hex(8)}/84h/0h/0h]${extendedKey(r, 'xpub')}/0/*)#${r.chars(BECH32, 8)} gap_limit=20 next_index=${r.int(0, 900)} label="treasury-cold-watch"`,
  },
  {
    area: 'neg-public', name: 'exchange-order-log',
    make: (r) => `${ts(r)} INFO mm-bot order filled venue=${r.pick(['binance', 'kraken', 'okx', 'bybit'])} symbol=${r.pick(['BTCUSDT', 'ETHUSDC', 'SOLUSDT'])} orderId=${r.int(1e9, 9e9)} clientOrderId=mm_${r.hex(16)} side=${r.pick(['BUY', 'SELL'])} price=${amount(r, 10, 90000)} qty=${(r.int(1, 9e5) / 1e4).toFixed(4)} recvWindow=5000 timestamp=${1760000000000 + r.int(0, 9e9)}`,
  },
  {
    area: 'neg-public', name: 'fireblocks-tx-event',
    make: (r) => `fireblocks webhook TRANSACTION_STATUS_UPDATED {"id":"${r.uuid()}","assetId":"${r.pick(['USDC_ETH', 'ETH', 'BTC', 'SOL'])}","source":{"type":"VAULT_ACCOUNT","id":"${r.int(0, 40)}"},"destination":{"type":"ONE_TIME_ADDRESS"},"destinationAddress":"${eth(r)}","txHash":"${txh(r).slice(2)}","status":"${r.pick(['COMPLETED', 'CONFIRMING', 'FAILED'])}","subStatus":"","amount":${amount(r, 1, 90000)},"networkFee":0.00${r.digits(4)}}`,
  },
  {
    area: 'neg-public', name: 'rpc-call-log',
    make: (r) => `rpc ${r.pick(['eth_call', 'eth_getBalance', 'eth_getTransactionReceipt'])} -> https://cloudflare-eth.com latency=${r.int(20, 900)}ms id=${r.int(1, 9999)} params=[{"to":"${eth(r)}","data":"0x70a08231000000000000000000000000${r.hex(40)}"},"latest"] result=0x${r.hex(r.int(10, 64))}`,
  },
  {
    area: 'neg-public', name: 'pgp-public-key',
    make: (r) => `h2h: bank encryption key rotated, fingerprint ${r.hex(40).toUpperCase()}\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${('mQINBG' + r.b64(600)).replace(/=+$/, '').match(/.{1,64}/g)!.join('\n')}\n=${r.b62(4)}\n-----END PGP PUBLIC KEY BLOCK-----`,
  },
  {
    area: 'neg-public', name: 'webhook-verification-public-key',
    make: (r) => `jwks refresh ok kid=${r.hex(16)} alg=ES256 for ${r.pick(['plaid', 'truelayer', 'adyen'])} webhooks\n${pem(r, 'PUBLIC KEY', 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE', 48)}\nssh host key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} sftp.h2h-bank.net`,
  },
  {
    area: 'neg-public', name: 'bank-file-checksums',
    make: (r) => `h2h transfer complete:\n  PAYROLL_${isoDate(r).replace(/-/g, '')}.xml.pgp  sha256=${r.hex(64)}  size=${r.int(1e3, 9e6)}\n  camt053_${isoDate(r).replace(/-/g, '')}.xml.pgp  sha256=${r.hex(64)}  size=${r.int(1e3, 9e6)}\n  md5(manifest)=${r.hex(32)} git=${r.hex(40)}`,
  },
  {
    area: 'neg-public', name: 'kyc-check-status',
    make: (r) => `${ts(r)} ${level(r)} kyc-orchestrator: onfido check ${r.uuid()} result=${r.pick(['consider', 'clear'])} report=${r.pick(['document', 'facial_similarity_photo'])} sub_result=${r.pick(['caution', 'rejected'])}; persona inquiry inq_${r.b62(24)} template=itmpl_${r.b62(24)} status=${r.pick(['needs_review', 'failed'])}; socure referenceId=${r.uuid()} decision=REVIEW modules=kyc,fraud`,
  },
  {
    area: 'neg-public', name: 'bureau-latency',
    make: (r) => `bureau-gateway ${host(r, 'bureau-gw')} experian p50=${r.int(200, 900)}ms p99=${r.int(900, 5000)}ms errors=${r.int(0, 40)} product=${r.pick(['CreditProfile', 'PreciseID'])} model=${r.pick(['FICO 8', 'VantageScore 4.0'])} subscriber=${r.digits(7)} pulls_today=${r.int(100, 9000)} hit_rate=${(r.int(800, 999) / 1000).toFixed(3)}`,
  },
  {
    area: 'neg-public', name: 'loan-portfolio-metrics',
    make: (r) => `# HELP loans_outstanding_amount Outstanding principal by product\nloans_outstanding_amount{product="${r.pick(['personal', 'auto', 'smb'])}",currency="${ccy(r)}",region="${r.pick(['us-east', 'eu-west'])}"} ${amount(r, 1e6, 9e8)}\nloans_dpd_bucket_count{bucket="30-59"} ${r.int(10, 900)}\nach_returns_total{code="R01"} ${r.int(0, 300)}\nach_returns_total{code="R03"} ${r.int(0, 50)}\nloan_application_id_last{shard="${r.int(0, 15)}"} ${r.int(1e6, 9e6)}`,
  },
  {
    area: 'neg-public', name: 'loan-status-event',
    make: (r) => `loan LN-${r.digits(9)} moved ${r.pick(['current -> dpd30', 'dpd30 -> current', 'approved -> funded'])} on ${isoDate(r)} principal=${amount(r, 500, 90000)} ${ccy(r)} apr=${(r.int(500, 3500) / 100).toFixed(2)}% term=${r.pick([12, 24, 36, 60])}m servicer=${r.pick(['internal', 'sub-servicer-2'])} event_id=${r.uuid()}`,
  },
  {
    area: 'neg-public', name: 'secrets-manager-refs',
    make: (r) => `config loaded: PLAID_SECRET=vault:secret/data/plaid#secret BINANCE_API_SECRET=\${BINANCE_API_SECRET} FIREBLOCKS_SECRET_PATH=/run/secrets/fireblocks.pem SFTP_PASSWORD=******** NETSUITE_TOKEN_SECRET=<redacted> STRIPE_SECRET_KEY=sk_live_****${r.b62(4)} version=${r.int(1, 80)} rotated_at=${ts(r)}`,
  },
  {
    area: 'neg-public', name: 'docs-example-payloads',
    make: (r) => `README excerpt copied into alert runbook:\n  curl https://sandbox.plaid.com/item/get -d '{"client_id":"CLIENT_ID","secret":"SECRET","access_token":"ACCESS_TOKEN"}'\n  export COINBASE_API_KEY="your-api-key"; export COINBASE_API_SECRET="your-api-secret"\n  mnemonic: "<twelve words here>"\n  card: 4111 1111 1111 ****  (use a test card from the processor's docs)\nrunbook rev ${r.hex(7)} updated ${isoDate(r)}`,
  },
  {
    area: 'neg-public', name: 'reconciliation-summary',
    make: (r) => `recon ${isoDate(r)} ${r.pick(['EUR', 'GBP', 'USD'])} ledger=${amount(r, 1e5, 9e7)} bank=${amount(r, 1e5, 9e7)} diff=${amount(r, 0, 900)} unmatched_txn_ids=[txn_${r.b62(20)}, txn_${r.b62(20)}, ${r.uuid()}] statement_seq=${r.int(1, 365)} run=${r.uuid()} duration=${r.int(2, 900)}s rate_source=ECB ${ccy(r)}=${(r.int(5000, 20000) / 10000).toFixed(4)}`,
  },
  {
    area: 'neg-public', name: 'company-registry',
    make: (r) => `counterparty onboarded: ${r.pick(['Northwind Treasury Ltd', 'Kestrel Foods Pty Ltd', 'Helios Energia S.A.'])} company_no=${r.digits(8)} LEI=${r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 18)}${r.digits(2)} VAT=DE${r.digits(9)} DUNS=${r.digits(9)} risk_tier=${r.pick(['low', 'medium'])} reviewed=${isoDate(r)} by=compliance-bot`,
  },
];
