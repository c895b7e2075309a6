import { epoch, isoTs, jsonEsc, org, plainTs, type Template31 } from './blind-set-31-case';
import type { Rng31 } from './blind-set-31-rng';
import { awsKeyId, awsSecret, awsSessionToken, azureGroupKey, azureKey, azureSasSig, jwt, pemEcKey, pemRsaKey } from './blind-set-31-tokens';

/** A public X.509 certificate PEM (random body after a real header; public, never planted). */
export function certPem(r: Rng31): string {
  const body = 'MIIDWTCCAkGgAwIBAgIU' + r.b64(600).replace(/=+$/, '');
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`;
}

const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2'];

/** AWS IoT Core and Greengrass, Azure IoT Hub and DPS. */
export const IOT_TEMPLATES: Template31[] = [
  {
    id: 'aws-iot-create-keys-ci',
    make: (r, v) => {
      const certId = r.hex(64);
      const region = r.pick(REGIONS);
      const job = `[provision-batch #${r.int(100, 999)}]`;
      return `${job} + export AWS_ACCESS_KEY_ID=${awsKeyId(r)}
${job} + export AWS_SECRET_ACCESS_KEY=${v.c('aws-secret-access-key', awsSecret(r))}
${job} + aws iot create-keys-and-certificate --set-as-active --region ${region}
{
    "certificateArn": "arn:aws:iot:${region}:${r.num(12)}:cert/${certId}",
    "certificateId": "${certId}",
    "certificatePem": "${jsonEsc(certPem(r))}\\n",
    "keyPair": {
        "PublicKey": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(200).slice(0, 40)}\\n-----END PUBLIC KEY-----\\n",
        "PrivateKey": "${v.c('private-key', jsonEsc(pemRsaKey(r)))}\\n"
    }
}`;
    },
  },
  {
    id: 'greengrass-tes-credentials',
    make: (r, v) => {
      const port = r.int(30000, 45000);
      return `${plainTs(r)}.${r.digits(3)} [DEBUG] (pool-2-thread-${r.int(1, 40)}) com.aws.greengrass.tes.CredentialRequestHandler: Got credentials from IoT credentials provider. {iotCredentialsPath=/role-aliases/GreengrassV2TokenExchangeRoleAlias/credentials}
$ curl -s -H "Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN" http://localhost:${port}/2016-11-01/credentialprovider/
{"AccessKeyId":"${awsKeyId(r, true)}","SecretAccessKey":"${v.c('aws-secret-access-key', awsSecret(r))}","Token":"${v.c('aws-session-token', awsSessionToken(r))}","Expiration":"${isoTs(r).replace(/\.\d+Z$/, 'Z')}"}`;
    },
  },
  {
    id: 'aws-fleet-provisioning-script',
    make: (r, v) => {
      const thing = `meter-${r.pick(['gw', 'ctl', 'edge'])}-${r.HEX(6)}`;
      const token = r.b64(300).replace(/=+$/, '');
      return `${isoTs(r)} provision.py INFO  CreateKeysAndCertificate accepted for ${thing}
${isoTs(r)} provision.py DEBUG certificateOwnershipToken=${v.c('aws-iot-ownership-token', token)}
${isoTs(r)} provision.py DEBUG writing /greengrass/v2/privKey.key:
${v.c('private-key', pemEcKey(r))}
${isoTs(r)} provision.py INFO  RegisterThing ${thing} template=FleetTemplate-${org(r)}`;
    },
  },
  {
    id: 'aws-iot-custom-authorizer',
    make: (r, v) => {
      const t = epoch(r);
      const token = jwt(r, 'HS256', { sub: `truck-${r.int(1000, 9999)}`, fleet: org(r), iat: t, exp: t + 3600 });
      const pw = r.password(18);
      return `START RequestId: ${r.uuid()} Version: $LATEST
${isoTs(r)}\t${r.uuid()}\tINFO\tauthorizer event: {"token":"${v.c('jwt', token)}","signatureVerified":false,"protocols":["mqtt"],"protocolData":{"mqtt":{"username":"fleet-gw?x-amz-customauthorizer-name=${org(r)}-auth","password":"${v.c('mqtt-password-b64', Buffer.from(pw).toString('base64'))}","clientId":"truck-${r.int(1000, 9999)}"}},"connectionMetadata":{"id":"${r.uuid()}"}}
${isoTs(r)}\t${r.uuid()}\tERROR\tDeny: token verification failed (invalid signature)
END RequestId: ${r.uuid()}
REPORT RequestId: ${r.uuid()}\tDuration: ${r.int(2, 90)}.${r.digits(2)} ms\tBilled Duration: ${r.int(3, 91)} ms\tMemory Size: 128 MB`;
    },
  },
  {
    id: 'azure-iothub-appsettings',
    make: (r, v) => {
      const hub = `${org(r)}-hub-${r.pick(['prod', 'weu', 'eus'])}`;
      return `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "IoTHub": {
    "ServiceConnectionString": "HostName=${hub}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${v.c('azure-shared-access-key', azureKey(r))}",
    "EventHubEndpoint": "Endpoint=sb://ihsu${r.hex(6)}-${r.hex(6)}.servicebus.windows.net/;SharedAccessKeyName=service;SharedAccessKey=${v.c('azure-shared-access-key', azureKey(r))};EntityPath=${hub}"
  },
  "Checkpoints": "DefaultEndpointsProtocol=https;AccountName=${org(r).replace(/-/g, '')}ckpt;AccountKey=${v.c('azure-storage-key', azureGroupKey(r))};EndpointSuffix=core.windows.net"
}`;
    },
  },
  {
    id: 'azure-device-client-exception',
    make: (r, v) => {
      const hub = `${org(r)}-iot`;
      const dev = `meter-${r.int(10000, 99999)}`;
      return `${plainTs(r)} fail: MeterAgent.Worker[0]
      Failed to open device client using "HostName=${hub}.azure-devices.net;DeviceId=${dev};SharedAccessKey=${v.c('azure-shared-access-key', azureKey(r))}"
      Microsoft.Azure.Devices.Client.Exceptions.UnauthorizedException: error(condition:amqp:unauthorized-access, description:CONNECT failed: Unauthorized (TrackingId:${r.hex(32)}-G:${r.int(1, 20)}-TimeStamp:${plainTs(r)}))
         at Microsoft.Azure.Devices.Client.Transport.AmqpIot.AmqpIotConnector.OpenConnectionAsync(CancellationToken cancellationToken)
         at Microsoft.Azure.Devices.Client.InternalClient.OpenAsync(CancellationToken cancellationToken)
         at MeterAgent.Worker.ExecuteAsync(CancellationToken stoppingToken) in /src/MeterAgent/Worker.cs:line ${r.int(30, 140)}`;
    },
  },
  {
    id: 'azure-sas-token-http',
    make: (r, v) => {
      const hub = `${org(r)}-hub`;
      const dev = `gw-${r.HEX(8)}`;
      const sr = encodeURIComponent(`${hub}.azure-devices.net/devices/${dev}`);
      const exp = epoch(r);
      return `POST /devices/${dev}/messages/events?api-version=2020-03-13 HTTP/1.1
Host: ${hub}.azure-devices.net
Authorization: SharedAccessSignature sr=${sr}&sig=${v.c('azure-sas-signature', azureSasSig(r))}&se=${exp}
Content-Type: application/json
iothub-messageid: ${r.uuid()}

HTTP/1.1 401 Unauthorized
{"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized","ExceptionMessage":"Tracking ID:${r.hex(32)}-G:${r.int(1, 9)}-TimeStamp:${plainTs(r)}"}
fallback MQTT: username="${hub}.azure-devices.net/${dev}/?api-version=2021-04-12" password="SharedAccessSignature sr=${sr}&sig=${v.c('azure-sas-signature', azureSasSig(r))}&se=${exp + 3600}&skn=device"`;
    },
  },
  {
    id: 'azure-dps-enrollment-group',
    make: (r, v) => {
      const g = `${org(r)}-meters`;
      const regId = `sm-${r.num(10)}`;
      return `$ az iot dps enrollment-group show --dps-name ${org(r)}-dps -g rg-iot --eid ${g} --show-keys
{
  "allocationPolicy": "hashed",
  "attestation": {
    "symmetricKey": {
      "primaryKey": "${v.c('azure-dps-group-key', azureGroupKey(r))}",
      "secondaryKey": "${v.c('azure-dps-group-key', azureGroupKey(r))}"
    },
    "type": "symmetricKey"
  },
  "enrollmentGroupId": "${g}",
  "etag": "${r.b64(12)}",
  "provisioningStatus": "enabled"
}
$ az iot dps enrollment-group compute-device-key --key <primaryKey> --registration-id ${regId}
"${v.c('azure-shared-access-key', azureKey(r))}"`;
    },
  },
];
