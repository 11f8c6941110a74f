import type { SynthesisView, ThemeView } from '#libs/contracts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const STATUS_WORDS: Record<string, string> = { heard: 'Heard', under_consideration: 'Under consideration', adopted: 'Adopted', not_adopted: 'Not adopted' };

function topPlaces(counts: Record<string, number>, n = 5): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([place, count]) => `${place} (${count})`)
    .join(', ');
}

/** "What we heard" as a page a bureau can share with the community: themes, quotes (redacted) and the bureau's answers. */
export function reportHtml(view: SynthesisView): string {
  const theme = (t: ThemeView) => `
  <section class="theme">
    <h2>${escapeHtml(t.label)}</h2>
    <p class="size">${t.size} comments (${percent(t.share)}) · keyphrases: ${escapeHtml(t.keyphrases.join(', '))}</p>
    <p class="places">Council districts: ${escapeHtml(topPlaces(t.councilDistricts))}. Neighborhoods: ${escapeHtml(topPlaces(t.neighborhoods))}.</p>
    <ul class="quotes">${t.quotes.map((q) => `<li><blockquote>${escapeHtml(q.text)}</blockquote></li>`).join('')}</ul>
    ${
      t.response
        ? `<div class="response"><h3>${escapeHtml(STATUS_WORDS[t.response.status] ?? t.response.status)}</h3><p>${escapeHtml(t.response.response)}</p>${
            t.response.reason ? `<p class="reason">Why: ${escapeHtml(t.response.reason)}</p>` : ''
          }</div>`
        : '<div class="response"><p>The bureau has not answered this theme yet.</p></div>'
    }
  </section>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>What we heard</title></head>
<body>
  <h1>What we heard</h1>
  <p>${view.commentCount} comments, ${view.themes.length} themes; ${view.otherCount} comments fit no theme.</p>${view.themes.map(theme).join('')}
</body>
</html>
`;
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per theme, for a spreadsheet. */
export function reportCsv(view: SynthesisView): string {
  const header = ['theme', 'size', 'share', 'keyphrases', 'quote_1', 'quote_2', 'quote_3', 'status', 'response', 'reason', 'council_districts', 'neighborhoods'];
  const rows = view.themes.map((t) => [
    t.label,
    t.size,
    t.share,
    t.keyphrases.join('; '),
    t.quotes[0]?.text ?? '',
    t.quotes[1]?.text ?? '',
    t.quotes[2]?.text ?? '',
    t.response?.status ?? '',
    t.response?.response ?? '',
    t.response?.reason ?? '',
    topPlaces(t.councilDistricts, 50),
    topPlaces(t.neighborhoods, 50),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
