/*
 * The MOC console for plan analysts and care managers: the plan's compliance (stored summary MeasureReports and their
 * trend, by stratum), the work list ($moc-gaps), each beneficiary's report and timeline, and Bulk Data export.
 * Plain ES module, no build step. On a server with access control it signs the staff member in through the server's
 * own authorization server (SMART standalone launch with fhirclient, PKCE, user/ scopes); on an open server it calls
 * the API directly. Every value read is written into the page as text, never as markup.
 */

const CLIENT_ID = 'moc-console';
const SCOPE = 'openid fhirUser user/*.rs';
const MEASURE = 'http://snp-moc.org/fhir/Measure/moc-care-coordination';
const FACTOR = 'http://snp-moc.org/fhir/CodeSystem/moc-factor';
const STRATIFIER = 'http://snp-moc.org/fhir/CodeSystem/moc-stratifier';
const PLAN_MEASURE = 'http://snp-moc.org/fhir/CodeSystem/moc-plan-measure';
const PLAN_MEASURES = { 'admission-notice-timeliness': 'State admission notices sent on time' };
const ARTIFACT = 'http://snp-moc.org/fhir/CodeSystem/moc-artifact';
const EXT = 'http://snp-moc.org/fhir/StructureDefinition/';
const ELEMENTS = { '2A': 'Staff structure', '2B': 'Health risk assessment', '2C': 'Care plan (ICP)',
  '2D': 'Care team (ICT)', '2E': 'Care transitions' };
const STRATIFIERS = { 'care-coordinator': 'Care coordinator', 'risk-tier': 'Risk tier',
  'enrollment-cohort': 'Enrolment cohort' };
const PAGE_SIZE = 50;
const EXPORT_TYPES = ['Patient', 'Coverage', 'QuestionnaireResponse', 'RiskAssessment', 'CarePlan', 'Goal',
  'CareTeam', 'Encounter', 'Communication', 'Task', 'Condition', 'Observation', 'MedicationRequest', 'MeasureReport'];

const api = { base: new URL('../../fhir', location.href).href, token: null, client: null };
const cache = { factors: null, reports: null };
const charts = [];

/* ---------- page helpers: text only ---------- */

function $(selector, root) {
  return (root || document).querySelector(selector);
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== '') {
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
  }
  return node;
}

function status(text) {
  $('#status').textContent = text || '';
}

function problem(text) {
  const node = $('#problem');
  node.textContent = text || '';
  node.hidden = !text;
}

function view(...children) {
  charts.splice(0).forEach((chart) => chart.dispose());
  const root = $('#view');
  root.replaceChildren(...children.flat().filter(Boolean));
  return root;
}

function percent(rate) {
  return rate === undefined || rate === null ? '—' : (rate * 100).toFixed(1) + '%';
}

function day(value) {
  return value ? String(value).substring(0, 10) : '';
}

function resourceLink(reference, text) {
  const ref = String(reference || '').replace(/^.*\/fhir\//, '');
  return el('a', { href: '#resource/' + ref, 'data-evidence': ref }, text || ref);
}

function nameOf(resource) {
  if (!resource) {
    return '';
  }
  const names = resource.name;
  if (typeof names === 'string') {
    return names;
  }
  const name = (names || []).find((n) => n.use === 'official') || (names || [])[0];
  if (!name) {
    return resource.resourceType + '/' + resource.id;
  }
  return name.text || [...(name.given || []), name.family].filter(Boolean).join(' ');
}

function ext(element, name) {
  const found = (element.extension || []).filter((e) => e.url === EXT + name);
  return found;
}

function extText(element, name) {
  const found = ext(element, name)[0];
  return found ? (found.valueString ?? found.valueCode ?? found.valueDecimal) : undefined;
}

function codeOf(concept, system) {
  const codings = (concept && (Array.isArray(concept) ? concept[0] : concept).coding) || [];
  const coding = codings.find((c) => !system || c.system === system);
  return coding ? coding.code : undefined;
}

function populations(holder) {
  const counts = {};
  for (const p of holder.population || []) {
    counts[codeOf(p.code)] = p.count;
  }
  return counts;
}

/* ---------- talking to the server ---------- */

async function request(path, options = {}) {
  const url = /^https?:/.test(path) ? path : api.base + '/' + path;
  // no-cache: HAPI would otherwise answer a repeated search from its cache of a minute ago (a report just stored).
  const headers = Object.assign({ Accept: 'application/fhir+json', 'Cache-Control': 'no-cache' }, options.headers || {});
  if (api.token) {
    headers.Authorization = 'Bearer ' + api.token;
  }
  const response = await fetch(url, { method: options.method || 'GET', headers, body: options.body });
  if (response.status === 401 && api.client) {
    sessionStorage.clear();
    authorize();
    throw new Error('your session has ended; signing you in again');
  }
  if (options.raw) {
    return response;
  }
  if (!response.ok) {
    throw new Error(await describeFailure(response));
  }
  return response.json();
}

async function describeFailure(response) {
  let text = '';
  try {
    const outcome = await response.json();
    text = (outcome.issue || []).map((i) => i.diagnostics || (i.details && i.details.text)).filter(Boolean).join('; ');
  } catch (ignored) {
    // not an OperationOutcome
  }
  return 'the server answered ' + response.status + (text ? ': ' + text : '');
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.append(name, value);
    }
  }
  return search.toString();
}

