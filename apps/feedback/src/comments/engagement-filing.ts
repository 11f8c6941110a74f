import type { FieldError } from '#libs/contracts';

/** Who files comments: the bureau they are for, and whether the caller is staff (coordinator or admin) or that bureau. */
export interface Filer {
  bureau: string;
  staff: boolean;
}

/** A comment's engagement, and the field that names it (`comments.3.engagementId`, `row 4.engagementId`, `engagementId`). */
export interface NamedEngagement {
  field: string;
  engagementId: string;
}

export interface FilingRefusal {
  status: 403 | 422;
  problems: FieldError[];
}

/**
 * Comments go only under an engagement feedback knows, and a bureau files only under its own bureau's; coordinators
 * and admins under any. `known` is feedback's copy of scheduling's engagements (id to bureau), which runs moments
 * behind scheduling: an engagement created just now may not be in it yet, and says so. One problem per engagement,
 * at the first field naming it; 403 when any belongs to another bureau, else 422.
 */
export function filingRefusal(named: readonly NamedEngagement[], known: ReadonlyMap<string, string>, filer: Filer): FilingRefusal | null {
  const byEngagement = new Map<string, { field: string; count: number }>();
  for (const { field, engagementId } of named) {
    const seen = byEngagement.get(engagementId);
    if (seen) seen.count++;
    else byEngagement.set(engagementId, { field, count: 1 });
  }
  let forbidden = false;
  const problems: FilingRefusal['problems'] = [];
  for (const [id, { field, count }] of byEngagement) {
    const others = count > 1 ? ` (${count} comments name it)` : '';
    const owner = known.get(id);
    if (owner === undefined) {
      problems.push({ field, rule: 'knownEngagement', message: `engagement ${id} is not known${others}; name an engagement scheduling has published (one published a moment ago may take a few seconds to reach feedback: try again shortly)` });
    } else if (!filer.staff && owner !== filer.bureau) {
      forbidden = true;
      problems.push({ field, rule: 'ownBureauEngagement', message: `engagement ${id} belongs to ${owner}${others}; a bureau files comments only under its own engagements, not another bureau's` });
    }
  }
  return problems.length === 0 ? null : { status: forbidden ? 403 : 422, problems };
}
