import type { MatchContext } from '../detector';

/** Node-name prefixes of Erlang/Elixir servers (RabbitMQ's `rabbit@host`, ejabberd, EMQX, CouchDB, Riak, VerneMQ). */
const ERLANG_NODE_LOCAL = /^(?:rabbit|rabbitmqcli\w*|ejabberd|emqx|couchdb|riak|vernemq|mongooseim)$/;

/** A `node`/`nodes`/`running_nodes`/`node_name` key right before the value (an array's later element too). */
const NODE_KEY_BEFORE = /(?:\bnodes?|_nodes|\bnode_?name|\bcluster_?nodes)\\{0,3}["']?\s{0,3}[:=]\s{0,3}(?:\[\s{0,3})?(?:\\{0,3}"[^"\s]{1,80}\\{0,3}"\s{0,3},\s{0,3})*\\{0,3}["']?$/;

/**
 * Round r36 (blind set 36): an Erlang node name (`rabbit@rabbitmq-1.rabbitmq-nodes.mq` in RabbitMQ's queue stats,
 * `emqx@10.0.0.5`) has a mailbox's shape but names a server: a known node prefix, or any `name@host` under a node key.
 */
export function isErlangNodeName(local: string, ctx: MatchContext): boolean {
  if (ERLANG_NODE_LOCAL.test(local)) return true;
  return NODE_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start));
}
