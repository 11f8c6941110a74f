import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '#libs/messaging';
import { parseCsv } from './csv.js';

export interface GeoFeature<P> {
  properties: P;
  geometry: { type: string; coordinates: unknown };
}

export interface NeighborhoodFeatureProperties {
  NAME: string;
  SHARED: 'Y' | 'N';
  COALIT: string;
}

export interface CouncilDistrictFeatureProperties {
  district: number;
  name: string;
  ocd_id: string;
}

export interface BusinessDistrictFeatureProperties {
  name: string;
  website: string | null;
  representative_point: [number, number];
}

/** The Portland files shipped in apps/registry/data/portland (see its SOURCE.txt), parsed. */
export interface PortlandData {
  neighborhoodAssociations: Array<{ NAME: string; MAPLABEL: string; COALIT: string }>;
  coalitions: Array<{ code: string; name: string; kind: string }>;
  bureaus: Array<{ code: string; name: string; service_area: string }>;
  neighborhoods: GeoFeature<NeighborhoodFeatureProperties>[];
  councilDistricts: GeoFeature<CouncilDistrictFeatureProperties>[];
  businessDistricts: GeoFeature<BusinessDistrictFeatureProperties>[];
}

/** apps/registry/data/portland under the project root, from the TypeScript source or from dist/ alike. */
export function portlandDataDir(fromModule = import.meta.url): string {
  return projectPath(fromModule, 'apps', 'registry', 'data', 'portland');
}

export function readPortlandData(dir = portlandDataDir()): PortlandData {
  const text = (file: string) => readFileSync(join(dir, file), 'utf8');
  const features = <P>(file: string) => (JSON.parse(text(file)) as { features: GeoFeature<P>[] }).features;
  return {
    neighborhoodAssociations: parseCsv(text('neighborhood_associations.csv')) as PortlandData['neighborhoodAssociations'],
    coalitions: parseCsv(text('coalitions.csv')) as PortlandData['coalitions'],
    bureaus: parseCsv(text('bureaus.csv')) as PortlandData['bureaus'],
    neighborhoods: features<NeighborhoodFeatureProperties>('neighborhoods.geojson'),
    councilDistricts: features<CouncilDistrictFeatureProperties>('council_districts.geojson'),
    businessDistricts: features<BusinessDistrictFeatureProperties>('business_districts.geojson'),
  };
}
