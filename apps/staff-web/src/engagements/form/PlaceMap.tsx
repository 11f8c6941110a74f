import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { maplibregl } from '../map/maplibre';
import { OVERLAY_LAYERS, withBoundary } from '../map/map-style';
import { setSourceData, useMapLibre } from '../map/useMapLibre';
import { useBoundaries } from '../queries';

/** About a metre: more would claim a precision no one dragging a pin has. */
const round = (n: number): string => String(Math.round(n * 1e5) / 1e5);

/**
 * A small map whose pin sets the place's latitude and longitude: drag it, or click where the
 * engagement is. The latitude and longitude inputs beside it do the same for keyboard users.
 */
export function PlaceMap({ lat, lon, onMove }: { lat: string; lon: string; onMove(lat: string, lon: string): void }) {
  const { t } = useTranslation('form');
  const { container, map } = useMapLibre();
  const neighborhoods = useBoundaries('neighborhood_association');
  const marker = useRef<maplibregl.Marker | null>(null);
  const moved = useRef(onMove);
  useEffect(() => {
    moved.current = onMove;
  }, [onMove]);

  useEffect(() => {
    if (!map) return;
    setSourceData(map, 'neighborhoods', withBoundary(neighborhoods.data));
    for (const layer of OVERLAY_LAYERS.filter((l) => l.source === 'neighborhoods')) if (!map.getLayer(layer.id)) map.addLayer(layer as maplibregl.AddLayerObject);
  }, [map, neighborhoods.data]);

  useEffect(() => {
    if (!map) return;
    const pin = new maplibregl.Marker({ draggable: true, color: '#b50909' });
    pin.on('dragend', () => {
      const at = pin.getLngLat();
      moved.current(round(at.lat), round(at.lng));
    });
    const clicked = (event: maplibregl.MapMouseEvent) => moved.current(round(event.lngLat.lat), round(event.lngLat.lng));
    map.on('click', clicked);
    marker.current = pin;
    return () => {
      map.off('click', clicked);
      pin.remove();
      marker.current = null;
    };
  }, [map]);

  // The pin follows the inputs (typed, picked from a neighborhood, or dragged).
  useEffect(() => {
    const pin = marker.current;
    if (!map || !pin) return;
    const [y, x] = [Number(lat), Number(lon)];
    if (lat.trim() === '' || lon.trim() === '' || !Number.isFinite(y) || !Number.isFinite(x)) {
      pin.remove();
      return;
    }
    pin.setLngLat([x, y]).addTo(map);
    if (!map.getBounds().contains([x, y])) map.easeTo({ center: [x, y] });
  }, [map, lat, lon]);

  return <div ref={container} className="staff-place-map" role="region" aria-label={t('place.mapLabel')} />;
}
