// End-to-end browser test of `warta serve` with playwright-core and Debian's chromium.
// Env: BASE (server URL, e.g. http://127.0.0.1:41234), ART (screenshot folder),
// CORPUS (e2e/corpus). Run through scripts/e2e.sh, which builds, ingests and starts the server.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const BASE = process.env.BASE;
const ART = process.env.ART || 'target/e2e-artifacts';
const CORPUS = process.env.CORPUS || 'e2e/corpus';
if (!BASE) {
  console.error('BASE is not set');
  process.exit(2);
}
fs.mkdirSync(ART, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
const dialogs = [];
const pageErrors = [];
const foreign = [];
page.on('dialog', d => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
page.on('pageerror', e => pageErrors.push(String(e)));
page.on('request', r => { if (!r.url().startsWith(BASE)) foreign.push(r.url()); });

const results = [];
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push([name, 'ok', Date.now() - t]);
    console.log(`ok   ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    results.push([name, 'FAIL', Date.now() - t]);
    console.log(`FAIL ${name}: ${e.message}`);
    await page.screenshot({ path: path.join(ART, `fail-${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
  }
}
const shot = name => page.screenshot({ path: path.join(ART, name), fullPage: true });

await step('search page lists the corpus', async () => {
  await page.goto(BASE + '/#/search');
  await page.waitForSelector('.hit-link');
  const n = await page.locator('.hit').count();
  assert.ok(n >= 5, `expected the 5 corpus articles, saw ${n}`);
  await shot('01-search.png');
});

await step('search by word marks the snippet', async () => {
  await page.fill('#q', 'kapal');
  await page.click('#search-form-go');
  await page.waitForFunction(() => location.hash.includes('q=kapal'));
  await page.waitForSelector('.snippet mark');
  const mark = await page.locator('.snippet mark').first().textContent();
  assert.match(mark.toLowerCase(), /^kapal/);
  await shot('02-search-kapal.png');
});

await step('article: clicking an event row highlights its evidence sentence', async () => {
  await page.goto(BASE + '/#/search?q=Prabowo');
  await page.click('.hit-link');
  await page.waitForSelector('#events tr.ev-row');
  const rows = page.locator('#events tr.ev-row');
  const last = rows.nth((await rows.count()) - 1);
  const sentence = await last.getAttribute('data-sentence');
  await last.click();
  await page.waitForSelector('.sent.hl');
  const hl = page.locator('.sent.hl');
  assert.equal(await hl.count(), 1);
  assert.equal(await hl.getAttribute('data-sentence'), sentence);
  assert.ok(await page.locator('.trig.sel').count() >= 1, 'the trigger is marked');
  await page.waitForTimeout(600); // smooth scroll
  const box = await hl.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, 'the sentence is scrolled into view');
  assert.ok(await page.locator('#article-text .ent').count() > 0, 'entities are marked');
  await shot('03-article-event.png');
});

await step('an event chip of a search hit opens the article at that event', async () => {
  await page.goto(BASE + '/#/search?q=Prabowo');
  await page.waitForSelector('.hit .chip');
  const chip = page.locator('.hit .chip').last();
  const trig = new URLSearchParams((await chip.getAttribute('href')).split('?')[1]).get('trig');
  await chip.click();
  await page.waitForSelector('#events tr.ev-row.sel');
  await page.waitForSelector('.sent.hl');
  const selTrig = await page.locator('.trig.sel').first().textContent();
  assert.equal(selTrig, trig);
});

await step('hostile article shows its markup as inert text', async () => {
  await page.goto(BASE + '/#/search?q=tautan');
  await page.waitForSelector('.hit-link');
  await shot('04-hostile-search.png');
  await page.click('.hit-link');
  await page.waitForSelector('#article-text');
  const text = await page.locator('#article-text').textContent();
  assert.ok(text.includes('<script>alert("xss")</script>'), 'script tag shown as text');
  assert.ok(text.includes('onerror='), 'onerror shown as text');
  const injected = await page.evaluate(() =>
    document.querySelectorAll('#view script, #view img, #view iframe, #view svg, #view b, #view a[href^="javascript"], [onerror], [onload], [onmouseover]').length);
  assert.equal(injected, 0, 'no element was injected');
  const title = await page.locator('h1').textContent();
  assert.ok(title.includes('<script>'), 'the headline is text too');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no alert/dialog fired');
  await shot('05-hostile-article.png');
});

await step('claimed events are visibly marked, never like facts', async () => {
  await page.goto(BASE + '/#/search?q=tuduhan');
  await page.click('.hit-link');
  await page.waitForSelector('#events tr.ev-row');
  const rows = await page.$$eval('#events tr.ev-row', trs => trs.map(tr => ({
    mod: tr.getAttribute('data-modality'), claim: tr.classList.contains('claim'),
    badge: tr.querySelector('.badge').textContent.trim().toLowerCase() })));
  const claims = rows.filter(r => r.mod !== 'asserted');
  assert.ok(claims.length >= 1, 'the accusation article has a non-asserted event: ' + JSON.stringify(rows));
  for (const r of rows) {
    assert.equal(r.claim, r.mod !== 'asserted', JSON.stringify(r));
    assert.equal(r.badge, r.mod === 'asserted' ? 'reported' : r.mod);
  }
  await page.locator('#events tr.ev-row.claim').first().click();
  await page.waitForSelector('.sent.hl');
  await shot('05b-alleged.png');
  // Accusation <-> denial links jump to the linked event.
  const link = page.locator('#events a[data-link]').first();
  assert.ok(await link.count() === 1, 'the accusation is linked to its denial');
  const target = await link.getAttribute('data-link');
  await link.click();
  await page.waitForSelector(`#events tr.ev-row.sel[data-ev="${target}"]`);
  await shot('05c-denial-link.png');
});

await step('timeline chart draws bars', async () => {
  await page.goto(BASE + '/#/timeline');
  await page.waitForSelector('#timeline svg rect');
  assert.ok(await page.locator('#timeline svg rect').count() > 0);
  await shot('06-timeline.png');
  // A bar opens that day's events.
  const day = await page.locator('#timeline svg g.bar rect').first().getAttribute('data-day');
  await page.locator('#timeline svg g.bar rect').first().click();
  await page.waitForSelector('#events-list table');
  const dates = await page.$$eval('#events-list tbody tr td:first-child', tds => tds.map(t => t.textContent));
  assert.ok(dates.length > 0 && dates.every(d => d === day), `events of ${day}: ${dates}`);
  await shot('06b-events-of-day.png');
  await page.click('#events-toggle');
  await page.waitForSelector('#events-list table');
});

await step('network draws and nodes drag', async () => {
  await page.goto(BASE + '/#/network');
  await page.waitForSelector('#network svg .node');
  const node = page.locator('#network svg .node').first();
  await page.waitForTimeout(1500); // let the layout settle
  const before = await node.getAttribute('transform');
  const box = await node.locator('circle').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
  await page.mouse.up();
  const after = await node.getAttribute('transform');
  assert.notEqual(after, before, 'the node moved');
  assert.ok(await page.locator('#network svg line').count() > 0, 'edges are drawn');
  await shot('07-network.png');
});

await step('actor page', async () => {
  await page.goto(BASE + '/#/actors');
  await page.waitForSelector('#actors a');
  // The first actor with events of its own.
  const row = page.locator('#actors tbody tr').filter({ has: page.locator('td:nth-child(5)', { hasNotText: /^0$/ }) }).first();
  const given = Number(await row.locator('td:nth-child(5)').textContent());
  assert.ok(given > 0, 'an actor with events');
  await row.locator('a').first().click();
  await page.waitForSelector('#actor-timeline');
  assert.ok((await page.locator('h1').textContent()).length > 0);
  assert.equal(await page.locator('#actor-given tbody tr').count(), given, 'events given as in the list');
  await shot('08-actor.png');
});

await step('paste an article and see its events', async () => {
  await page.goto(BASE + '/#/analyze');
  const text = fs.readFileSync(path.join(CORPUS, '03-presiden-kunjungi.txt'), 'utf8');
  await page.fill('#analyze-text', text);
  await page.click('#analyze-go');
  await page.waitForSelector('#analyze-out tr.ev-row');
  assert.ok(await page.locator('#analyze-out tr.ev-row').count() > 0);
  await page.locator('#analyze-out tr.ev-row').first().click();
  await page.waitForSelector('#analyze-out .sent.hl');
  await shot('09-analyze.png');
  // Pasted hostile text is inert too.
  await page.fill('#analyze-text', fs.readFileSync(path.join(CORPUS, '05-hostile.txt'), 'utf8'));
  await page.click('#analyze-go');
  await page.waitForSelector('#analyze-out #article-text');
  const injected = await page.evaluate(() =>
    document.querySelectorAll('#view script, #view img, #view iframe, #view svg, #view b, [onerror], [onload]').length);
  assert.equal(injected, 0);
  assert.deepEqual(dialogs, []);
  await shot('10-analyze-hostile.png');
});

await step('errors are shown, not thrown', async () => {
  await page.goto(BASE + '/#/article/999999');
  await page.waitForSelector('.error');
  await page.goto(BASE + '/#/search?since=kemarin');
  await page.waitForSelector('.error');
});

await browser.close();
if (pageErrors.length) console.log('page errors:', pageErrors);
if (foreign.length) console.log('requests to other origins:', foreign);
const failed = results.filter(r => r[1] !== 'ok').length + (pageErrors.length ? 1 : 0) + (foreign.length ? 1 : 0);
console.log(`e2e: ${results.length - results.filter(r => r[1] !== 'ok').length}/${results.length} steps ok; screenshots in ${ART}`);
process.exit(failed ? 1 : 0);
