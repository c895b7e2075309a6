/** The admin token these tests configure (HERALD_ADMIN_TOKEN). */
export const ADMIN = 'admin-token-routing-0123456789';

/** Call Herald's admin API with the admin token; JSON in and out. */
export async function adminApi(url: string, method: string, path: string, body?: unknown, token = ADMIN): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json };
}
