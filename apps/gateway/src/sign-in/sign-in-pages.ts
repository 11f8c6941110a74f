const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const BASE_STYLE = `body{font-family:"Source Sans Pro","Helvetica Neue",Arial,sans-serif;margin:0;color:#1b1b1b;background:#f0f0f0;line-height:1.5}
header{background:#162e51;color:#fff;padding:1rem 1.5rem;font-weight:700}
main{max-width:36rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:.25rem}
h1{font-size:1.75rem;margin-top:0}a{color:#005ea2}:focus{outline:.25rem solid #2491ff;outline-offset:0}`;

/** A page of the sign-in flow (the demo's sign-in, a refusal): plain HTML that works without the app. */
export function signInPage(title: string, body: string, style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Civic engagement platform</title><link rel="icon" href="/favicon.svg"><style>${BASE_STYLE}${style}</style></head><body><header>Civic engagement platform</header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
