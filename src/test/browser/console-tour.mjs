// Walks the MOC console in headless Chromium as a plan analyst would: opens the server's root, signs in, reads the
// plan overview (running an evaluation first when none is stored), filters it by one stratum, filters and sorts the
// work list, opens a beneficiary, follows an evidence link and exports the plan's Patients. Prints one line of JSON with what each page showed;
// keeps a screenshot of every page (console-*.png) and, when a step fails, a timestamped screenshot and the HTML.
//   START_URL   where the analyst starts (the server's root)
//   APP_URL     the console's address (/apps/console/)
// Other settings are browser-session.mjs's.
import { openBrowser, required, timeout } from './browser-session.mjs';

const startUrl = required('START_URL');
const appUrl = required('APP_URL');
const { page, seen, signInAndReturn, screenshot, finish } = await openBrowser('console');

const rows = (selector) => page.$$eval(selector, (trs) => trs.map((tr) => ({ ...tr.dataset })));

async function open(hash, viewName) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(`body[data-view="${viewName}"]`, { timeout });
}

let exitCode = 0;
try {
  await page.goto(startUrl);
  await signInAndReturn(appUrl, 'body[data-view="overview"]');
  seen.signedInAs = await page.textContent('#who');
  seen.startedAt = page.url();

  // Overview: a stored evaluation, or one run now with its progress shown.
  if (await page.$('#no-report')) {
    seen.ranEvaluation = true;
    await page.click('#evaluate-now');
    await page.waitForSelector('#report-heading', { timeout: timeout * 3 });
  }
  seen.overview = {
    report: await page.getAttribute('#report-heading', 'data-report'),
    periodEnd: await page.getAttribute('#report-heading', 'data-period-end'),
    bands: await page.$$eval('#bands [data-element]', (nodes) => nodes.map((n) => ({ ...n.dataset }))),
    factors: await rows('#factor-table tbody tr'),
    charts: await page.$$eval('.chart canvas', (canvases) => canvases.length),
    planMeasures: await page.$$eval('#plan-measures [data-plan-measure]', (nodes) => nodes.map((n) => ({ ...n.dataset }))),
  };
  await screenshot('console-overview.png');
  const stratifiers = await page.$$eval('#overview-filters select', (selects) => selects.map((s) => ({
    stratifier: s.dataset.stratifier, values: Array.from(s.options).map((o) => o.value).filter(Boolean) })));
  seen.overview.stratifiers = stratifiers;
  const withValues = stratifiers.find((s) => s.values.length);
  if (withValues) {
    const value = withValues.values[0];
    await page.selectOption(`select[data-stratifier="${withValues.stratifier}"]`, value);
    seen.overview.filtered = { stratifier: withValues.stratifier, value, factors: await rows('#factor-table tbody tr') };
    await screenshot('console-overview-filtered.png');
  }

  // Work list: all, then one factor, then sorted by due date.
  await open('work', 'work');
  seen.work = { all: await rows('#work-table tbody tr') };
  const factor = process.env.FILTER_FACTOR || (seen.work.all[0] || {}).factor;
  if (factor) {
    const waitForFilter = page.waitForFunction((f) => location.hash.includes('factor=' + encodeURIComponent(f))
      && document.body.dataset.view === 'work', factor, { timeout });
    await page.selectOption('#work-filters select[name="factor"]', factor);
    await waitForFilter;
    seen.work.factor = factor;
    seen.work.filtered = await rows('#work-table tbody tr');
    const sorted = page.waitForFunction(() => location.hash.includes('sort=due') && document.body.dataset.view === 'work',
      null, { timeout });
    await page.click('button[data-sort="due"]');
    await sorted;
    seen.work.sortedByDue = await rows('#work-table tbody tr');
    await screenshot('console-work-list.png');
  }

  // A beneficiary: their report and timeline, then one piece of evidence.
  const beneficiary = process.env.MOC_PATIENT;
  if (beneficiary) {
    await open('patient/' + beneficiary, 'patient');
  } else {
    await Promise.all([page.waitForSelector('body[data-view="patient"]', { timeout }),
      page.click('#work-table a[data-beneficiary]')]);
  }
  seen.beneficiary = {
    id: await page.getAttribute('#beneficiary-name', 'data-patient'),
    name: await page.textContent('#beneficiary-name'),
    report: await rows('#beneficiary-report tbody tr'),
  };
  await page.waitForFunction(() => !document.querySelector('#timeline li:only-child')
    || document.querySelector('#timeline li[data-kind]'), null, { timeout });
  seen.beneficiary.timeline = await page.$$eval('#timeline li[data-kind]', (items) => items.map((li) => ({
    kind: li.dataset.kind, date: li.querySelector('time').getAttribute('datetime') })));
  await screenshot('console-beneficiary.png');
  const evidence = await page.$('#beneficiary-report a[data-evidence]');
  if (evidence) {
    seen.evidenceLink = await evidence.getAttribute('data-evidence');
    await Promise.all([page.waitForSelector('body[data-view="resource"]', { timeout }), evidence.click()]);
    seen.evidenceShown = await page.getAttribute('#resource-heading', 'data-resource');
    seen.evidenceJson = JSON.parse(await page.textContent('#resource-json')).id;
    await screenshot('console-evidence.png');
  }

  // An export of one type, its progress shown until the files are offered.
  await open('export', 'export');
  await page.$$eval('#export-form input[name="type"]', (boxes) => boxes.forEach((b) => { b.checked = b.value === 'Patient'; }));
  await page.click('#start-export');
  await page.waitForSelector('#export-files button, #export-result .not-met', { timeout: timeout * 2 });
  seen.exportFiles = await page.$$eval('#export-files button', (buttons) => buttons.map((b) => b.dataset.type));
  await screenshot('console-export.png');
  seen.problem = await page.$eval('#problem', (p) => (p.hidden ? null : p.textContent));
} catch (error) {
  seen.error = String(error && error.stack || error);
  exitCode = 1;
}
await finish(exitCode);
