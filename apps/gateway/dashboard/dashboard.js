// The coordination dashboard: reads the public /v1 API with the key the person pastes, which stays
// in this tab's sessionStorage. Everything shown is set as text, never parsed as HTML.

const KEY_STORAGE = 'civic.dashboard.key';
const CITY_TIME = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const DAY_MS = 86_400_000;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function table(headings, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))));
}

const when = (iso) => CITY_TIME.format(new Date(iso));
const percent = (share) => `${Math.round(share * 100)}%`;
const engagementLine = (e) => el('span', {}, el('strong', {}, e.bureau), ` ${e.title} · ${when(e.startsAt)}`);

class ApiProblem extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function api(path, key) {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}));
    throw new ApiProblem(res.status, problem.detail ?? res.statusText);
  }
  return res.json();
}

function fill(sectionId, content) {
  const body = document.querySelector(`#${sectionId} .body`);
  body.replaceChildren(content);
}

function nothing(text) {
  return el('p', { class: 'empty' }, text);
}

function failure(err) {
  return el('p', { class: 'error' }, err.status === 401 ? 'This key was not accepted.' : `Could not load: ${err.message}`);
}

function renderConflicts(page) {
  if (page.items.length === 0) return nothing('No open conflicts in this period.');
  return table(
    ['Severity', 'Engagements', 'Why'],
    page.items.map((c) => [
      el('span', { class: `severity ${c.severity}` }, c.severity),
      el('div', {}, ...c.engagements.map((e) => el('div', {}, engagementLine(e)))),
      c.reasons.join('; '),
    ]),
  );
}

function renderFatigue(page) {
  if (page.items.length === 0) return nothing('No community is being asked too often in this period.');
  return table(
    ['Community', 'Bureaus', 'Engagements in the window'],
    page.items.map((f) => [f.organization.name, f.bureaus.join(', '), el('div', {}, ...f.window.map((e) => el('div', {}, engagementLine(e))))]),
  );
}

function renderCoverage(report) {
  const districts = table(
    ['District', 'Engagements', 'Share', 'Share of the city', ''],
    report.districts.map((d) => [
      d.district,
      d.engagements,
      percent(d.engagementShare),
      percent(d.cityShare),
      el('meter', { min: '0', max: '1', value: String(d.engagementShare), title: `${percent(d.engagementShare)} of engagements, ${percent(d.cityShare)} of the city` }),
    ]),
  );
  const missed = report.neighborhoodsWithoutEngagement;
  return el(
    'div',
    {},
    el('p', {}, `${report.engagements} engagements; ${percent(report.interpretationShare)} offer interpretation.`),
    districts,
    missed.length === 0
      ? el('p', {}, 'Every neighborhood association is reached.')
      : el('details', {}, el('summary', {}, `${missed.length} neighborhood associations with no engagement`), el('p', {}, missed.map((n) => n.name).join(', '))),
  );
}

function renderOverdue(page) {
  if (page.items.length === 0) return nothing('Every engagement held has reported back in time.');
  return table(
    ['Engagement', 'Held', 'Days since', 'Notices'],
    page.items.map((o) => [engagementLine(o.engagement), when(o.heldAt), o.daysSinceHeld, o.notices]),
  );
}

function renderUpcoming(page) {
  if (page.items.length === 0) return nothing('Nothing scheduled in this period.');
  return table(
    ['When', 'Bureau', 'Engagement', 'Where', 'Languages'],
    page.items.map((e) => [when(e.startsAt), e.bureau, `${e.title} (${e.kind.replaceAll('_', ' ')})`, e.location?.address ?? (e.location?.onlineUrl ? 'online' : ''), (e.languages ?? []).join(', ')]),
  );
}

const titles = (engagements) => engagements.map((e) => `${e.bureau} “${e.title}”`).join(' and ');