async function search(type, params) {
  const bundle = await request(type + '?' + query(params));
  return (bundle.entry || []).map((e) => e.resource).filter((r) => r && r.resourceType === type);
}

/** Follows a Bulk Data style job: 202 + Content-Location, polled until 200; progress shown as it comes. */
async function runAsync(path, onProgress) {
  const kickOff = await request(path, { headers: { Prefer: 'respond-async' }, raw: true });
  if (kickOff.status === 200) {
    return kickOff.json();
  }
  if (kickOff.status !== 202) {
    throw new Error(await describeFailure(kickOff));
  }
  const statusUrl = kickOff.headers.get('Content-Location');
  await kickOff.text();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const poll = await request(statusUrl, { raw: true });
    if (poll.status === 202) {
      await poll.text();
      onProgress(poll.headers.get('X-Progress') || 'in progress');
      continue;
    }
    if (!poll.ok) {
      throw new Error(await describeFailure(poll));
    }
    return poll.json();
  }
}

function progressElement() {
  const bar = el('progress', { max: 100 });
  const label = el('span', { 'data-progress': '' }, 'starting…');
  const box = el('p', { class: 'progress', role: 'status' }, bar, ' ', label);
  box.update = (text) => {
    label.textContent = text;
    const fraction = /(\d+)\s*(?:of|\/)\s*(\d+)/.exec(text);
    const pct = /(\d+(?:\.\d+)?)\s*%/.exec(text);
    if (fraction && Number(fraction[2]) > 0) {
      bar.value = (100 * Number(fraction[1])) / Number(fraction[2]);
    } else if (pct) {
      bar.value = Number(pct[1]);
    }
  };
  return box;
}

/* ---------- plan overview ---------- */

async function factorNames() {
  if (!cache.factors) {
    const systems = await search('CodeSystem', { url: FACTOR }).catch(() => []);
    cache.factors = {};
    const walk = (concepts) => (concepts || []).forEach((c) => {
      cache.factors[c.code] = c.display || c.code;
      walk(c.concept);
    });
    systems.forEach((s) => walk(s.concept));
  }
  return cache.factors;
}

async function storedReports() {
  const reports = await search('MeasureReport', { measure: MEASURE, status: 'complete', _sort: '-date', _count: 100 });
  // One per period: the newest evaluation of each.
  const byPeriod = new Map();
  for (const r of reports.filter((r) => r.type === 'summary')) {
    const key = day(r.period && r.period.end);
    if (!byPeriod.has(key)) {
      byPeriod.set(key, r);
    }
  }
  cache.reports = [...byPeriod.values()].sort((a, b) => day(b.period.end).localeCompare(day(a.period.end)));
  return cache.reports;
}

function factorGroups(report) {
  return (report.group || []).filter((g) => (codeOf(g.code, FACTOR) || '').includes('.'));
}

function elementGroups(report) {
  return (report.group || []).filter((g) => ELEMENTS[codeOf(g.code, FACTOR)]);
}

/** The strata a report offers for one stratifier: code → label. */
function strataOf(report, stratifier) {
  const values = new Map();
  for (const group of factorGroups(report)) {
    for (const s of group.stratifier || []) {
      if (codeOf(s.code, STRATIFIER) !== stratifier) {
        continue;
      }
      for (const stratum of s.stratum || []) {
        const code = codeOf(stratum.value) || (stratum.value && stratum.value.text);
        if (code && !values.has(code)) {
          values.set(code, (stratum.value && stratum.value.text) || code);
        }
      }
    }
  }
  return values;
}

/** A factor's numbers overall, or in one stratum. */
function factorFigures(group, filter) {
  let holder = group;
  if (filter) {
    const s = (group.stratifier || []).find((x) => codeOf(x.code, STRATIFIER) === filter.stratifier);
    holder = s && (s.stratum || []).find((x) => (codeOf(x.value) || (x.value && x.value.text)) === filter.value);
    if (!holder) {
      return { numerator: 0, denominator: 0, rate: null };
    }
  }
  const counts = populations(holder);
  const denominator = counts.denominator || 0;
  const numerator = counts.numerator || 0;
  const rate = holder.measureScore && holder.measureScore.value !== undefined ? Number(holder.measureScore.value)
    : denominator ? numerator / denominator : null;
  return { numerator, denominator, rate };
}

async function showOverview() {
  status('Loading the plan’s evaluations…');
  const [reports, names] = await Promise.all([storedReports(), factorNames()]);
  renderOverview(reports[0], reports, names);
}

