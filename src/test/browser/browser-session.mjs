// A headless Chromium session for the browser tests, driven through playwright-core: records console errors, page
// errors, failed requests and HTTP errors in `seen`, signs in through the server's login form (and a patient picker
// or consent page, if shown) until the app is back, and keeps a screenshot and the HTML when a run fails.
// Settings come from the environment:
//   BROWSER_TOOLS    folder whose node_modules holds playwright-core
//   CHROMIUM         the browser (default /usr/bin/chromium)
//   ARTIFACTS        folder for screenshots and HTML (default ./browser-artifacts)
//   TIMEOUT_MS       how long to wait for each step (default 60000)
//   MOC_USERNAME, MOC_PASSWORD   the login, when the server asks for one
//   MOC_PATIENT      the patient id to pick if a patient picker appears
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const env = process.env;
export const timeout = Number(env.TIMEOUT_MS || 60000);
const artifacts = env.ARTIFACTS || 'browser-artifacts';

export function required(name) {
  if (!env[name]) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return env[name];
}

export function stripQuery(url) {
  const u = new URL(url);
  return u.origin + u.pathname;
}

export async function openBrowser(name) {
  const require = createRequire(path.join(path.resolve(env.BROWSER_TOOLS || '.'), 'node_modules', 'noop.js'));
  const { chromium } = require('playwright-core');
  const seen = { steps: [], console: [], pageErrors: [], failedRequests: [], httpErrors: [], cspViolations: [] };
  const profile = await mkdtemp(path.join(tmpdir(), `${name}-chromium-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  context.setDefaultTimeout(timeout);
  const page = context.pages()[0] || await context.newPage();
  await page.exposeFunction('reportCspViolation', (text) => seen.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
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

  /** The name of the first selector that appears on the page; the others' waits end quietly. */
  function firstOf(selectors) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`none of ${Object.values(selectors)} at ${page.url()}`)), timeout);
      for (const [key, selector] of Object.entries(selectors)) {
        page.waitForSelector(selector, { timeout }).then(() => {
          clearTimeout(timer);
          resolve(key);
        }, () => {});
      }
    });
  }

  async function submit() {
    const button = await page.$('form button[type="submit"], form input[type="submit"], form button:not([type])');
    if (button) {
      await button.click();
    } else {
      await page.keyboard.press('Enter');
    }
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

  /**
   * Until the app at appUrl is back and shows appSelector: the login form, then a patient picker or a consent page if
   * the server shows one.
   */
  async function signInAndReturn(appUrl, appSelector) {
    const app = new URL(appUrl);
    const appPath = app.origin + app.pathname;
    for (let step = 0; step < 6; step++) {
      await page.waitForLoadState('load');
      const where = await firstOf({
        app: appSelector,
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

  /** A screenshot under a stable name (overwritten each run), for a look after the run. */
  async function screenshot(file) {
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, file), fullPage: true }).catch(() => {});
  }

  /** A timestamped screenshot and the page's HTML, named in `seen.evidence`. */
  async function keepEvidence() {
    try {
      await mkdir(artifacts, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const base = path.join(artifacts, `${name}-${stamp}`);
      await page.screenshot({ path: `${base}.png`, fullPage: true });
      await writeFile(`${base}.html`, await page.content());
      seen.evidence = [`${base}.png`, `${base}.html`];
    } catch (error) {
      seen.evidenceError = String(error);
    }
  }

  /** Closes the browser, prints `seen` as one line of JSON and exits with the code. */
  async function finish(exitCode) {
    seen.url = page.url();
    if (exitCode !== 0) {
      await keepEvidence();
    }
    await context.close();
    await rm(profile, { recursive: true, force: true });
    process.stdout.write(JSON.stringify(seen) + '\n');
    process.exit(exitCode);
  }

  return { page, seen, signInAndReturn, screenshot, finish };
}
