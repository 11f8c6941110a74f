import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Where setupOpenApi serves Swagger UI and its document (`/docs`, `/docs-json`, its scripts under `/docs/`). */
const DOCS_PATH = '/docs';

/**
 * helmet's security headers on every answer (nosniff, frame and referrer policies, HSTS behind
 * TLS, no `X-Powered-By`), with its default Content-Security-Policy less `upgrade-insecure-requests`,
 * which would send the forms of a plain-HTTP gateway (`npm start`) to an https that is not there.
 * The pages that set their own policy (the staff web app, the dashboard, a synthesis report) replace it; Swagger UI
 * keeps none, as it had.
 */
export function useSecurityHeaders(app: INestApplication): void {
  const withPolicy = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  const withoutPolicy = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith(DOCS_PATH) ? withoutPolicy : withPolicy)(req, res, next));
}

/**
 * A synthesis report holds residents' words: nothing in it may run, load, submit or be framed.
 * `sandbox` also stops scripts should a quote ever slip past escaping.
 */
export const REPORT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
