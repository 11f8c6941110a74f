import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Engagement, OrganizationMap } from '../../api/models';

/** Portland, from the Willamette to the county line: where the map opens before it fits its data. */
export const CITY_BOUNDS: [[number, number], [number, number]] = [
  [-122.84, 45.43],
  [-122.47, 45.65],
];

/**
 * The default base map: no tiles, only a background. Boundaries and engagements are layers drawn from
 * the registry and the API, so the map works offline and under the app's CSP. A city may set
 * VITE_MAP_STYLE_URL at build to draw them over its own tiles instead.
 */
export const mapStyle = (): StyleSpecification | string =>
  import.meta.env.VITE_MAP_STYLE_URL || { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f7f9fa' } }] };

export const isOwnStyle = (): boolean => !import.meta.env.VITE_MAP_STYLE_URL;

export interface EngagementPointProperties {
  id: string;
  title: string;
  status: string;
}

/** The engagements that have a place on the map, as points; an online-only one has none. */
export function engagementPoints(engagements: Engagement[]): FeatureCollection<Point, EngagementPointProperties> {
  return {
    type: 'FeatureCollection',
    features: engagements
      .filter((e) => typeof e.location.lat === 'number' && typeof e.location.lon === 'number')
      .map((e) => ({
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.location.lon!, e.location.lat!] },
        properties: { id: e.id, title: e.title, status: e.status },
      })),
  };
}

/** The registry's features with a boundary (a district or association without one has nothing to draw). */
export const withBoundary = (map: OrganizationMap | undefined): FeatureCollection =>
  ({ type: 'FeatureCollection', features: (map?.features ?? []).filter((f) => f.geometry && f.geometry.type !== 'Point') }) as FeatureCollection;

const off = ['match', ['get', 'status'], ['cancelled', 'postponed'], true, false];

/**
 * The layers over the base map: neighborhood associations as light areas, council districts as
 * heavier dashed lines, engagements as points. Status shows in form, not colour alone: a scheduled
 * engagement is a filled dot, a postponed or cancelled one a hollow ring (and the list says so in words).
 */
export const OVERLAY_LAYERS = [
  { id: 'neighborhoods-fill', type: 'fill', source: 'neighborhoods', paint: { 'fill-color': '#d9e8f6', 'fill-opacity': 0.45 } },
  { id: 'neighborhoods-line', type: 'line', source: 'neighborhoods', paint: { 'line-color': '#73b3e7', 'line-width': 1 } },
  { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#162e51', 'line-width': 2.5, 'line-dasharray': [3, 2] } },
  {
    id: 'engagements',
    type: 'circle',
    source: 'engagements',
    paint: {
      'circle-radius': ['case', off, 6, 7],
      'circle-color': ['case', off, '#ffffff', ['match', ['get', 'status'], 'held', '#00687d', 'draft', '#565c65', '#005ea2']],
      'circle-stroke-color': ['match', ['get', 'status'], 'cancelled', '#b50909', 'postponed', '#936f38', '#ffffff'],
      'circle-stroke-width': ['case', off, 3, 2],
    },
  },
] as const;
