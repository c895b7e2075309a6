import { z } from 'zod';

const duration = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+(ms|s|m|h|d|w)$/, 'a duration like 30s, 5m, 2h, 1d')])
  .describe('duration');

const size = z.union([z.number().int().positive(), z.string().regex(/^\d+(b|kb|mb)$/i, 'a size like 256kb or 1mb')]);

/** Schema of config/herald.yaml. Unknown keys are errors (like Alertmanager). */
export const fileConfigSchema = z
  .object({
    server: z
      .object({
        port: z.number().int().min(0).max(65535).optional(),
        host: z.string().optional(),
        body_limit: size.optional(),
        admin_token: z.string().min(16, 'at least 16 characters').optional(),
        admin_token_name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$/, 'a name: letters, digits, space and ._@- (at most 64)').optional(),
        trust_proxy: z.boolean().optional(),
        shutdown_timeout: duration.optional(),
        processes: z.union([z.number().int().min(1).max(64), z.literal('auto')]).optional(),
      })
      .strict()
      .optional(),
    redis: z
      .object({
        url: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').optional(),
        prefix: z.string().regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _.:-').optional(),
      })
      .strict()
      .optional(),
    queue: z
      .object({
        concurrency: z.number().int().min(1).max(256).optional(),
        attempts: z.number().int().min(1).max(50).optional(),
        backoff: duration.optional(),
        idempotency_ttl: duration.optional(),
        keep_completed: z.number().int().min(0).optional(),
        keep_completed_for: duration.optional(),
        keep_failed: z.number().int().min(1).optional(),
        keep_failed_for: duration.optional(),
        lock_duration: duration.optional(),
        stalled_interval: duration.optional(),
        worker_nice: z.number().int().min(0).max(19).optional(),
      })
      .strict()
      .optional(),
    incidents: z
      .object({
        reopen_window: duration.optional(),
        retention: duration.optional(),
      })
      .strict()
      .optional(),
    slack: z
      .object({
        default_channel: z.string().regex(/^(#[a-z0-9_-]{1,80}|[CGD][A-Z0-9]{6,})$/, 'a #channel-name or a channel id').optional(),
        api_url: z.string().url().optional(),
        bot_user_id: z.string().optional(),
        bot_id: z.string().optional(),
        timeout: duration.optional(),
        max_log_lines: z.number().int().min(0).max(20).optional(),
        rate: z
          .object({
            posts_per_sec: z.number().positive().optional(),
            post_burst: z.number().int().min(1).optional(),
            updates_per_sec: z.number().positive().optional(),
            update_burst: z.number().int().min(1).optional(),
            global_per_sec: z.number().positive().optional(),
          })
          .strict()
          .optional(),
        storm: z
          .object({
            threshold: z.number().int().min(1).optional(),
            window: duration.optional(),
            critical_cap: z.number().int().min(0).optional(),
            quiet_period: duration.optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    datadog: z
      .object({
        site: z.string().optional(),
        api_url: z.string().url().optional(),
        enrich: z.boolean().optional(),
        timeout: duration.optional(),
        incidents: z.boolean().optional(),
      })
      .strict()
      .optional(),
    paging: z
      .object({
        timeout: duration.optional(),
        key_prefix: z.string().regex(/^[A-Za-z0-9_.:-]{0,64}$/, 'letters, digits and _.:-, at most 64').optional(),
        pagerduty: z.object({ api_url: z.string().url().optional() }).strict().optional(),
        opsgenie: z.object({ api_url: z.string().url().optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    rules: z.object({ file: z.string().optional(), watch: z.boolean().optional() }).strict().optional(),
    access: z.object({ file: z.string().optional(), watch: z.boolean().optional() }).strict().optional(),
    audit: z
      .object({ max_length: z.number().int().min(100).optional(), max_age: duration.optional() })
      .strict()
      .optional(),
    log: z.object({ level: z.enum(['error', 'warn', 'info', 'debug']).optional() }).strict().optional(),
    scan: z.object({ private_ips: z.enum(['report', 'ignore']).optional() }).strict().optional(),
  })
  .strict();

/** The parsed file config (before env overrides and defaults). */
export type FileConfig = z.infer<typeof fileConfigSchema>;