/** The overview of one summary report (stored, or just computed), with the trend over the stored ones. */
function renderOverview(report, reports, names) {
  const evaluate = el('button', { type: 'button', id: 'evaluate-now' }, 'Evaluate the plan now');
  const progressBox = el('div', { id: 'evaluation-progress' });
  evaluate.addEventListener('click', () => evaluateNow(evaluate, progressBox, reports, names));
  if (!report) {
    view(el('h2', {}, 'Plan overview'),
      el('p', { id: 'no-report' }, 'No plan evaluation is stored yet. The scheduled evaluation stores one each period; '
        + 'you can run one now.'), evaluate, progressBox);
    status('');
    document.body.setAttribute('data-view', 'overview');
    return;
  }
  const threshold = Number((ext(report, 'moc-plan-threshold')[0] || {}).valueDecimal ?? 0.9);
  const filter = { stratifier: '', value: '' };
  const filters = el('div', { class: 'filters', id: 'overview-filters' });
  const selects = {};
  for (const [code, label] of Object.entries(STRATIFIERS)) {
    const select = el('select', { name: code, 'data-stratifier': code }, el('option', { value: '' }, 'All'));
    for (const [value, text] of strataOf(report, code)) {
      select.appendChild(el('option', { value }, text));
    }
    select.addEventListener('change', () => {
      // One stratifier at a time: these are the report's own strata, not a cross-tabulation.
      for (const other of Object.values(selects)) {
        if (other !== select) {
          other.value = '';
        }
      }
      filter.stratifier = select.value ? code : '';
      filter.value = select.value;
      renderFactors();
    });
    selects[code] = select;
    filters.appendChild(el('label', {}, label, select));
  }

  const bands = el('div', { class: 'bands', id: 'bands' });
  for (const group of elementGroups(report)) {
    const code = codeOf(group.code, FACTOR);
    const score = group.measureScore ? group.measureScore.value : undefined;
    bands.appendChild(el('div', { class: 'band', 'data-element': code, 'data-score': score ?? '' },
      el('span', {}, code + ' ' + ELEMENTS[code]), el('strong', {}, score === undefined ? 'no score' : score + '%'),
      el('span', { class: 'muted' }, extText(group, 'moc-reason') || '')));
  }

  // Plan-level measures of their own (not MOC factors), such as the timeliness of admission notices to States.
  const planMeasures = (report.group || []).filter((g) => codeOf(g.code, PLAN_MEASURE)).map((group) => {
    const code = codeOf(group.code, PLAN_MEASURE);
    const counts = populations(group);
    const score = group.measureScore ? Number(group.measureScore.value) : null;
    return el('div', { class: 'band', 'data-plan-measure': code, 'data-score': score ?? '',
      'data-numerator': counts.numerator ?? '', 'data-denominator': counts.denominator ?? '' },
    el('span', {}, PLAN_MEASURES[code] || code), el('strong', {}, percent(score)),
    el('span', { class: 'muted' }, Object.entries(counts).map(([k, v]) => k.replace(/-/g, ' ') + ' ' + v).join(' · ')));
  });

  const factorChart = el('div', { class: 'chart', id: 'factor-chart', role: 'img',
    'aria-label': 'Each factor’s rate against the plan threshold' });
  const factorRows = el('tbody', {});
  const factorTable = el('table', { id: 'factor-table' }, el('thead', {}, el('tr', {},
    el('th', {}, 'Factor'), el('th', {}, 'What'), el('th', { class: 'number' }, 'Met'),
    el('th', { class: 'number' }, 'Judged'), el('th', { class: 'number' }, 'Rate'), el('th', {}, 'Against threshold'))),
  factorRows);
  const trendChart = el('div', { class: 'chart', id: 'trend-chart', role: 'img',
    'aria-label': 'Each element’s band over the stored evaluations' });
  const history = el('ul', { id: 'history' }, reports.map((r) => el('li', {},
    'Period ending ', el('time', { datetime: day(r.period.end) }, day(r.period.end)), ' — evaluated ', day(r.date), ' — ',
    resourceLink('MeasureReport/' + r.id, 'report'))));

  view(el('h2', {}, 'Plan overview'),
    el('p', { id: 'report-heading', 'data-report': report.id || '', 'data-period-end': day(report.period.end) },
      'Evaluation of the period ', day(report.period.start), ' to ', day(report.period.end), ' (computed ',
      String(report.date || '').replace('T', ' ').substring(0, 16), '); plan threshold ', percent(threshold), '. ',
      report.id ? resourceLink('MeasureReport/' + report.id, 'The FHIR report') : 'Computed now, not stored.'),
    el('p', {}, evaluate), progressBox,
    el('h3', {}, 'Elements (NCQA band)'), bands,
    planMeasures.length ? el('h3', {}, 'Plan measures') : null,
    planMeasures.length ? el('div', { class: 'bands', id: 'plan-measures' }, planMeasures) : null,
    el('h3', {}, 'Factors'), filters, factorChart, factorTable,
    el('h3', {}, 'Trend over the stored evaluations'), trendChart, history);

  function renderFactors() {
    const groups = factorGroups(report);
    factorRows.replaceChildren(...groups.map((group) => {
      const code = codeOf(group.code, FACTOR);
      const f = factorFigures(group, filter.stratifier ? filter : null);
      const verdict = f.rate === null ? 'not judged' : f.rate + 1e-9 >= threshold ? 'met' : 'not met';
      return el('tr', { 'data-factor': code, 'data-numerator': f.numerator, 'data-denominator': f.denominator,
        'data-rate': f.rate ?? '' },
      el('td', {}, code), el('td', {}, names[code] || ''), el('td', { class: 'number' }, f.numerator),
      el('td', { class: 'number' }, f.denominator), el('td', { class: 'number' }, percent(f.rate)),
      el('td', { class: verdict.replace(' ', '-') }, verdict));
    }));
    chart(factorChart, {
      grid: { left: 50, right: 20, top: 20, bottom: 60 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: groups.map((g) => codeOf(g.code, FACTOR)), axisLabel: { rotate: 60 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{
        type: 'bar', name: 'rate',
        data: groups.map((g) => {
          const f = factorFigures(g, filter.stratifier ? filter : null);
          return f.rate === null ? null : { value: +(f.rate * 100).toFixed(1),
            itemStyle: { color: f.rate + 1e-9 >= threshold ? '#00703c' : '#b50909' } };
        }),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: threshold * 100, name: 'threshold' }],
          lineStyle: { color: '#1b1b1b', type: 'dashed' }, label: { formatter: 'threshold {c}%' } }
      }]
    });
  }
  renderFactors();

  const periods = (reports.includes(report) ? [...reports] : [report, ...reports]).reverse();
  chart(trendChart, {
    grid: { left: 50, right: 20, top: 30, bottom: 40 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: periods.map((r) => day(r.period.end)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: Object.keys(ELEMENTS).map((element) => ({
      type: 'line', name: element,
      data: periods.map((r) => {
        const g = elementGroups(r).find((x) => codeOf(x.code, FACTOR) === element);
        return g && g.measureScore ? g.measureScore.value : null;
      })
    }))
  });
  status('');
  document.body.setAttribute('data-view', 'overview');
}

function chart(node, options) {
  if (typeof echarts === 'undefined') {
    node.replaceChildren(el('p', { class: 'muted' }, 'Charts could not load; the table below has the same numbers.'));
    return;
  }
  let instance = echarts.getInstanceByDom(node);
  if (!instance) {
    instance = echarts.init(node, null, { renderer: 'canvas' });
    charts.push(instance);
  }
  instance.setOption(Object.assign({ animation: false }, options), true);
}

async function evaluateNow(button, box, reports, names) {
  button.disabled = true;
  const progress = progressElement();
  box.replaceChildren(progress);
  try {
    const report = await runAsync('$moc-evaluate', (text) => progress.update(text));
    progress.update('done');
    if (report.id) {
      await showOverview();
    } else {
      renderOverview(report, reports, names);
    }
  } catch (error) {
    box.replaceChildren(el('p', { class: 'not-met' }, 'The evaluation failed: ' + error.message));
    button.disabled = false;
  }
}

/* ---------- work list ---------- */

function hashParams() {
  const hash = location.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
}

function go(route, params) {
  const q = query(params || {});
  const before = location.hash;
  location.hash = route + (q ? '?' + q : '');
  if (location.hash !== before) {
    // The hashchange that renders the new view comes a task later; until then the old view is stale.
    document.body.setAttribute('data-view', 'loading');
  }
}

async function showWorkList() {
  const params = hashParams();
  const wanted = {
    factor: params.get('factor') || '', owner: params.get('owner') || '', status: params.get('status') || '',
    _sort: params.get('sort') || '', offset: Number(params.get('offset') || 0)
  };
  status('Loading the work list…');
  const names = await factorNames();
  const bundle = await request('$moc-gaps?' + query({ factor: wanted.factor, owner: wanted.owner, status: wanted.status,
    _sort: wanted._sort, _count: PAGE_SIZE, _offset: wanted.offset }));
  const tasks = (bundle.entry || []).map((e) => e.resource).filter((r) => r.resourceType === 'Task');
  const people = await namesOf(tasks.flatMap((t) => [t.for && t.for.reference, t.owner && t.owner.reference]));

  const filters = el('form', { class: 'filters', id: 'work-filters' });
  const factorSelect = el('select', { name: 'factor' }, el('option', { value: '' }, 'All factors'),
    Object.keys(names).filter((c) => c.includes('.')).sort().map((c) => el('option', { value: c }, c + ' ' + names[c])));
  factorSelect.value = wanted.factor;
  const statusSelect = el('select', { name: 'status' }, el('option', { value: '' }, 'Overdue and due soon'),
    el('option', { value: 'overdue' }, 'Overdue'), el('option', { value: 'due-soon' }, 'Due soon'));
  statusSelect.value = wanted.status;
  const ownerSelect = el('select', { name: 'owner' }, el('option', { value: '' }, 'Anyone'),
    el('option', { value: 'none' }, 'Nobody assigned'));
  for (const [ref, label] of await ownerChoices(people)) {
    ownerSelect.appendChild(el('option', { value: ref }, label));
  }
  ownerSelect.value = wanted.owner;
  filters.append(el('label', {}, 'Factor', factorSelect), el('label', {}, 'Status', statusSelect),
    el('label', {}, 'Owner', ownerSelect));
  filters.addEventListener('change', () => go('work', { factor: factorSelect.value, status: statusSelect.value,
    owner: ownerSelect.value, sort: wanted._sort }));

  const sortButton = (key, label) => {
    const next = wanted._sort === key && key !== '-due' ? (key === 'due' ? '-due' : '') : key;
    const button = el('button', { type: 'button', 'data-sort': key }, label
      + (wanted._sort === key ? ' ▲' : wanted._sort === '-' + key ? ' ▼' : ''));
    button.addEventListener('click', () => go('work', { factor: wanted.factor, status: wanted.status,
      owner: wanted.owner, sort: next }));
    return button;
  };
  const rows = tasks.map((task) => {
    const factor = codeOf(task.reasonCode, FACTOR);
    const subject = task.for ? task.for.reference : '';
    const owner = task.owner ? task.owner.reference : '';
    const state = task.businessStatus ? task.businessStatus.text : '';
    const due = day(task.restriction && task.restriction.period && task.restriction.period.end);
    const subjectCell = subject.startsWith('Patient/')
      ? el('a', { href: '#patient/' + subject.substring(8), 'data-beneficiary': subject.substring(8) },
        people.get(subject) || subject)
      : document.createTextNode(people.get(subject) || subject || 'the plan');
    return el('tr', { 'data-factor': factor, 'data-status': state, 'data-due': due, 'data-subject': subject,
      'data-owner': owner },
    el('td', {}, el('time', { datetime: due }, due)), el('td', { class: state }, state.replace('-', ' ')),
    el('td', {}, factor, el('br', {}), el('span', { class: 'muted' }, names[factor] || '')),
    el('td', {}, subjectCell), el('td', {}, owner ? people.get(owner) || owner : '—'),
    el('td', {}, task.description || ''),
    el('td', {}, task.focus ? resourceLink(task.focus.reference, 'event') : ''));
  });
  const table = el('table', { id: 'work-table' }, el('thead', {}, el('tr', {},
    el('th', {}, sortButton('due', 'Due')), el('th', {}, 'Status'), el('th', {}, sortButton('factor', 'Factor')),
    el('th', {}, sortButton('subject', 'Beneficiary')), el('th', {}, sortButton('owner', 'Owner')),
    el('th', {}, 'What is due'), el('th', {}, 'Event'))), el('tbody', {}, rows));
  const pager = el('p', { class: 'pager' });
  if (wanted.offset > 0) {
    const previous = el('button', { type: 'button', id: 'previous-page' }, '← Previous');
    previous.addEventListener('click', () => go('work', { factor: wanted.factor, status: wanted.status,
      owner: wanted.owner, sort: wanted._sort, offset: Math.max(0, wanted.offset - PAGE_SIZE) }));
    pager.appendChild(previous);
  }
  pager.appendChild(el('span', { id: 'page-range' }, tasks.length
    ? 'Items ' + (wanted.offset + 1) + '–' + (wanted.offset + tasks.length) : 'No items'));
  if ((bundle.link || []).some((l) => l.relation === 'next')) {
    const next = el('button', { type: 'button', id: 'next-page' }, 'Next →');
    next.addEventListener('click', () => go('work', { factor: wanted.factor, status: wanted.status,
      owner: wanted.owner, sort: wanted._sort, offset: wanted.offset + PAGE_SIZE }));
    pager.appendChild(next);
  }
  view(el('h2', {}, 'Work list'), el('p', { class: 'muted' }, 'What is overdue, then what is due soon, across the plan.'),
    filters, table, pager);
  status('');
  document.body.setAttribute('data-view', 'work');
}

/** Owners to filter by: the care coordinators of the latest stored evaluation, and the owners on this page. */
async function ownerChoices(people) {
  const choices = new Map();
  const reports = cache.reports || await storedReports().catch(() => []);
  if (reports.length) {
    for (const [ref, label] of strataOf(reports[0], 'care-coordinator')) {
      if (ref.includes('/')) {
        choices.set(ref, label);
      }
    }
  }
  for (const [ref, label] of people) {
    if (!ref.startsWith('Patient/')) {
      choices.set(ref, label);
    }
  }
  return [...choices.entries()].sort((a, b) => a[1].localeCompare(b[1]));
}

/** Names of the people referenced ("Type/id" → name), in one search per type. */
async function namesOf(references) {
  const byType = new Map();
  for (const ref of references.filter(Boolean)) {
    const [type, id] = ref.split('/');
    if (id && ['Patient', 'Practitioner', 'RelatedPerson', 'PractitionerRole'].includes(type)) {
      byType.set(type, (byType.get(type) || new Set()).add(id));
    }
  }
  const names = new Map();
  await Promise.all([...byType.entries()].map(async ([type, ids]) => {
    if (type === 'PractitionerRole') {
      // A role has no name of its own: its practitioner's, with what the role is.
      const bundle = await request('PractitionerRole?' + query({ _id: [...ids].join(','), _count: ids.size,
        _include: 'PractitionerRole:practitioner' })).catch(() => ({}));
      const resources = (bundle.entry || []).map((e) => e.resource).filter(Boolean);
      const people = new Map(resources.filter((r) => r.resourceType === 'Practitioner').map((r) => ['Practitioner/' + r.id, nameOf(r)]));
      resources.filter((r) => r.resourceType === 'PractitionerRole').forEach((r) => {
        const person = r.practitioner && people.get(r.practitioner.reference);
        const role = ((r.code || [])[0] || {}).text || (((r.code || [])[0] || {}).coding || [{}])[0].display;
        names.set('PractitionerRole/' + r.id, [person, role].filter(Boolean).join(', ') || 'PractitionerRole/' + r.id);
      });
      return;
    }
    const found = await search(type, { _id: [...ids].join(','), _count: ids.size, _elements: 'name' }).catch(() => []);
    found.forEach((r) => names.set(type + '/' + r.id, nameOf(r)));
  }));
  return names;
}

/* ---------- beneficiaries ---------- */

async function showBeneficiaries() {
  const q = hashParams().get('q') || '';
  const form = el('form', { class: 'filters', id: 'find-beneficiary' });
  const input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'name or member id' });
  form.append(el('label', {}, 'Find a beneficiary', input), el('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('beneficiaries', { q: input.value.trim() });
  });
  const list = el('ul', { id: 'beneficiary-list' });
  view(el('h2', {}, 'Beneficiaries'), form, list);
  if (!q) {
    status('');
    return;
  }
  status('Searching…');
  const [byName, byId] = await Promise.all([
    search('Patient', { name: q, _count: 50 }),
    search('Patient', { identifier: q, _count: 50 })
  ]);
  const seen = new Map();
  [...byId, ...byName].forEach((p) => seen.set(p.id, p));
  list.replaceChildren(...[...seen.values()].map((p) => el('li', {},
    el('a', { href: '#patient/' + p.id, 'data-beneficiary': p.id }, nameOf(p)), ' ',
    el('span', { class: 'muted' }, (p.identifier || []).map((i) => i.value).join(', '), p.birthDate ? ' · born ' + p.birthDate : ''))));
  if (!seen.size) {
    list.appendChild(el('li', {}, 'Nobody found.'));
  }
  status('');
}

