/** Default Open Civic Data style identifier for an organization; council districts use their division id instead. */
export function defaultOcdId(kind: string, slug: string): string {
  return `ocd-organization/country:us/state:or/place:portland/${kind}:${slug}`;
}
