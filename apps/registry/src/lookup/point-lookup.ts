import type { LookupResponse, OrganizationRecord } from '#libs/contracts';
import { BoundaryIndex } from '#libs/geo';
import type { Organization } from '../organizations/organization.entity.js';
import { toRecord } from '../organizations/organization.service.js';

/** Kinds whose own boundary answers a lookup; a coalition is found through its associations. */
const MAPPED_KINDS = new Set(['neighborhood_association', 'council_district', 'business_district_association']);

/** The organizations containing a point, from one snapshot of the registry. */
export class PointLookup {
  private readonly index: BoundaryIndex<OrganizationRecord>;
  private readonly byId: Map<string, OrganizationRecord>;

  constructor(organizations: Organization[]) {
    // Answers leave boundaries out: a council district's alone is hundreds of kilobytes.
    const summaries = organizations.filter((o) => o.status !== 'archived').map((o) => ({ organization: o, record: { ...toRecord(o), boundary: undefined } }));
    this.byId = new Map(summaries.map(({ record }) => [record.id, record]));
    this.index = new BoundaryIndex(
      summaries.filter(({ organization: o }) => o.boundary && MAPPED_KINDS.has(o.kind)).map(({ organization, record }) => ({ value: record, boundary: organization.boundary! })),
    );
  }

  at(lat: number, lon: number): LookupResponse {
    const found = this.index.containing(lon, lat);
    const ofKind = (kind: string) => found.filter((o) => o.kind === kind).sort((a, b) => a.name.localeCompare(b.name));
    const neighborhoodAssociations = ofKind('neighborhood_association');
    const coalitionIds = new Set(neighborhoodAssociations.map((na) => na.parentId).filter((id): id is string => !!id));
    return {
      neighborhoodAssociations,
      districtCoalitions: [...coalitionIds].map((id) => this.byId.get(id)).filter((o): o is OrganizationRecord => o?.kind === 'district_coalition'),
      councilDistricts: ofKind('council_district'),
      businessDistricts: ofKind('business_district_association'),
    };
  }
}