async function showBeneficiary(id) {
  status('Loading the beneficiary’s report…');
  const [patient, report, names] = await Promise.all([
    request('Patient/' + encodeURIComponent(id)),
    request('Patient/' + encodeURIComponent(id) + '/$moc-evaluate'),
    factorNames()
  ]);
  const overall = extText(report, 'moc-reason');
  const rows = (report.group || []).map((group) => {
    const code = codeOf(group.code, FACTOR);
    const outcome = extText(group, 'moc-outcome') || '';
    const isElement = !!ELEMENTS[code];
    const evidence = ext(group, 'moc-evidence').map((e) => e.valueReference || {})
      .map((r) => resourceLink(r.display && r.display.includes('/_history/') ? r.display : r.reference));
    return el('tr', { 'data-factor': code, 'data-outcome': outcome, class: isElement ? 'element' : '' },
      el('td', {}, isElement ? el('strong', {}, code) : code),
      el('td', {}, isElement ? ELEMENTS[code] : names[code] || ''),
      el('td', { class: 'outcome-' + outcome }, isElement
        ? (group.measureScore ? group.measureScore.value + '%' : '') : outcome.replace(/-/g, ' ')),
      el('td', {}, extText(group, 'moc-reason') || ''),
      el('td', {}, evidence.flatMap((link, i) => (i ? [', ', link] : [link]))));
  });
  const timeline = el('ol', { class: 'timeline', id: 'timeline' }, el('li', {}, 'Loading…'));
  view(el('h2', { id: 'beneficiary-name', 'data-patient': id }, nameOf(patient)),
    el('p', { class: 'muted' }, (patient.identifier || []).map((i) => i.value).join(', '),
      patient.birthDate ? ' · born ' + patient.birthDate : '', ' · ', resourceLink('Patient/' + id, 'record')),
    overall ? el('p', {}, overall) : null,
    el('h3', {}, 'Model of Care report as of ' + day(report.period && report.period.end)),
    el('table', { id: 'beneficiary-report' }, el('thead', {}, el('tr', {}, el('th', {}, 'Factor'), el('th', {}, 'What'),
      el('th', {}, 'Outcome'), el('th', {}, 'Why'), el('th', {}, 'Evidence'))), el('tbody', {}, rows)),
    el('h3', {}, 'Timeline'), timeline);
  status('');
  document.body.setAttribute('data-view', 'patient');
  timeline.replaceChildren(...(await timelineOf(id)).map((item) => el('li', { 'data-kind': item.kind },
    el('time', { datetime: item.date }, item.date), el('strong', {}, item.label), ' ', item.text || '', ' ',
    resourceLink(item.ref, 'open'))));
  if (!timeline.children.length) {
    timeline.appendChild(el('li', {}, 'Nothing recorded yet.'));
  }
}

