// MapLibre's build for a strict Content-Security-Policy: the same API as the package's main file.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
  export * from 'maplibre-gl';
}
