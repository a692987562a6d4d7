/** HTTP calls as the web page makes them: the session cookie kept, the CSRF token it was given sent with changes. */
export class SessionClient {
  cookie = '';
  csrf: string | null = null;
  constructor(private readonly base: string) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const raw = body instanceof Uint8Array;
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': raw ? 'application/pdf' : 'application/json' }),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    return response;
  }

  async signIn(login: string, password: string): Promise<Response> {
    const response = await this.call('POST', '/api/session', { login, password });
    if (response.ok) this.csrf = ((await response.clone().json()) as { csrf: string }).csrf;
    return response;
  }

  change(method: string, path: string, body?: unknown): Promise<Response> {
    return this.call(method, path, body, this.csrf ? { 'X-CSRF-Token': this.csrf } : {});
  }
}
