import type { Role } from '#libs/auth';

/** Which groups give which role: the city's provider names them, the platform reads them. */
export interface GroupMapping {
  claim: string;
  adminGroup: string;
  coordinatorGroup: string;
  bureauGroupPrefix: string;
}

export type StaffRole = { role: Role; bureauCode: string | null } | { refused: string };

const BUREAU_CODE = /^[A-Z&]{2,8}$/;

/** The groups a claim lists: an array of names, or one text of names separated by spaces or commas. */
function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The role a person's groups give: admin over coordinator over one bureau's staffer. Several
 * bureaus, or none of the groups, is no role: a staffer speaks for one bureau.
 */
export function staffRoleOf(claims: Record<string, unknown>, mapping: GroupMapping): StaffRole {
  const groups = groupsOf(claims[mapping.claim]);
  if (groups.includes(mapping.adminGroup)) return { role: 'admin', bureauCode: null };
  if (groups.includes(mapping.coordinatorGroup)) return { role: 'coordinator', bureauCode: null };
  const bureaus = [...new Set(groups.filter((g) => g.startsWith(mapping.bureauGroupPrefix)).map((g) => g.slice(mapping.bureauGroupPrefix.length)))];
  const valid = bureaus.filter((code) => BUREAU_CODE.test(code));
  if (valid.length === 1) return { role: 'bureau', bureauCode: valid[0] };
  if (valid.length > 1) return { refused: `Your account is in the groups of several bureaus (${valid.join(', ')}); a staffer signs in for one. Ask your administrator to keep one.` };
  return {
    refused: `Your account is in none of the platform's groups (${mapping.adminGroup}, ${mapping.coordinatorGroup}, or ${mapping.bureauGroupPrefix} and a bureau code such as ${mapping.bureauGroupPrefix}PBOT). Ask your administrator to add you to one.`,
  };
}
