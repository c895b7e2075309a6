import { ISO, ulid, type BenignTemplate } from './benign-logs-fp28-a';

/** Data keys and id-valued tokens of cloud SDKs: S3 and DynamoDB keys, lock and lease tokens, idempotency client tokens. */
export const TEMPLATES_H: BenignTemplate[] = [
  { name: 's3-list', make: (r) => JSON.stringify({ Contents: [{ Key: `exports/2026/12/${r.int(10, 28)}/${r.uuid()}.json`, ETag: `"${r.hex(32)}"`, Size: r.int(100, 99999) }, { Key: `tmp/${r.hex(40)}`, ETag: `"${r.hex(32)}"`, Size: r.int(100, 99999) }], NextContinuationToken: r.b64(60), KeyCount: 2 }) },
  { name: 'dynamodb-keys', make: (r) => JSON.stringify({ LastEvaluatedKey: { pk: { S: `ORDER#${ulid(r)}` }, sk: { S: `EVENT#${ISO(r)}` } }, ConsumedCapacity: { TableName: 'orders', CapacityUnits: r.int(1, 99) }, partitionKey: r.uuid(), rowKey: ulid(r), sortKey: `${ISO(r)}#${r.uuid()}` }) },
  { name: 'servicebus-lock', make: (r) => JSON.stringify({ messageId: r.hex(32), lockToken: r.uuid(), lockedUntilUtc: ISO(r), sequenceNumber: r.int(1000, 99999999), deliveryCount: r.int(1, 9), leaseId: r.uuid(), leaseToken: r.uuid() }) },
  { name: 'ec2-client-token', make: (r) => `ec2: RunInstances ClientToken=${r.uuid()} InstanceId=i-${r.hex(17)} ImageId=ami-${r.hex(17)} SubnetId=subnet-${r.hex(17)} SecurityGroupIds=sg-${r.hex(17)} state=pending` },
  { name: 'crypto-params', make: (r) => JSON.stringify({ alg: 'AES-256-GCM', iv: r.b64(12), salt: r.b64(16), tag_length: 128, kdf: 'scrypt', kcv: r.hex(6), key_version: r.int(1, 9), key_ref: `projects/acme/locations/global/keyRings/app/cryptoKeys/data/cryptoKeyVersions/${r.int(1, 9)}` }) },
  { name: 'mongo-resume', make: (r) => JSON.stringify({ operationType: 'update', _id: { _data: `82${r.hex(60).toUpperCase()}04` }, clusterTime: { $timestamp: { t: r.int(1700000000, 1799999999), i: r.int(1, 9) } }, documentKey: { _id: r.hex(24) } }) },
];
