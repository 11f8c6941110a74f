import { Button } from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Engagement } from '../../api/models';
import { cityMidnight, cityDay, formatPeriod } from '../city-time';
import { placeOf } from '../EngagementTable';
import type { EngagementFilters } from '../filters';
import { useBoundaries, useEngagementsInRange } from '../queries';
import { RangeSummary } from '../RangeSummary';
import { StatusTag } from '../StatusTag';
import type { maplibregl } from './maplibre';
import { maplibregl as gl } from './maplibre';
import { engagementPoints, OVERLAY_LAYERS, withBoundary, type EngagementPointProperties } from './map-style';
import { setSourceData, useMapLibre } from './useMapLibre';

const LEGEND = [
  ['scheduled', 'map.keyScheduled'],
  ['off', 'map.keyOff'],
  ['district', 'map.keyDistrict'],
  ['neighborhood', 'map.keyNeighborhood'],
] as const;

/** A popup's content, built as elements (never HTML from text), its link moving within the app. */
function popupContent(point: EngagementPointProperties, statusWord: string, open: (id: string) => void): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = `/engagements/${point.id}`;
  link.className = 'usa-link staff-engagement-link';
  link.textContent = point.title;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(point.id);
  });
  const status = document.createElement('span');
  status.className = `staff-status staff-status--${point.status}`;
  status.textContent = statusWord;
  box.append(link, document.createElement('br'), status);
  return box;
}

/**
 * Engagements as points over the neighborhood associations and council districts, with the same
 * list beside the map in words, for keyboard and screen-reader users and for anyone comparing.
 */
export function EngagementMap({ filters }: { filters: EngagementFilters }) {
  const { t } = useTranslation('engagements');
  const location = useLocation();
  const navigate = useNavigate();
  const back = `${location.pathname}${location.search}`;
  // Without a date filter the map shows what is coming, not every engagement ever held.
  const dated = Boolean(filters.from || filters.to);
  const range = useMemo(() => (dated ? {} : { from: cityMidnight(cityDay(new Date())) }), [dated]);
  const found = useEngagementsInRange(filters, range);
  const neighborhoods = useBoundaries('neighborhood_association');
  const districts = useBoundaries('council_district');
  const { container, map } = useMapLibre();
  const popup = useRef<maplibregl.Popup | null>(null);
  const items = useMemo(() => found.data?.items ?? [], [found.data]);
  const points = useMemo(() => engagementPoints(items), [items]);
  const open = (id: string) => void navigate(`/engagements/${id}`, { state: { back } });

  useEffect(() => {
    if (!map) return;
    setSourceData(map, 'neighborhoods', withBoundary(neighborhoods.data));
    setSourceData(map, 'districts', withBoundary(districts.data));
    setSourceData(map, 'engagements', points);
    for (const layer of OVERLAY_LAYERS) if (!map.getLayer(layer.id)) map.addLayer(layer as maplibregl.AddLayerObject);
  }, [map, neighborhoods.data, districts.data, points]);

  const showPopup = (point: EngagementPointProperties, at: [number, number]) => {
    if (!map) return;
    popup.current?.remove();
    popup.current = new gl.Popup({ offset: 12, maxWidth: '18rem' }).setLngLat(at).setDOMContent(popupContent(point, t(`status.${point.status as 'scheduled'}`), open)).addTo(map);
  };

  // Registered again each render, so a click opens with the address of the view as it is now.
  useEffect(() => {
    if (!map) return;
    const clicked = (event: maplibregl.MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (!feature || feature.geometry.type !== 'Point') return;
      showPopup(feature.properties as EngagementPointProperties, feature.geometry.coordinates as [number, number]);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const plain = () => (map.getCanvas().style.cursor = '');
    map.on('click', 'engagements', clicked);
    map.on('mouseenter', 'engagements', pointer);
    map.on('mouseleave', 'engagements', plain);
    return () => {
      map.off('click', 'engagements', clicked);
      map.off('mouseenter', 'engagements', pointer);
      map.off('mouseleave', 'engagements', plain);
    };
  });

  const showOnMap = (engagement: Engagement) => {
    const at: [number, number] = [engagement.location.lon!, engagement.location.lat!];
    map?.flyTo({ center: at, zoom: Math.max(map.getZoom(), 13) });
    showPopup({ id: engagement.id, title: engagement.title, status: engagement.status }, at);
  };

  const placed = new Set(points.features.map((f) => f.properties.id));
  return (
    <section aria-labelledby="results-summary" aria-busy={found.isFetching} className="staff-results">
      <RangeSummary found={found} period={dated ? t('map.periodFiltered') : t('map.periodUpcoming')} />
      <div className="staff-map-layout">
        <div className="staff-map-frame">
          <div ref={container} className="staff-map" role="region" aria-label={t('map.region')} />
          <ul className="staff-map-legend" aria-label={t('map.legend')}>
            {LEGEND.map(([key, words]) => (
              <li key={key}>
                <span className={`staff-map-key staff-map-key--${key}`} aria-hidden="true" /> {t(words)}
              </li>
            ))}
          </ul>
        </div>
        <div className="staff-map-list">
          <h3 className="staff-map-list__title">{t('map.listTitle')}</h3>
          {found.isSuccess && items.length === 0 && <p>{t('noneFound')}</p>}
          <ol className="usa-list usa-list--unstyled" aria-label={t('map.listTitle')}>
            {items.map((engagement) => (
              <li key={engagement.id} className={`staff-map-item${engagement.status === 'cancelled' ? ' staff-row--cancelled' : ''}`}>
                <Link to={`/engagements/${engagement.id}`} state={{ back }} className="usa-link staff-engagement-link">
                  {engagement.title}
                </Link>
                <span className="staff-subtle">{formatPeriod(engagement.startsAt, engagement.endsAt)}</span>
                <span className="staff-subtle">{placeOf(engagement)}</span>
                <span className="staff-map-item__actions">
                  <StatusTag status={engagement.status} />
                  {placed.has(engagement.id) ? (
                    <Button type="button" unstyled onClick={() => showOnMap(engagement)} aria-label={t('map.showNamed', { title: engagement.title })}>
                      {t('map.show')}
                    </Button>
                  ) : (
                    <span className="staff-subtle">{t('map.notPlaced')}</span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
