import type { PosTemplate28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { asJson28, asLines28, personFields28, plant28 } from './blind-set-28-plant';
import { ddPrefix28, shuffle28, ts28 } from './blind-set-28-noise';

import { wrapC28 } from './blind-set-28-creds';
const S = 'rag';
const emb = (r: { int(a: number, b: number): number }) => `[${Array.from({ length: 6 }, () => `${r.int(0, 1) ? '-' : ''}0.0${r.int(1000, 99999)}`).join(', ')}, ...]`;

/** Vector databases and retrieved chunks carrying customer records. */
export const RAG28: PosTemplate28[] = [
  { source: S, name: 'pinecone-upsert-metadata', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} PineconeApiException: (400) Reason: Bad Request — metadata size exceeds 40960 bytes`,
    `HTTP response headers: HTTPHeaderDict({'x-pinecone-request-id': '${r.digits(19)}'})`,
    `Api-Key: ${b.c('pinecone', T.pineconeKey28(r))}`,
    `vectors[0]: {'id': 'ticket-${r.int(10000, 99999)}#chunk${r.int(0, 9)}', 'values': ${emb(r)}, 'metadata': {${personFields28(r, b, r.int(2, 4)).map((f) => `'${f.key}': '${f.value}'`).join(', ')}}}`,
  ]) },
  { source: S, name: 'weaviate-client-init', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} ERROR weaviate.exceptions.WeaviateStartUpError: Could not connect to Weaviate`,
    `weaviate.connect_to_weaviate_cloud(cluster_url="https://${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}.c0.europe-west3.gcp.weaviate.cloud", auth_credentials=Auth.api_key("${b.c('weaviate', T.weaviateKey28(r))}"), headers={"X-OpenAI-Api-Key": "${b.c('openai', T.openaiKey28(r))}"})`,
  ]) },
  { source: S, name: 'qdrant-search-payload', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} qdrant_client.http.exceptions.UnexpectedResponse: Unexpected Response: 403 (Forbidden)`,
    `QdrantClient(url="https://${r.uuid()}.us-east4-0.gcp.cloud.qdrant.io:6333", api_key="${b.c('qdrant', T.qdrantKey28(r))}")`,
    `last ScoredPoint(id='${r.uuid()}', score=0.${r.digits(4)}, payload={${personFields28(r, b, r.int(2, 4)).map((f) => `'${f.key}': '${f.value}'`).join(', ')}})`,
  ]) },
  { source: S, name: 'zilliz-milvus-uri', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} pymilvus.exceptions.MilvusException: <MilvusException: (code=2, message=Fail connecting to server on in03-${r.hex(15)}.serverless.gcp-us-west1.cloud.zilliz.com:443)>`,
    `MilvusClient(uri="https://in03-${r.hex(15)}.serverless.gcp-us-west1.cloud.zilliz.com", token="${b.c('zilliz', T.zillizKey28(r))}")`,
    `pending insert: {"pk": ${r.int(1, 99999)}, "text": "${asLines28(personFields28(r, b, r.int(2, 3), 'json')).join(' ')}"}`,
  ]) },
  { source: S, name: 'pgvector-supabase', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: FATAL: password authentication failed`,
    `engine url: postgresql+psycopg://postgres.${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}:${plant28(b, 'credential', 'password', T.urlyPassword28(r), 'url')}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`,
    `SUPABASE_SERVICE_ROLE_KEY=${b.c('jwt', T.jwt28(r))}`,
    `[SQL: INSERT INTO documents (content, embedding) VALUES (%(content)s, %(embedding)s)] [parameters: {'content': '${asLines28(personFields28(r, b, r.int(2, 3))).join('; ')}', 'embedding': '${emb(r)}'}]`,
  ]) },
  { source: S, name: 'redis-vector-url', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.`,
    `REDIS_URL=rediss://default:${b.c('password', r.b62(r.int(24, 32)))}@redis-${r.int(10000, 19999)}.c${r.int(1, 300)}.us-east-1-2.ec2.redns.redis-cloud.com:${r.int(10000, 19999)}`,
    `HSET doc:${r.hex(12)} content "${asLines28(personFields28(r, b, r.int(2, 3))).join(' ')}"`,
  ]) },
  { source: S, name: 'elastic-basic-auth', make: (r, b) => {
    const user = r.pick(['elastic', 'rag_writer', 'kibana_system']);
    const pw = T.password28(r);
    return wrapC28(r, b, [
      `${ddPrefix28(r)} elasticsearch.AuthenticationException: AuthenticationException(401, 'security_exception')`,
      `> POST /kb-chunks/_bulk HTTP/1.1\n> Authorization: Basic ${b.c('basic~b64', Buffer.from(`${user}:${pw}`).toString('base64'))}`,
      `{"index":{"_id":"${r.uuid()}"}}`,
      `{${asJson28(personFields28(r, b, r.int(2, 4), 'json')).join(', ')}, "source": "crm_export.csv"}`,
    ]);
  } },
  { source: S, name: 'chroma-retrieved-chunks', make: (r, b) => {
    const docs = [0, 1].map(() => asLines28(personFields28(r, b, r.int(1, 3), 'json')).join('\\n'));
    return wrapC28(r, b, [
      `${ts28(r)} DEBUG retriever returned ${r.int(2, 8)} docs for query "why was I charged twice"`,
      `{"ids": [["${r.uuid()}", "${r.uuid()}"]], "documents": [["${docs.join('", "')}"]], "distances": [[0.${r.digits(3)}, 0.${r.digits(3)}]]}`,
    ]);
  } },
  { source: S, name: 'llamaindex-node-dump', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} llama_index.core.indices WARNING: Node too large, truncating`,
    `TextNode(id_='${r.uuid()}', metadata={'file_name': '${r.pick(['invoices_2026Q3.pdf', 'hr_onboarding.docx', 'tickets.csv'])}', 'page_label': '${r.int(1, 40)}'}, text='INVOICE\\n${asLines28(personFields28(r, b, r.int(3, 5))).join('\\n')}\\nTotal due: EUR ${r.int(50, 9000)}.00')`,
  ]) },
  { source: S, name: 'opensearch-aws-sigv4', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} opensearchpy.exceptions.AuthorizationException: 403`,
    `AWS4Auth('${b.c('awsid', T.awsKeyId28(r))}', '${b.c('awssecret', T.awsSecret28(r))}', 'eu-west-1', 'aoss')`,
    `doc: {${asJson28(personFields28(r, b, r.int(2, 3))).join(', ')}}`,
  ]) },
  { source: S, name: 'rag-prompt-hr-doc', make: (r, b) => {
    const fs = personFields28(r, b, r.int(3, 5), 'json');
    return wrapC28(r, b, [
      `${ts28(r)} INFO prompt assembled (${r.int(800, 6000)} tokens) for user u_${r.hex(8)}`,
      `"system": "Answer using only the context.\\n\\n<context>\\nEmployee record (HR, confidential)\\n${asLines28(fs).join('\\n')}\\n</context>"`,
    ]);
  } },
  { source: S, name: 'rag-support-ticket-multilang', make: (r, b) => {
    const lead = r.pick(['Bonjour, je souhaite changer mes coordonnées.', 'Hola, necesito actualizar mis datos.', 'Hallo, bitte meine Daten ändern.', 'Olá, preciso atualizar meu cadastro.']);
    const fs = personFields28(r, b, r.int(2, 4), 'jsonA');
    return wrapC28(r, b, [`${ddPrefix28(r)} chunk ${r.int(0, 40)}/ticket #${r.int(100000, 999999)}`, `{"page_content": "${lead}\\n${asLines28(fs).join('\\n')}", "metadata": {"lang": "${r.pick(['fr', 'es', 'de', 'pt'])}"}}`]);
  } },
  { source: S, name: 'embedding-job-env', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} embed-worker crashed, env snapshot:`,
    ...shuffle28(r, [`PINECONE_API_KEY=${b.c('pinecone', T.pineconeKey28(r))}`, `VOYAGE_API_KEY=${b.c('secret', `pa-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)}`)}`, `PINECONE_INDEX=kb-${r.pick(['prod', 'eu'])}`, `OPENAI_API_KEY=${b.c('openai', T.openaiKey28(r))}`, `BATCH_SIZE=${r.int(16, 256)}`]),
  ]) },
];
