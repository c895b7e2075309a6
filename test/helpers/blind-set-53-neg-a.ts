import type { Neg53 } from './blind-set-53-types';

/** Negatives, part one: ids, hashes, URNs, trace ids and payloads of the construction apps that hold no secret and no person. */
export const NEG53_A: readonly Neg53[] = [
  ['procore-webhook-ids', 5, (c) => `{"id":${c.int(100000000, 999999999)},"ulid":"01H${c.r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}","timestamp":"${c.ts()}","resource_name":"Submittals","resource_id":${c.int(10000000, 99999999)},"event_type":"update","company_id":${c.int(10000, 99999)},"project_id":${c.int(100000, 999999)},"api_version":"v2"}`],
  ['aps-urn', 5, (c) => {
    const urn = Buffer.from(`urn:adsk.objects:os.object:wip.dm.prod/${c.uuid()}.rvt`).toString('base64url');
    return `[model-derivative] translate job queued urn=${urn} region=US outputs=svf2 views=[2d,3d] x-ads-request-id=${c.uuid()}`;
  }],
  ['ifc-guids', 5, (c) => {
    const g = (): string => c.r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$', 22).replace(/^./, String(c.int(0, 3)));
    return `#${c.int(100, 9999)}= IFCWALLSTANDARDCASE('${g()}',#42,'Basic Wall:Interior - 4 7/8" Partition',$,'Basic Wall',#${c.int(100, 999)},#${c.int(100, 999)},'${c.hex(6).toUpperCase()}');\n#${c.int(100, 9999)}= IFCDOOR('${g()}',#42,'Single-Flush:36" x 84"',$,$,#${c.int(100, 999)},#${c.int(100, 999)},$,2134.,914.);`;
  }],
  ['bacnet-points', 5, (c) => `device,object,present_value,units,status_flags\n${c.int(1000, 99999)},analog-input:${c.int(1, 60)},${c.int(55, 78)}.${c.int(0, 9)},degreesFahrenheit,0000\n${c.int(1000, 99999)},binary-output:${c.int(1, 20)},active,,0100\n${c.int(1000, 99999)},analog-value:${c.int(1, 99)},${c.int(0, 100)},percent,0000`],
  ['traceparent-log', 5, (c) => `level=info ts=${c.ts()} svc=wo-dispatcher msg="work order routed" wo=WO-${c.int(2024, 2025)}-${c.digits(6)} traceparent=00-${c.hex(32)}-${c.hex(16)}-01 span_id=${c.hex(16)} duration_ms=${c.int(3, 900)}`],
  ['sha256-drawings', 5, (c) => `sha256sum drawings/*.pdf\n${c.hex(64)}  A-101_FLOOR_PLAN_L1_rev${c.int(1, 9)}.pdf\n${c.hex(64)}  S-201_FOUNDATION_PLAN.pdf\n${c.hex(64)}  M-401_MECH_SCHEDULES.pdf`],
  ['s3-etag-listing', 5, (c) => `$ aws s3api list-objects-v2 --bucket plan-room-archive --prefix submittals/08-71-00/\n{"Contents":[{"Key":"submittals/08-71-00/${c.uuid()}.pdf","LastModified":"${c.ts()}","ETag":"\\"${c.hex(32)}\\"","Size":${c.int(100000, 9000000)},"StorageClass":"STANDARD_IA"}],"RequestCharged":null}`],
  ['docker-digest', 5, (c) => `Pulling from ${c.gc()}/field-sync\nDigest: sha256:${c.hex(64)}\nStatus: Downloaded newer image for ghcr.io/${c.gc()}/field-sync:v${c.int(1, 4)}.${c.int(0, 30)}.${c.int(0, 9)}\ncommit ${c.hex(40)} (HEAD -> release/${c.int(2024, 2025)}.${c.int(1, 12)})`],
  ['request-ids', 5, (c) => `HTTP/1.1 200 OK\nX-Request-Id: ${c.uuid()}\nX-Amzn-Trace-Id: Root=1-${c.hex(8)}-${c.hex(24)}\nX-RateLimit-Remaining: ${c.int(0, 3600)}\nETag: W/"${c.hex(16)}"\nContent-Type: application/json; charset=utf-8`],
  ['cmms-wo-csv', 5, (c) => `wo_number,asset_tag,priority,trade,status,created\nWO-${c.digits(6)},AHU-${c.int(1, 30)}-${c.r.chars('ABCDEF', 1)},P${c.int(1, 4)},HVAC,Open,${c.ts()}\nWO-${c.digits(6)},ELV-${c.int(1, 8)},P1,Elevator,Dispatched,${c.ts()}\nWO-${c.digits(6)},RTU-${c.int(1, 12)},P3,HVAC,Completed,${c.ts()}`],
  ['cost-codes', 5, (c) => `job,cost_code,description,budget,committed\n${c.int(20, 25)}-${c.digits(3)},03 30 00,Cast-in-Place Concrete,${c.int(100000, 900000)}.00,${c.int(10000, 90000)}.00\n${c.int(20, 25)}-${c.digits(3)},09 29 00,Gypsum Board,${c.int(100000, 900000)}.00,${c.int(10000, 90000)}.00\n${c.int(20, 25)}-${c.digits(3)},26 05 19,Low-Voltage Power Conductors,${c.int(10000, 90000)}.00,0.00`],
  ['rfi-log', 5, (c) => `RFI-${String(c.int(1, 400)).padStart(3, '0')} | Ref dwg A-${c.int(100, 599)} / detail ${c.int(1, 12)} | Spec 07 92 00 | Status: Answered | Ball in court: Architect | Cost impact: TBD | Schedule impact: ${c.int(0, 10)} days`],
  ['placeholder-env', 5, (c) => `# .env.example for procore-connector\nPROCORE_CLIENT_ID=<your-client-id>\nPROCORE_CLIENT_SECRET=<your-client-secret>\nSAGE_DB_URL=mssql://USER:PASSWORD@HOST:1433/DB\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPORT=${c.int(3000, 9000)}`],
  ['placeholder-yaml', 5, (c) => `fieldwire:\n  refresh_token: \${FIELDWIRE_REFRESH_TOKEN}\n  account_id: ${c.int(100000, 999999)}\ntwilio:\n  account_sid: "{{ vault.twilio_sid }}"\n  auth_token: "{{ vault.twilio_token }}"\nniagara:\n  password: changeme   # set on first login`],
  ['redacted-log', 5, (c) => `[pcard-reconcile] ${c.ts()} INFO matched card=****${c.r.digits(4)} amount=${c.int(20, 900)}.${c.r.digits(2)} gl=01-${c.int(5000, 5999)} holder=[REDACTED] auth=${c.r.digits(6)}`],
  ['redacted-json', 5, (c) => `{"vendorId":"V${c.int(1000, 9999)}","taxId":"**-***${c.r.digits(4)}","routing":"*********","account":"XXXXXX${c.r.digits(4)}","password":"********","apiKey":"[FILTERED]","updatedAt":"${c.ts()}"}`],
  ['public-keys', 5, (c) => `# Verify Siteline webhook JWS with their published key\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)}\n${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)}\nIDAQAB\n-----END PUBLIC KEY-----`],
  ['ssh-pubkey', 5, (c) => `# authorized_keys on trailer gateway\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)} fieldops-deploy@ci\nHost key fingerprint: SHA256:${c.r.b64(32).replace(/=+$/, '')}`],
];
