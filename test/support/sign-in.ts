/** Cookies as a browser keeps them for one origin: name to value, set and cleared by answers. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export interface Hop {
  status: number;
  url: string;
  location: string | null;
  text: string;
}

/** A GET or form POST as a browser sends it, following redirects, keeping cookies; answers each hop. */
export async function browse(jar: CookieJar, url: string, form?: Record<string, string>): Promise<Hop[]> {
  const hops: Hop[] = [];
  let next: string | null = url;
  let body: URLSearchParams | undefined = form ? new URLSearchParams(form) : undefined;
  while (next && hops.length < 12) {
    const res: Response = await fetch(next, { method: body ? 'POST' : 'GET', redirect: 'manual', headers: { cookie: jar.header(), accept: 'text/html' }, body });
    jar.take(res);
    const location = res.headers.get('location');
    hops.push({ status: res.status, url: next, location, text: await res.text() });
    next = location && res.status >= 300 && res.status < 400 ? new URL(location, next).href : null;
    body = undefined;
  }
  return hops;
}

/** Signs in to the demo provider as a browser does: start, the provider's page, its form, back at the callback. */
export async function signInAsDemo(base: string, staff: string, password: string, returnTo = '/'): Promise<{ jar: CookieJar; hops: Hop[] }> {
  const jar = new CookieJar();
  const toPage = await browse(jar, `${base}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const page = toPage.at(-1)!;
  const uid = /action="\/oidc\/interaction\/([^"]+)"/.exec(page.text)?.[1];
  if (!uid) throw new Error(`no demo sign-in form at ${page.url} (${page.status}): ${page.text.slice(0, 300)}`);
  const hops = await browse(jar, `${base}/oidc/interaction/${uid}`, { staff, password });
  return { jar, hops: [...toPage, ...hops] };
}
