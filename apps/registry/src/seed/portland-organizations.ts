import pointOnFeature from '@turf/point-on-feature';
import type { Boundary, LonLat } from '#libs/contracts';
import { normalizedBoundary, normalizedPosition } from '../boundaries/boundary-normalization.js';
import { boundaryProblems } from '../boundaries/boundary-validation.js';
import { councilDistrictsOf, type CouncilDistrictBoundary } from '../boundaries/council-districts.js';
import { defaultOcdId } from '../organizations/ocd-id.js';
import type { GeoFeature, NeighborhoodFeatureProperties, PortlandData } from './portland-data.js';
import type { SeedOrganization } from './seed-organization.js';
import { slugify } from './slug.js';

/**
 * Portland's organizations as the shipped data describes them, parents before children: the
 * seven district offices, the four council districts, the 94 neighborhood associations, the
 * business districts and the bureaus.
 */
export function portlandOrganizations(data: PortlandData): SeedOrganization[] {
  const districts: CouncilDistrictBoundary[] = data.councilDistricts.map((f) => ({
    district: String(f.properties.district),
    boundary: checkedBoundary(f.geometry, f.properties.name),
  }));
  const none = { parentOcdId: null, councilDistricts: [], boundary: null, representativePoint: null, website: null, bureauCode: null, serviceArea: null };

  const coalitionOcdIds = new Map<string, string>();
  const coalitions: SeedOrganization[] = data.coalitions.map((c) => {
    const slug = slugify(c.name);
    const ocdId = defaultOcdId('district_coalition', slug);
    coalitionOcdIds.set(c.code, ocdId);
    return { ...none, ocdId, slug, kind: 'district_coalition', name: c.name };
  });

  const councilDistricts: SeedOrganization[] = data.councilDistricts.map((f, i) => ({
    ...none,
    ocdId: f.properties.ocd_id,
    slug: `council-district-${f.properties.district}`,
    kind: 'council_district',
    name: f.properties.name,
    councilDistricts: [districts[i].district],
    boundary: districts[i].boundary,
    representativePoint: pointOn(districts[i].boundary),
  }));

  const polygons = neighborhoodPolygons(data);
  const associations: SeedOrganization[] = data.neighborhoodAssociations.map((na) => {
    const parentOcdId = coalitionOcdIds.get(na.COALIT);
    if (!parentOcdId) throw new Error(`neighborhood association ${na.NAME} names coalition ${na.COALIT}, which coalitions.csv lacks`);
    const { own, shared } = polygons.get(na.NAME) ?? { own: [], shared: [] };
    if (own.length + shared.length === 0) throw new Error(`neighborhood association ${na.NAME} has no polygon in neighborhoods.geojson`);
    const boundary = checkedBoundary(union([...own, ...shared]), na.NAME);
    const slug = slugify(na.MAPLABEL);
    return {
      ...none,
      ocdId: defaultOcdId('neighborhood_association', slug),
      slug,
      kind: 'neighborhood_association',
      name: na.MAPLABEL,
      parentOcdId,
      councilDistricts: councilDistrictsOf(boundary, districts),
      boundary,
      // On its own area where it has one, so the point is not in an area it shares.
      representativePoint: pointOn(union(own.length > 0 ? own : shared)),
    };
  });

  const taken = new Set([...coalitions, ...councilDistricts, ...associations].map((o) => o.slug));
  const businessDistricts: SeedOrganization[] = data.businessDistricts.map((f) => {
    const boundary = checkedBoundary(f.geometry, f.properties.name);
    const named = slugify(f.properties.name);
    // "Old Town Community Association" and "Woodlawn" also name neighborhood associations.
    const slug = taken.has(named) ? `${named}-business-district` : named;
    return {
      ...none,
      ocdId: defaultOcdId('business_district_association', slug),
      slug,
      kind: 'business_district_association',
      name: f.properties.name,
      councilDistricts: councilDistrictsOf(boundary, districts),
      boundary,
      representativePoint: normalizedPosition(f.properties.representative_point),
      website: f.properties.website,
    };
  });

  // A coalition works in the districts of its neighborhood associations.
  for (const coalition of coalitions) {
    const touched = new Set(associations.filter((a) => a.parentOcdId === coalition.ocdId).flatMap((a) => a.councilDistricts));
    coalition.councilDistricts = [...touched].sort();
  }

  const bureaus: SeedOrganization[] = data.bureaus.map((b) => {
    const slug = slugify(b.name);
    return { ...none, ocdId: defaultOcdId('bureau', slug), slug, kind: 'bureau', name: b.name, bureauCode: b.code, serviceArea: b.service_area };
  });

  return [...coalitions, ...councilDistricts, ...associations, ...businessDistricts, ...bureaus];
}

type PolygonRings = number[][][];

/**
 * Each association's polygons: its own (SHARED=N, matched by NAME) and the overlap polygons it
 * shares with a neighbor (SHARED=Y, named "A/B"), which belong to both. Overlap names abbreviate
 * ("SABIN COMMUNITY ASSN.", "ARGAY"), so a part matches a name exactly or as its first words.
 */
export function neighborhoodPolygons(data: PortlandData): Map<string, { own: PolygonRings[]; shared: PolygonRings[] }> {
  const names = data.neighborhoodAssociations.map((na) => na.NAME);
  const byName = new Map(names.map((name) => [name, { own: [] as PolygonRings[], shared: [] as PolygonRings[] }]));
  for (const feature of data.neighborhoods) {
    const { NAME, SHARED } = feature.properties;
    if (SHARED === 'N') {
      byName.get(NAME)?.own.push(...polygonsOf(feature));
      continue;
    }
    for (const part of NAME.split('/')) {
      const name = associationNamed(part, names);
      if (!name) throw new Error(`overlap polygon "${NAME}": no neighborhood association is named "${part}"`);
      byName.get(name)!.shared.push(...polygonsOf(feature));
    }
  }
  return byName;
}

function associationNamed(part: string, names: string[]): string | undefined {
  const wanted = part.trim().replace(/\bASSN\.$/, 'ASSOCIATION');
  if (names.includes(wanted)) return wanted;
  const starting = names.filter((n) => n.startsWith(`${wanted} `));
  return starting.length === 1 ? starting[0] : undefined;
}

function polygonsOf(feature: GeoFeature<NeighborhoodFeatureProperties>): PolygonRings[] {
  const { type, coordinates } = feature.geometry;
  return type === 'MultiPolygon' ? (coordinates as PolygonRings[]) : [coordinates as PolygonRings];
}

function union(polygons: PolygonRings[]): Boundary {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

function checkedBoundary(geometry: unknown, name: string): Boundary {
  const problems = boundaryProblems(geometry);
  if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
  return normalizedBoundary(geometry as Boundary);
}

function pointOn(boundary: Boundary): LonLat {
  const [lon, lat] = pointOnFeature(boundary).geometry.coordinates;
  return normalizedPosition([lon, lat]);
}
