import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';

// The CSP build runs its worker from a file of this origin, not from a blob: URL the policy refuses.
maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
