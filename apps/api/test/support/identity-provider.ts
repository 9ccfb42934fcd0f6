import { join } from 'node:path';
import { freePort } from './ports.js';
import { startUntilReady } from './ready-process.js';

export interface IdpAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the real OpenID Connect provider (support/idp-process.mjs) as its own process on loopback. */
export async function startIdentityProvider(options: { redirectUris: string[]; accounts: Record<string, IdpAccount> }): Promise<IdentityProvider> {
  const port = await freePort();
  const clientId = 'thinline-test';
  const clientSecret = 'a-client-secret-for-the-tests-only';
  const { child, output, exited } = await startUntilReady('the identity provider', join(import.meta.dirname ?? process.cwd(), 'idp-process.mjs'), {
    env: {
      IDP_PORT: String(port),
      IDP_CLIENT_ID: clientId,
      IDP_CLIENT_SECRET: clientSecret,
      IDP_REDIRECT_URIS: options.redirectUris.join(','),
      IDP_ACCOUNTS: JSON.stringify(options.accounts),
    },
    readyText: 'identity provider ready',
    timeoutMs: 15000,
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A browser stand-in across two sites: cookies kept per origin, redirects followed by hand. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, { method: init.method ?? 'GET', headers, body: init.form ? new URLSearchParams(init.form).toString() : undefined, redirect: 'manual' });
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      const expired = /expires=Thu, 01 Jan 1970/i.test(set) || /max-age=0\b/i.test(set) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(origin, jar);
    return res;
  }

  /** Follows redirects from `url` until a page that is not a redirect, or a URL `stopAt` accepts (not requested). */
  async follow(url: string, stopAt: (u: URL) => boolean = () => false): Promise<{ url: string; res: Response | null }> {
    let current = url;
    for (let hops = 0; hops < 20; hops++) {
      if (stopAt(new URL(current))) return { url: current, res: null };
      const res = await this.request(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, res };
      current = new URL(location, current).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/**
 * Signs in at the provider the way a person does on its pages: the login form (login and
 * password), then the consent form, until the provider redirects to `callbackPrefix`.
 * Returns that callback URL, not yet opened.
 */
export async function passProviderPages(browser: Browser, authorizationUrl: string, login: string, callbackPrefix: string): Promise<string> {
  const atCallback = (u: URL) => u.href.startsWith(callbackPrefix);
  let step = await browser.follow(authorizationUrl, atCallback);
  for (let pages = 0; pages < 4 && step.res; pages++) {
    const html = await step.res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form on the provider's page ${step.url}:\n${html.slice(0, 500)}`);
    const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt };
    const posted = await browser.request(new URL(action.replace(/&amp;/g, '&'), step.url).href, { method: 'POST', form });
    const next = posted.headers.get('location');
    if (!next) throw new Error(`the provider did not redirect after the ${prompt} form (${posted.status}): ${(await posted.text()).slice(0, 300)}`);
    step = await browser.follow(new URL(next, step.url).href, atCallback);
  }
  if (step.res) throw new Error(`never reached ${callbackPrefix}; last page ${step.url}`);
  return step.url;
}