/** Enrolment, HRAs, ICP versions, ICT meetings, stays and communications, newest first. */
async function timelineOf(id) {
  const subject = 'Patient/' + id;
  const [coverages, responses, plans, encounters, communications] = await Promise.all([
    search('Coverage', { beneficiary: subject, _count: 100 }),
    search('QuestionnaireResponse', { subject, _count: 100 }),
    search('CarePlan', { subject, category: ARTIFACT + '|icp', _count: 100 }),
    search('Encounter', { subject, _count: 100 }),
    search('Communication', { subject, _count: 100 })
  ]);
  const items = [];
  for (const c of coverages) {
    const start = c.period && c.period.start;
    const end = c.period && c.period.end;
    if (start) {
      items.push({ date: day(start), kind: 'enrolment', label: 'Enrolment', text: 'coverage starts (' + c.status + ')', ref: 'Coverage/' + c.id });
    }
    if (end) {
      items.push({ date: day(end), kind: 'enrolment', label: 'Enrolment ends', text: '', ref: 'Coverage/' + c.id });
    }
  }
  for (const r of responses) {
    items.push({ date: day(r.authored || r.meta.lastUpdated), kind: 'hra', label: 'HRA', text: r.status, ref: 'QuestionnaireResponse/' + r.id });
  }
  const versions = await Promise.all(plans.map((p) => request('CarePlan/' + p.id + '/_history?_count=50')
    .then((b) => (b.entry || []).map((e) => e.resource).filter(Boolean)).catch(() => [p])));
  for (const v of versions.flat()) {
    const revised = extText(v, 'icp-revision-date');
    items.push({ date: day(revised || v.created || v.meta.lastUpdated), kind: 'icp', label: 'ICP version ' + v.meta.versionId,
      text: (v.title || '') + ' (' + v.status + ')', ref: 'CarePlan/' + v.id + '/_history/' + v.meta.versionId });
  }
  for (const e of encounters) {
    const kind = e.class ? e.class.code : '';
    const start = e.period && e.period.start;
    const end = e.period && e.period.end;
    if (start) {
      items.push({ date: day(start), kind: 'stay', label: ['IMP', 'ACUTE', 'NONAC'].includes(kind) ? 'Admission' : 'Visit',
        text: kind + ' · ' + e.status, ref: 'Encounter/' + e.id });
    }
    if (end && ['IMP', 'ACUTE', 'NONAC'].includes(kind)) {
      items.push({ date: day(end), kind: 'stay', label: 'Discharge', text: kind, ref: 'Encounter/' + e.id });
    }
  }
  for (const c of communications) {
    const category = codeOf(c.category) || 'communication';
    items.push({ date: day(c.sent || c.meta.lastUpdated), kind: category === 'ict-meeting' ? 'ict' : 'communication',
      label: category === 'ict-meeting' ? 'ICT meeting' : 'Communication', text: category.replace(/-/g, ' ') + ' · ' + c.status,
      ref: 'Communication/' + c.id });
  }
  return items.filter((i) => i.date).sort((a, b) => b.date.localeCompare(a.date));
}

