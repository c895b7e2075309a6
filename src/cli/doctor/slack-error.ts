/** The Slack error code of a failed call (`invalid_auth`, `channel_not_found`…), or a transport description. */
export function slackError(e: unknown): { code: string; transport: boolean } {
  const err = e as { code?: string; data?: { error?: string }; statusCode?: number; original?: { message?: string } };
  if (err.data?.error) return { code: err.data.error, transport: false };
  if (err.statusCode) return { code: `HTTP ${err.statusCode}`, transport: true };
  return { code: err.original?.message ?? (e as Error).message ?? 'error', transport: true };
}
