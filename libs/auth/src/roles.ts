import { BUREAU_CODE } from '#libs/contracts';

/** What a key may do: a bureau publishes for itself, coordination staff read across bureaus, admins run the platform. */
export const RoleNames = ['bureau', 'coordinator', 'admin'] as const;
export type Role = (typeof RoleNames)[number];

/** What each role is for, in the words a person issuing a key needs. */
export const RoleDescriptions: Record<Role, string> = {
  bureau: "speaks for one bureau (--bureau CODE): publishes and changes that bureau's engagements and comments",
  coordinator: "the Engagement Officer's team and district coalitions: reads across bureaus, personal data included",
  admin: 'the platform team: organizations, keys and everything a coordinator may do',
};

export function isRole(value: unknown): value is Role {
  return (RoleNames as readonly unknown[]).includes(value);
}

/** Who a key is issued to: a role, and the bureau it speaks for when the role is `bureau`. */
export interface KeyGrant {
  role: Role;
  bureauCode: string | null;
  label: string | null;
}

/** Why a role and bureau code cannot go together on one key, or null when they can. */
export function grantProblem(role: Role, bureauCode: string | null): string | null {
  if (role === 'bureau') {
    if (!bureauCode) return 'role bureau needs the code of the bureau the key speaks for, e.g. PBOT';
    if (!BUREAU_CODE.test(bureauCode)) return `"${bureauCode}" is not a bureau code: 2-8 capital letters or &, e.g. PBOT`;
    return null;
  }
  return bureauCode ? `role ${role} is not scoped to a bureau, so it takes no bureau code` : null;
}

/** Personal data (contacts, commenter identity, demographics) is for coordination staff and admins only. */
export function seesPersonalData(role: Role): boolean {
  return role === 'coordinator' || role === 'admin';
}