async function showResource(reference) {
  status('Loading ' + reference + '…');
  const resource = await request(reference.split('/').map(encodeURIComponent).join('/'));
  const subject = resource.resourceType === 'Patient' ? 'Patient/' + resource.id
    : resource.subject && resource.subject.reference || resource.beneficiary && resource.beneficiary.reference;
  view(el('h2', { id: 'resource-heading', 'data-resource': resource.resourceType + '/' + resource.id },
    resource.resourceType + '/' + resource.id + (reference.includes('/_history/') ? ' version ' + resource.meta.versionId : '')),
  subject && subject.startsWith('Patient/') ? el('p', {}, el('a', { href: '#patient/' + subject.substring(8) }, 'Back to the beneficiary')) : null,
  el('pre', { id: 'resource-json' }, JSON.stringify(resource, null, 2)));
  status('');
  document.body.setAttribute('data-view', 'resource');
}

/* ---------- Bulk Data export ---------- */

function showExport() {
  const form = el('form', { id: 'export-form' });
  const boxes = EXPORT_TYPES.map((type) => el('label', {}, el('input', { type: 'checkbox', name: 'type', value: type, checked: true }), ' ' + type));
  const since = el('input', { type: 'date', name: 'since' });
  const members = el('input', { type: 'checkbox', name: 'members' });
  form.append(el('fieldset', {}, el('legend', {}, 'Resource types'), ...boxes),
    el('p', { class: 'filters' }, el('label', {}, 'Changed since (optional)', since),
      el('label', {}, el('span', {}, 'Plan members only (Group/snp-members)'), members)),
    el('button', { type: 'submit', id: 'start-export' }, 'Start export'));
  const result = el('div', { id: 'export-result' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const types = boxes.map((b) => b.firstChild).filter((b) => b.checked).map((b) => b.value);
    const path = (members.checked ? 'Group/snp-members/' : '') + '$export?' + query({ _type: types.join(','),
      _since: since.value ? since.value + 'T00:00:00Z' : '' });
    const progress = progressElement();
    result.replaceChildren(progress);
    try {
      const manifest = await runAsync(path, (text) => progress.update(text));
      result.replaceChildren(el('p', {}, 'Export ready (data as of ' + manifest.transactionTime + ').'),
        el('ul', { id: 'export-files' }, (manifest.output || []).map((file) => {
          const button = el('button', { type: 'button', 'data-type': file.type }, 'Download ' + file.type
            + (file.count ? ' (' + file.count + ')' : ''));
          button.addEventListener('click', () => download(file));
          return el('li', {}, button);
        })));
    } catch (error) {
      result.replaceChildren(el('p', { class: 'not-met' }, 'The export failed: ' + error.message));
    }
  });
  view(el('h2', {}, 'Bulk Data export'),
    el('p', { class: 'muted' }, 'NDJSON files for a warehouse or a notebook (FHIR Bulk Data 2.0).'), form, result);
  status('');
}

