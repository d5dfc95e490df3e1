// Opens the My care app in headless Chromium as a beneficiary would: the app sends the browser to sign in, the
// script fills the login form (and picks the patient or approves the scopes if asked), the app comes back and shows
// the record. Prints one line of JSON with what the page showed; keeps a screenshot and the page's HTML when the page
// did not load (and a screenshot of the loaded page as my-care-signed-in.png). Settings come from the environment:
//   APP_URL          the app's address (required)
//   MOC_USERNAME, MOC_PASSWORD   the login, when the server asks for one
//   MOC_PATIENT      the patient id to pick if a patient picker appears
//   BROWSER_TOOLS    folder whose node_modules holds playwright-core
//   CHROMIUM         the browser (default /usr/bin/chromium)
//   ARTIFACTS        folder for the screenshot and HTML (default ./browser-artifacts)
//   TIMEOUT_MS       how long to wait for each step (default 60000)
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const env = process.env;
const appUrl = required('APP_URL');
const timeout = Number(env.TIMEOUT_MS || 60000);
const artifacts = env.ARTIFACTS || 'browser-artifacts';
const require = createRequire(path.join(path.resolve(env.BROWSER_TOOLS || '.'), 'node_modules', 'noop.js'));
const { chromium } = require('playwright-core');

function required(name) {
  if (!env[name]) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return env[name];
}

const seen = { steps: [], console: [], pageErrors: [], failedRequests: [], httpErrors: [] };
const profile = await mkdtemp(path.join(tmpdir(), 'my-care-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
context.setDefaultTimeout(timeout);
const page = context.pages()[0] || await context.newPage();
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') {
    seen.console.push(`[${stripQuery(page.url())}] ${message.type()}: ${message.text()}`);
  }
});
page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
page.on('requestfailed', (request) => seen.failedRequests.push(`${request.method()} ${request.url()}`));
page.on('response', (response) => {
  if (response.status() >= 400) {
    seen.httpErrors.push(`${response.status()} ${response.request().method()} ${stripQuery(response.url())}`);
  }
});

let exitCode = 0;
try {
  await page.goto(appUrl);
  await signInAndReturn();
  await page.waitForSelector('body[data-loaded]', { timeout });
  Object.assign(seen, await readPage());
  if (seen.loaded !== 'true') {
    exitCode = 1;
  }
} catch (error) {
  seen.error = String(error && error.stack || error);
  exitCode = 1;
}
seen.url = page.url();
if (exitCode !== 0) {
  await keepEvidence();
} else {
  // What the member saw, for a look after the run (overwritten each time).
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'my-care-signed-in.png'), fullPage: true }).catch(() => {});
}
await context.close();
await rm(profile, { recursive: true, force: true });
process.stdout.write(JSON.stringify(seen) + '\n');
process.exit(exitCode);

/** Until the app is back and loaded: the login form, then a patient picker or a consent page if the server shows one. */
async function signInAndReturn() {
  const app = new URL(appUrl);
  const appPath = app.origin + app.pathname;
  for (let step = 0; step < 6; step++) {
    await page.waitForLoadState('load');
    const where = await firstOf({
      app: 'body[data-loaded]',
      login: 'input[name="username"]',
      picker: 'a[data-patient], input[name="patient"], select[name="patient"]',
      consent: 'input[type="checkbox"][name="scope"], #submit-consent',
    });
    seen.steps.push(`${where} ${stripQuery(page.url())}`);
    if (where === 'app' && page.url().startsWith(appPath)) {
      return;
    }
    const navigation = page.waitForNavigation({ timeout });
    navigation.catch(() => {});
    if (where === 'login') {
      await page.fill('input[name="username"]', required('MOC_USERNAME'));
      await page.fill('input[name="password"]', required('MOC_PASSWORD'));
      await submit();
    } else if (where === 'picker') {
      await pickPatient();
    } else if (where === 'consent') {
      for (const box of await page.$$('input[type="checkbox"][name="scope"]')) {
        await box.check();
      }
      await (await page.$('#submit-consent') ? page.click('#submit-consent') : submit());
    }
    await navigation;
  }
  throw new Error('did not come back to the app after six pages');
}

