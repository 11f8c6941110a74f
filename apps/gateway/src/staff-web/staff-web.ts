import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { projectPath, SERVICE_LOGGER } from '#libs/messaging';

/**
 * The hash of an empty `<style>`: FullCalendar creates one and fills it through the CSSOM (which a
 * script of this origin may do anyway), so allowing it empty lets no style text in.
 */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The app may run only its own scripts and styles, load images and fonts from here and talk only to
 * this gateway: no inline code, no outside origin, no frames, so text someone typed into an
 * engagement can never run as script. `style-src` allows no attribute styles either. MapLibre's CSP
 * build runs its worker from a file here (`worker-src 'self'`); its stylesheet draws the map's
 * buttons as `data:` SVG images, and FullCalendar's embeds its icon font as a `data:` font (images
 * and fonts cannot run anything).
 */
export const STAFF_WEB_SECURITY_POLICY = `default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' ${EMPTY_STYLE}; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** Where the gateway's own routes live: the app's client routes never take their place. */
const GATEWAY_PATHS = ['/v1', '/docs', '/docs-json', '/health', '/metrics', '/dashboard', '/auth', '/oidc'];

/** Vite names every file under assets/ by a hash of its content: a new build is a new name. */
const HASHED = '/assets/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The built files by the URL path they are served at; only these are ever read, so no path escapes the folder. */
export function staffWebFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`/${relative(dir, path).split(sep).join('/')}`, path);
  }
  return files;
}

const isGatewayPath = (path: string): boolean => GATEWAY_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/** A page of the app a browser asks for: a navigation that wants HTML, to a path without a file extension. */
function isClientRoute(req: Request): boolean {
  return !isGatewayPath(req.path) && extname(req.path) === '' && (req.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the staff web app (`npm run build:web`, in dist/staff-web) at `/`: its files, and its
 * index.html for every client route so that a bookmarked or reloaded page opens. Everything else
 * goes on to the gateway's routes, and so to their 404 problem when there is none.
 */
export function serveStaffWeb(app: INestApplication, dir = projectPath(import.meta.url, 'dist', 'staff-web')): void {
  const files = staffWebFiles(dir);
  const index = files.get('/index.html');
  if (!index) {
    app.get<Logger>(SERVICE_LOGGER).warn({ dir }, 'the staff web app is not built (npm run build:web): / is not served');
    return;
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = req.path === '/index.html' ? undefined : files.get(req.path);
    if (file) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const cache = req.path.startsWith(HASHED) ? 'public, max-age=31536000, immutable' : 'no-cache';
      return res.sendFile(file, { headers: { 'Content-Type': type, 'Cache-Control': cache } }, (err) => err && next(err));
    }
    if (!isClientRoute(req)) return next();
    res.sendFile(
      index,
      // The page names its hashed files; a browser always asks whether it changed, so a new build shows at once.
      { headers: { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache', 'Content-Security-Policy': STAFF_WEB_SECURITY_POLICY } },
      (err) => err && next(err),
    );
  });
}