async function download(file) {
  const response = await request(file.url, { headers: { Accept: 'application/fhir+ndjson' }, raw: true });
  if (!response.ok) {
    problem('The file could not be downloaded: ' + await describeFailure(response));
    return;
  }
  const link = el('a', { href: URL.createObjectURL(await response.blob()), download: file.type + '.ndjson' });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/* ---------- routing ---------- */

async function route() {
  const hash = location.hash.replace(/^#/, '') || 'overview';
  const path = hash.split('?')[0];
  const [name, ...rest] = path.split('/');
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === name || (name === 'patient' && a.dataset.nav === 'beneficiaries')) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  problem('');
  document.body.setAttribute('data-view', 'loading');
  try {
    if (name === 'work') {
      await showWorkList();
    } else if (name === 'beneficiaries') {
      await showBeneficiaries();
    } else if (name === 'patient' && rest[0]) {
      await showBeneficiary(decodeURIComponent(rest[0]));
    } else if (name === 'resource' && rest.length >= 2) {
      await showResource(rest.map(decodeURIComponent).join('/'));
    } else if (name === 'export') {
      showExport();
      document.body.setAttribute('data-view', 'export');
    } else {
      await showOverview();
    }
  } catch (error) {
    status('');
    problem('This page could not be shown: ' + error.message);
    document.body.setAttribute('data-view', 'error');
  }
}

/* ---------- sign-in ---------- */

function authorize() {
  sessionStorage.setItem('console-route', location.hash);
  status('Taking you to sign in…');
  FHIR.oauth2.authorize({
    clientId: CLIENT_ID,
    scope: SCOPE,
    iss: api.base,
    redirectUri: location.origin + location.pathname,
    pkceMode: 'required'
  }).catch((error) => problem('Sign-in could not start: ' + error.message));
}

function signedInAs(client) {
  let who = '';
  try {
    const token = client.getIdToken && client.getIdToken();
    who = token && (token.name || token.preferred_username || token.sub);
  } catch (ignored) {
    // no ID token
  }
  const node = $('#who');
  node.textContent = 'Signed in' + (who ? ' as ' + who : '');
  node.hidden = false;
  const signOut = $('#sign-out');
  signOut.hidden = false;
  signOut.addEventListener('click', () => {
    sessionStorage.clear();
    location.replace(location.pathname);
  });
}

async function start() {
  const metadata = await fetch(api.base + '/metadata', { headers: { Accept: 'application/fhir+json' } })
    .then((r) => r.json());
  const secured = ((metadata.rest || [])[0] || {}).security;
  // SMART's oauth-uris extension (under either of its registry addresses) or the SMART-on-FHIR service code.
  const smart = !!secured && ((secured.extension || []).some((e) => /\/oauth-uris$/.test(e.url))
    || (secured.service || []).some((s) => codeOf(s) === 'SMART-on-FHIR'));
  if (smart) {
    if (typeof FHIR === 'undefined') {
      throw new Error('the SMART client library did not load');
    }
    const params = new URLSearchParams(location.search);
    if (params.get('error')) {
      throw new Error(params.get('error_description') || params.get('error'));
    }
    if (!params.get('code') && !sessionStorage.getItem('SMART_KEY')) {
      authorize();
      return;
    }
    let client;
    try {
      client = await FHIR.oauth2.ready();
    } catch (error) {
      if (params.get('code')) {
        throw error;
      }
      sessionStorage.clear();
      authorize();
      return;
    }
    api.client = client;
    api.token = client.state.tokenResponse.access_token;
    signedInAs(client);
    const back = sessionStorage.getItem('console-route');
    sessionStorage.removeItem('console-route');
    if (back && !location.hash) {
      history.replaceState(null, '', location.pathname + back);
    } else if (location.search) {
      history.replaceState(null, '', location.pathname + location.hash);
    }
  } else {
    const node = $('#who');
    node.textContent = 'Open server: no sign-in';
    node.hidden = false;
  }
  window.addEventListener('hashchange', route);
  await route();
}

start().catch((error) => {
  status('');
  problem('The console could not start: ' + error.message);
  document.body.setAttribute('data-view', 'error');
});
