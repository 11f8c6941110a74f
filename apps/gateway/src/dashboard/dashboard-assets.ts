import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '#libs/messaging';

/** A file of the dashboard as it is served. */
export interface DashboardAsset {
  contentType: string;
  body: string;
}

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'dashboard.js': 'text/javascript; charset=utf-8',
  'dashboard.css': 'text/css; charset=utf-8',
};

/**
 * The page may load only its own script and style and talk only to this gateway: no inline code,
 * no frames, so a title or reason someone typed can never run as script.
 */
export const DASHBOARD_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The dashboard's files, from apps/gateway/dashboard in the project, read once. */
export function readDashboardAssets(dir = projectPath(import.meta.url, 'apps', 'gateway', 'dashboard')): Map<string, DashboardAsset> {
  return new Map(Object.entries(FILES).map(([name, contentType]) => [name, { contentType, body: readFileSync(join(dir, name), 'utf8') }]));
}