/** The name of the first selector that appears on the page; the others' waits end quietly. */
function firstOf(selectors) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`none of ${Object.values(selectors)} at ${page.url()}`)), timeout);
    for (const [name, selector] of Object.entries(selectors)) {
      page.waitForSelector(selector, { timeout }).then(() => {
        clearTimeout(timer);
        resolve(name);
      }, () => {});
    }
  });
}

/** Chooses the person the app may act for: a link per person, or a form field named patient. */
async function pickPatient() {
  const wanted = env.MOC_PATIENT;
  const matches = (value) => !wanted || value === wanted || value === `Patient/${wanted}`;
  const links = await page.$$('a[data-patient]');
  if (links.length) {
    for (const link of links) {
      if (matches(await link.getAttribute('data-patient'))) {
        await link.click();
        return;
      }
    }
    throw new Error(`patient ${wanted} is not offered`);
  }
  const select = await page.$('select[name="patient"]');
  if (select) {
    if (wanted) {
      await select.selectOption(wanted).catch(() => select.selectOption(`Patient/${wanted}`));
    }
    return submit();
  }
  for (const radio of await page.$$('input[name="patient"]')) {
    if (matches(await radio.getAttribute('value'))) {
      await radio.check();
      return submit();
    }
  }
  throw new Error(`patient ${wanted} is not offered`);
}

async function submit() {
  const button = await page.$('form button[type="submit"], form input[type="submit"], form button:not([type])');
  if (button) {
    await button.click();
  } else {
    await page.keyboard.press('Enter');
  }
}

/** What a member sees: the texts of the page's fields, and each date as its machine-readable value. */
async function readPage() {
  return page.evaluate(() => {
    const text = (root, selector) => {
      const node = root.querySelector(selector);
      return node ? node.textContent.trim() : null;
    };
    const visible = (id) => !document.getElementById(id).hidden;
    const dates = (root) => Array.from(root.querySelectorAll('time')).map((t) => t.getAttribute('datetime'));
    const items = (list) => Array.from(document.querySelectorAll(`[data-list="${list}"] > li`));
    return {
      loaded: document.body.getAttribute('data-loaded'),
      title: document.title,
      status: text(document, '#status'),
      problem: visible('problem') ? text(document, '#problem') : null,
      member: text(document, '[data-field="member-name"]'),
      carePlan: visible('care-plan') ? {
        empty: !document.querySelector('#care-plan [data-empty]').hidden,
        title: text(document, '[data-field="care-plan-title"]'),
        description: text(document, '[data-field="care-plan-description"]'),
        period: dates(document.querySelector('[data-field="care-plan-period"]')),
        activities: items('activities').map((li) => li.textContent.trim()),
        goals: items('goals').map((li) => ({
          description: text(li, '[data-field="goal-description"]'),
          targets: dates(li),
          status: text(li, '[data-field="goal-status"]'),
        })),
      } : null,
      careTeam: visible('care-team') ? {
        empty: !document.querySelector('#care-team [data-empty]').hidden,
        participants: items('participants').map((li) => ({
          name: text(li, '[data-field="participant-name"]'),
          roles: text(li, '[data-field="participant-role"]'),
          pointOfContact: !!li.querySelector('.badge'),
        })),
        pointOfContact: visible('point-of-contact') ? text(document, '[data-field="point-of-contact-name"]') : null,
        pointOfContactLine: visible('point-of-contact') ? text(document, '[data-field="point-of-contact"]') : null,
      } : null,
      due: visible('due') ? items('due').map((li) => ({
        factor: li.getAttribute('data-factor'),
        text: text(li, '[data-field="due-text"]'),
        due: dates(li)[0] || null,
      })) : null,
    };
  });
}

async function keepEvidence() {
  try {
    await mkdir(artifacts, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const base = path.join(artifacts, `my-care-${stamp}`);
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    await writeFile(`${base}.html`, await page.content());
    seen.evidence = [`${base}.png`, `${base}.html`];
  } catch (error) {
    seen.evidenceError = String(error);
  }
}

function stripQuery(url) {
  const u = new URL(url);
  return u.origin + u.pathname;
}