/** One line of what an alert says, in words; types this page does not know are named as they are. */
function describeAlert(alert) {
  const type = alert.eventType.replace(/^gov\.civic\./, '').replace(/\.v\d+$/, '');
  const d = alert.data;
  switch (type) {
    case 'coordination.conflict.detected':
      return `Conflict (${d.severity}): ${titles(d.engagements)}`;
    case 'coordination.conflict.resolved':
      return `Conflict resolved (${d.resolution.replaceAll('_', ' ')}): ${titles(d.engagements)}`;
    case 'coordination.fatigue.detected':
      return `${d.organizationName} asked too often: ${d.bureaus.join(', ')}`;
    case 'coordination.reportback.overdue':
      return `Report-back overdue ${d.daysSinceHeld} days: ${titles([d.engagement])}`;
    default:
      return type;
  }
}

/** Reads the server-sent events of /v1/alerts/stream (EventSource cannot send the key) until `signal` aborts; `onAlert` follows each. */
async function streamAlerts(key, signal, onAlert) {
  const list = el('ol', { class: 'alerts' });
  fill('live', list);
  const res = await fetch('/v1/alerts/stream', { headers: { Authorization: `Bearer ${key}`, Accept: 'text/event-stream' }, signal });
  if (res.status === 404) {
    fill('live', nothing('This key has no subscriber yet: create one with POST /v1/subscribers and a live subscription.'));
    return;
  }
  if (!res.ok) throw new ApiProblem(res.status, res.statusText);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    let end;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const frame = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = frame.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
      if (!data) continue;
      const alert = JSON.parse(data);
      list.prepend(el('li', {}, `${when(alert.time)} · ${describeAlert(alert)}`));
      onAlert();
    }
  }
}

let live;

async function show(key, days) {
  const from = new Date();
  const to = new Date(from.getTime() + days * DAY_MS);
  const period = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  let me;
  try {
    me = await api('/v1/api-keys/current', key);
  } catch (err) {
    document.getElementById('who').textContent = err.status === 401 ? 'This key was not accepted.' : `Could not check the key: ${err.message}`;
    return;
  }
  // A bureau sees its own conflicts and overdue report-backs; fatigue stays citywide, as it is for planning anyone's next engagement.
  const own = me.role === 'bureau' && me.bureauCode ? `&bureau=${encodeURIComponent(me.bureauCode)}` : '';
  document.getElementById('who').textContent = own
    ? `Signed in for ${me.bureauCode}: conflicts and overdue report-backs of ${me.bureauCode}.`
    : `Signed in as ${me.role}.`;
  const panels = {
    conflicts: [`/v1/conflicts?${period}${own}&limit=50`, renderConflicts],
    fatigue: [`/v1/fatigue?${period}&limit=50`, renderFatigue],
    coverage: [`/v1/reports/coverage?${period}&by=district`, renderCoverage],
    upcoming: [`/v1/engagements?${period}&limit=25`, renderUpcoming],
    overdue: [`/v1/report-backs/overdue?limit=25${own}`, renderOverdue],
  };
  const load = (ids) =>
    Promise.all(
      ids.map(async (id) => {
        const [path, render] = panels[id];
        try {
          fill(id, render(await api(path, key)));
        } catch (err) {
          fill(id, failure(err));
        }
      }),
    );
  await load(Object.keys(panels));
  live?.abort();
  live = new AbortController();
  // Alerts come in bursts (a batch raises many): the lists they change are read again once it settles.
  let settle;
  const alerted = () => {
    clearTimeout(settle);
    settle = setTimeout(() => void load(['conflicts', 'fatigue', 'overdue']), 1000);
  };
  streamAlerts(key, live.signal, alerted).catch((err) => {
    if (err.name !== 'AbortError') fill('live', failure(err));
  });
}

function start() {
  const form = document.getElementById('key-form');
  const keyInput = document.getElementById('key');
  const days = document.getElementById('days');
  const saved = sessionStorage.getItem(KEY_STORAGE);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, keyInput.value.trim());
    void show(keyInput.value.trim(), Number(days.value));
  });
  document.getElementById('forget').addEventListener('click', () => {
    sessionStorage.removeItem(KEY_STORAGE);
    keyInput.value = '';
    live?.abort();
    document.getElementById('who').textContent = 'Key forgotten.';
  });
  if (saved) {
    keyInput.value = saved;
    void show(saved, Number(days.value));
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
