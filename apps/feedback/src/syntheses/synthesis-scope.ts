import { COUNCIL_DISTRICT, type AlertScope } from '#libs/contracts';
import type { Synthesis } from './synthesis.entity.js';

/** Who a synthesis concerns, for its events: the bureaus and districts of its comments once known, else of its scope. */
export function progressScope(synthesis: Synthesis, severity: AlertScope['severity'] = 'info'): AlertScope {
  const bureaus = synthesis.result?.bureaus ?? [synthesis.scope.bureau ?? synthesis.requestedBy].filter((b): b is string => !!b);
  const councilDistricts = synthesis.result?.councilDistricts ?? (synthesis.scope.councilDistrict ? [synthesis.scope.councilDistrict] : []);
  return { bureaus, councilDistricts: councilDistricts.filter((d) => COUNCIL_DISTRICT.test(d)), organizationIds: [], severity };
}
