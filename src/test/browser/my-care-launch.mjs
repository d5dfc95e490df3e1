// Opens the My care app in headless Chromium as a beneficiary would: the app sends the browser to sign in, the
// script fills the login form (and picks the patient or approves the scopes if asked), the app comes back and shows
// the record. Prints one line of JSON with what the page showed; keeps a screenshot and the page's HTML when the page
// did not load (and a screenshot of the loaded page as my-care-signed-in.png). APP_URL is the app's address; the
// other settings are browser-session.mjs's.
import { openBrowser, required, timeout } from './browser-session.mjs';

const appUrl = required('APP_URL');
const { page, seen, signInAndReturn, screenshot, finish } = await openBrowser('my-care');

let exitCode = 0;
try {
  await page.goto(appUrl);
  await signInAndReturn(appUrl, 'body[data-loaded]');
  await page.waitForSelector('body[data-loaded]', { timeout });
  Object.assign(seen, await readPage());
  if (seen.loaded !== 'true') {
    exitCode = 1;
  }
} catch (error) {
  seen.error = String(error && error.stack || error);
  exitCode = 1;
}
if (exitCode === 0) {
  await screenshot('my-care-signed-in.png');
}
await finish(exitCode);

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
