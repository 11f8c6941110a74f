import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maplibregl } from './maplibre';
import { CITY_BOUNDS, isOwnStyle, mapStyle } from './map-style';

/**
 * A MapLibre map in the element the ref is given to, made once and removed with the component;
 * `ready` turns true when its style has loaded and layers may be added.
 */
export function useMapLibre() {
  const { t } = useTranslation('engagements');
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const created = new maplibregl.Map({
      container: container.current,
      style: mapStyle(),
      bounds: CITY_BOUNDS,
      attributionControl: isOwnStyle() ? false : { compact: true },
      // Its canvas and buttons speak the app's language.
      locale: { 'Map.Title': t('map.canvas'), 'NavigationControl.ZoomIn': t('map.zoomIn'), 'NavigationControl.ZoomOut': t('map.zoomOut'), 'NavigationControl.ResetBearing': t('map.north') },
      cooperativeGestures: false,
    });
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.on('load', () => setReady(true));
    setMap(created);
    return () => {
      setReady(false);
      setMap(null);
      created.remove();
    };
    // Made once: the words above are read at the start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { container, map: ready ? map : null };
}

/** Sets (or adds, the first time) a GeoJSON source's data. */
export function setSourceData(map: maplibregl.Map, id: string, data: GeoJSON.GeoJSON): void {
  const source = map.getSource<maplibregl.GeoJSONSource>(id);
  if (source) source.setData(data);
  else map.addSource(id, { type: 'geojson', data });
}
