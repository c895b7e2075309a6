import type { Template52 } from './blind-set-52-ctx';
import { ecKey, jwt, opensshKey, rsaPkcs1 } from './blind-set-52-gen-cred';

/** Positive templates: sequencing cores, genomics pipelines and research computing clusters. */
export const SEQ52: Template52[] = [
  {
    area: 'sequencing',
    name: 'basespace-cli-config',
    make: (c) => `$ cat ~/.basespace/default.cfg
apiServer   = https://api.${c.pick(['basespace.illumina.com', 'euc1.sh.basespace.illumina.com', 'aps2.sh.basespace.illumina.com'])}
accessToken = ${c.cr('basespace_token', c.k.basespace(c.r))}
$ bs whoami
+----------------+----------------------------------------------------+
| Name           | ${c.name()} |
| Email          | ${c.mail()} |
+----------------+----------------------------------------------------+`,
  },
  {
    area: 'sequencing',
    name: 'ica-api-key-curl',
    make: (c) => `curl -s -X GET "https://ica.illumina.com/ica/rest/api/projects/${c.uuid()}/data?filenameMatchMode=EXACT" \\
  -H "accept: application/vnd.illumina.v3+json" \\
  -H "X-API-Key: ${c.cr('api_key', c.k.icaKey(c.r))}"
{"error":"Forbidden","detail":"API key of user ${c.mail()} has no access to project"}`,
  },
  {
    area: 'sequencing',
    name: 'sftp-delivery-email',
    make: (c) => {
      const p = c.who();
      return `Dear ${c.name(p)},

Your run ${c.int(230101, 241231)}_A0${c.int(1000, 2999)}_0${c.int(100, 999)}_${c.pick(['AHVTJ2DSX7', 'BH3KWNDSXC', 'AHCFLJDRX3'])} (NovaSeq X) has been demultiplexed.
Download:  sftp ${c.pick(['gcb', 'seqcore', 'ngs'])}_${p.last.toLowerCase().replace(/[^a-z]/g, '')}@${c.pick(['sftp.genome.duke.edu', 'delivery.novogene.com', 'data.psomagen.com', 'sftp.azenta.com'])}
Password:  ${c.pw(12)}
The password expires in 14 days. Invoice to follow (PO ${c.int(4500000000, 4599999999)}).
-- ${c.pick(['Genomic Analysis Core', 'Sequencing Core', 'NGS Lab'])}`;
    },
  },
  {
    area: 'sequencing',
    name: 'sbg-cgc-python',
    make: (c) => `>>> import sevenbridges as sbg
>>> api = sbg.Api(url='https://${c.pick(['cgc-api.sbgenomics.com', 'api.sbgenomics.com', 'cavatica-api.sbgenomics.com'])}/v2', token='${c.cr('sbg_token', c.k.sbg(c.r))}')
>>> api.users.me()
<User: username=${c.pick(['jdoe', 'mlab', 'tcga_user'])}${c.int(10, 99)}, email=${c.mail()}>`,
  },
  {
    area: 'genomics',
    name: 'dnanexus-dx-login',
    rounds: 10,
    make: (c) => `[ec2-user@ip-10-${c.int(0, 255)}-${c.int(0, 255)}-${c.int(1, 254)} ~]$ dx login --token ${c.cr('dnanexus_token', c.k.dnanexus(c.r))} --noprojects
Acquiring credentials from https://auth.dnanexus.com
Logged in as user-${c.pick(['mkowalczyk', 'pteam', 'ukb_rap'])}${c.int(1, 9)}
$ export DX_SECURITY_CONTEXT='{"auth_token_type": "Bearer", "auth_token": "${c.cr('dnanexus_token', c.k.dnanexus(c.r))}"}'`,
  },
  {
    area: 'genomics',
    name: 'nextflow-config',
    rounds: 10,
    make: (c) => `// nextflow.config  (pipeline: nf-core/${c.pick(['rnaseq', 'sarek', 'atacseq', 'methylseq'])} ${c.int(3, 3)}.${c.int(10, 16)}.0)
tower {
  enabled     = true
  accessToken = '${c.cr('seqera_token', c.k.seqera(c.r))}'
  workspaceId = '${c.digits(14)}'
}
aws {
  region = 'us-east-1'
  accessKey = '${c.cr('aws_access_key_id', c.k.awsAkid(c.r))}'
  secretKey = '${c.cr('aws_secret_access_key', c.k.awsSecret(c.r))}'
}
params.notify_email = '${c.mail()}'`,
  },
  {
    area: 'genomics',
    name: 'terra-oauth-log',
    make: (c) => `2024-${c.int(10, 12)}-0${c.int(1, 9)} 14:02:${c.int(10, 59)} DEBUG urllib3.connectionpool - https://api.firecloud.org:443 "GET /api/workspaces/${c.pick(['anvil-datastorage', 'broad-firecloud-tcga', 'lab-methods'])}/${c.pick(['WGS_Trio', 'GTEx_v9', 'AoU_pilot'])} HTTP/1.1" 401 84
2024-${c.int(10, 12)}-0${c.int(1, 9)} 14:02:${c.int(10, 59)} DEBUG fiss - request headers {'Authorization': 'Bearer ${c.cr('gcp_oauth_token', c.k.gcpOauth(c.r))}', 'X-App-ID': 'FISS'} user=${c.mail()}`,
  },
  {
    area: 'genomics',
    name: 'galaxy-bioblend',
    rounds: 10,
    make: (c) => `bioblend.ConnectionError: Unexpected HTTP status code: 403: {"err_msg": "Provided API key is not valid.", "err_code": 403002}
  url=https://${c.pick(['usegalaxy.org', 'usegalaxy.eu', 'galaxy.genouest.org'])}/api/histories?key=${c.cr('galaxy_api_key', c.k.galaxy(c.r))}
  GalaxyInstance(url, key='${c.cr('galaxy_api_key', c.k.galaxy(c.r))}')`,
  },
  {
    area: 'genomics',
    name: 'ncbi-eutils',
    make: (c) => `WARNING:Bio.Entrez:rate limit exceeded for https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=nuccore&id=NM_${c.digits(6)}.${c.int(1, 5)}&rettype=fasta&email=${c.mail()}&tool=biopython&api_key=${c.cr('ncbi_api_key', c.k.ncbi(c.r))}`,
  },
  {
    area: 'genomics',
    name: 'vcf-header-patient',
    rounds: 3,
    make: (c) => `##fileformat=VCFv4.2
##source=DRAGEN ${c.int(3, 4)}.${c.int(0, 3)}.${c.int(1, 9)}
##reference=file:///staging/human/reference/hg38_alt_masked_graph_v2
##PatientName=${c.name(c.who(), 'upper')}
##PatientDOB=${c.dob('iso')}
##MRN=${c.pi('mrn', c.g.mrn52(c.r))}
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS${c.digits(6)}
chr17\t${c.int(43044295, 43125483)}\trs${c.digits(8)}\tG\tA\t${c.int(40, 99)}\tPASS\tDP=${c.int(20, 90)}\tGT:AD\t0/1:${c.int(10, 40)},${c.int(10, 40)}`,
  },
  {
    area: 'hpc',
    name: 'slurmdbd-conf',
    rounds: 10,
    make: (c) => `# /etc/slurm/slurmdbd.conf  (${c.pick(['sherlock', 'o2', 'biowulf', 'della', 'greatlakes'])})
AuthType=auth/munge
DbdHost=slurmdbd01
StorageType=accounting_storage/mysql
StorageHost=${c.pick(['mariadb-hpc', 'db01.rc.local'])}
StorageUser=slurm
StoragePass=${c.pw(20)}
StorageLoc=slurm_acct_db`,
  },
  {
    area: 'hpc',
    name: 'sssd-ldap-bind',
    rounds: 10,
    make: (c) => `[domain/${c.pick(['hpc.ucla.edu', 'rc.fas.harvard.edu', 'arc.ox.ac.uk'])}]
id_provider = ldap
ldap_uri = ldaps://ldap${c.int(1, 3)}.${c.pick(['research.local', 'hpc.internal'])}
ldap_default_bind_dn = cn=sssd-bind,ou=service,dc=research,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = ${c.pw(18)}`,
  },
  {
    area: 'hpc',
    name: 'jupyterhub-token-url',
    rounds: 10,
    make: (c) => `[I 2024-${c.int(10, 12)}-${c.int(10, 28)} 11:${c.int(10, 59)}:${c.int(10, 59)}.${c.int(100, 999)} ServerApp] Jupyter Server 2.${c.int(7, 14)}.0 is running at:
[I ServerApp] http://${c.pick(['cn', 'gpu', 'node'])}${c.int(1000, 4999)}:${c.int(8800, 8999)}/lab?token=${c.cr('jupyter_token', c.k.jupyter(c.r))}
[I ServerApp]     http://127.0.0.1:${c.int(8800, 8999)}/lab?token=${c.cr('jupyter_token', c.k.jupyter(c.r))}
[I ServerApp] user ${c.name()} connected from ${c.ip()}`,
  },
  {
    area: 'hpc',
    name: 'ssh-key-in-ticket',
    make: (c) => `Ticket RC-${c.int(10000, 99999)} from ${c.name()} <${c.mail()}>:
I can't log in to the cluster since the upgrade. Here is my key in case it helps:
${c.cr('private_key', c.pick([0, 1, 2]) === 0 ? rsaPkcs1(c.r) : c.pick([0, 1]) === 0 ? opensshKey(c.r) : ecKey(c.r))}`,
  },
  {
    area: 'hpc',
    name: 'irods-env',
    rounds: 10,
    make: (c) => `$ cat ~/.irods/irods_environment.json
{
    "irods_host": "${c.pick(['irods.sanger.ac.uk', 'data.cyverse.org', 'irods-prod.umcutrecht.nl'])}",
    "irods_port": 1247,
    "irods_user_name": "${c.pick(['hgi', 'pipe', 'seqsvc'])}_${c.int(10, 99)}",
    "irods_zone_name": "${c.pick(['seq', 'iplant', 'nlmumc'])}",
    "irods_authentication_scheme": "native",
    "irods_password": "${c.pw(14)}"
}`,
  },
  {
    area: 'hpc',
    name: 'munge-k8s-secret',
    rounds: 10,
    make: (c) => {
      const pw = c.r.password(16);
      return `apiVersion: v1
kind: Secret
metadata:
  name: slurm-secrets
  namespace: ${c.pick(['hpc', 'slurm', 'research-compute'])}
type: Opaque
data:
  munge.key: ${c.cr('munge_key', c.k.mungeKey(c.r))}
  mysql-password: ${c.cr('password_b64', c.k.k8sB64(c.r, pw))}
stringData:
  jwt_hs256.key: ${c.cr('jwt_secret', c.k.b64secret(c.r, 32))}`;
    },
  },
  {
    area: 'hpc',
    name: 'open-ondemand-audit',
    rounds: 3,
    make: (c) => `${c.ts()} ondemand.${c.pick(['osc.edu', 'hpc.yale.edu', 'arc.vt.edu'])} httpd[${c.int(1000, 65000)}]: ${c.ip()} - ${c.pick(['ab12', 'jqp3', 'mkw7'])}${c.int(100, 999)} "GET /pun/sys/dashboard HTTP/1.1" 302 - "-" user=${c.mail()} geo="${c.pi('geo_coordinate', c.g.coord52(c.r, 39.9, 40.1))},${c.pi('geo_coordinate', c.g.coord52(c.r, -83.1, -82.9))}"`,
  },
  {
    area: 'hpc',
    name: 'globus-token-json',
    rounds: 10,
    make: (c) => `{"access_token": "${c.cr('globus_token', c.k.globus(c.r))}", "expires_in": 172800, "resource_server": "transfer.api.globus.org", "token_type": "Bearer", "scope": "urn:globus:auth:scope:transfer.api.globus.org:all", "refresh_token": "${c.cr('globus_token', c.k.globus(c.r))}", "other_tokens": [{"access_token": "${c.cr('jwt', jwt(c.r, { sub: c.uuid(), iss: 'https://auth.globus.org', email: 'not-shown' }))}", "resource_server": "auth.globus.org"}]}`,
  },
  {
    area: 'genomics',
    name: 'hf-model-download',
    rounds: 10,
    make: (c) => `huggingface_hub.utils._errors.GatedRepoError: 403 Client Error. Cannot access gated repo for url https://huggingface.co/${c.pick(['InstaDeepAI/nucleotide-transformer-2.5b-multi-species', 'arcinstitute/evo2_40b', 'facebook/esm2_t36_3B_UR50D'])}/resolve/main/config.json.
Set via: export HF_TOKEN=${c.cr('huggingface_token', c.k.hf(c.r))}
Also tried: GITHUB_TOKEN=${c.cr('github_token', c.k.ghp(c.r))}`,
  },
];
