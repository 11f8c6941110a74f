import type { MembershipRecord, PersonRecord, PopoloContactDetail, PopoloExport, PopoloOrganization, OrganizationRecord } from '#libs/contracts';

/**
 * The registry as Popolo JSON (http://www.popoloproject.com/specs/): organizations, the people of
 * their memberships, and the memberships. Contact details of people appear only when the records
 * given carry them, which the service decides by the caller's role.
 */
export function popoloExport(organizations: OrganizationRecord[], persons: PersonRecord[], memberships: MembershipRecord[]): PopoloExport {
  return {
    organizations: organizations.map(popoloOrganization),
    persons: persons.map((p) => {
      const contacts: PopoloContactDetail[] = [];
      if (p.email) contacts.push({ type: 'email', value: p.email });
      if (p.phone) contacts.push({ type: 'voice', value: p.phone });
      return { id: p.id, name: p.name, ...(p.email ? { email: p.email } : {}), contact_details: contacts };
    }),
    memberships: memberships.map((m) => ({
      id: m.id,
      person_id: m.personId,
      organization_id: m.organizationId,
      role: m.role,
      ...(m.startDate ? { start_date: m.startDate } : {}),
      ...(m.endDate ? { end_date: m.endDate } : {}),
    })),
  };
}

function popoloOrganization(o: OrganizationRecord): PopoloOrganization {
  const contacts: PopoloContactDetail[] = o.publicEmail ? [{ type: 'email', label: 'public', value: o.publicEmail }] : [];
  const identifiers = [
    { scheme: 'ocd-id', identifier: o.ocdId },
    { scheme: 'slug', identifier: o.slug },
    ...(o.bureauCode ? [{ scheme: 'bureau-code', identifier: o.bureauCode }] : []),
  ];
  return {
    id: o.id,
    name: o.name,
    classification: o.kind,
    parent_id: o.parentId ?? null,
    identifiers,
    // Council districts are divisions themselves; other organizations name no Popolo area.
    area_id: o.ocdId.startsWith('ocd-division/') ? o.ocdId : null,
    contact_details: contacts,
    links: o.website ? [{ url: o.website, note: 'website' }] : [],
  };
}
