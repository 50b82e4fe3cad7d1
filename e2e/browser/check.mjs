// Drives Debian's Chromium (headless, through playwright-core) against a running Neo4j
// Browser the way an analyst would: open Browser with a report's Cypher in the editor
// (?cmd=edit), log in, check that kg's post-connect style sheet and guide loaded, run the
// query, wait for the graph, save a screenshot and assert on the page.
//
// Environment (all required unless a default is given):
//   KG_BROWSER_URL     e.g. http://127.0.0.1:7474/browser/
//   NEO4J_URI          bolt URL Browser should connect to, e.g. bolt://127.0.0.1:7687
//   NEO4J_USERNAME     (neo4j)       NEO4J_PASSWORD
//   KG_E2E_SCRIPT      file holding the Cypher to run (`kg report show NAME` output)
//   KG_E2E_EXPECT      names that must be drawn as node captions, separated by "|"
//   KG_E2E_SCREENSHOT  where to save the PNG
//   KG_CHROMIUM        (/usr/bin/chromium)
// Prints one JSON line with what it saw; exits 1 with a one-line reason on failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function need(name, fallback) {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === '') {
    console.error(`check.mjs: ${name} is not set`);
    process.exit(2);
  }
  return v;
}

const browserURL = need('KG_BROWSER_URL');
const boltURL = need('NEO4J_URI');
const user = need('NEO4J_USERNAME', 'neo4j');
const password = need('NEO4J_PASSWORD');
const script = readFileSync(need('KG_E2E_SCRIPT'), 'utf8');
const expect = need('KG_E2E_EXPECT').split('|').filter(Boolean);
const screenshot = need('KG_E2E_SCREENSHOT');
const executablePath = need('KG_CHROMIUM', '/usr/bin/chromium');

const profile = mkdtempSync(join(tmpdir(), 'kg-e2e-chromium-'));
const seen = {};
let ctx;
try {
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  // Nothing may leave the loopback: abort any request to another host.
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost' || route.request().url().startsWith('data:')) {
      return route.continue();
    }
    seen.blocked = (seen.blocked ?? 0) + 1;
    return route.abort();
  });

  const url = new URL(browserURL);
  url.searchParams.set('cmd', 'edit');
  url.searchParams.set('arg', script);
  await page.goto(url.toString(), { waitUntil: 'domcontentloaded', timeout: 60000 });

  // Log in through the connect form.
  await page.getByTestId('boltaddress').waitFor({ timeout: 60000 });
  await page.getByTestId('boltaddress').fill(boltURL.replace(/^[a-z+]+:\/\//, ''));
  const scheme = boltURL.match(/^([a-z+]+):\/\//)?.[1];
  if (scheme) {
    const select = page.getByTestId('bolt-scheme-select');
    if (await select.count()) await select.selectOption(`${scheme}://`).catch(() => {});
  }
  await page.getByTestId('username').fill(user);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('connect').click();
  await page.getByText(`You are connected as user`).first().waitFor({ timeout: 60000 });
  seen.connected = true;

  // browser.post_connect_cmd applies the style sheet and opens the guide in the sidebar.
  const drawer = page.getByTestId('guidesDrawer');
  await drawer.getByText('international relations graph').first().waitFor({ timeout: 30000 });
  seen.guide = (await drawer.innerText()).split('\n').slice(0, 3).join(' / ');

  // Run what ?cmd=edit put in the editor: the :param lines, then the report's query.
  const editorText = await page.getByTestId('activeEditor').innerText();
  if (!editorText.includes('MATCH')) throw new Error(`the editor does not hold the report: ${editorText.slice(0, 200)}`);
  await page.getByTestId('editor-Run').click();
  // Several statements run as one multi-statement frame listing each; the query's result
  // opens when its entry (the last one) is clicked.
  const entries = page.getByTestId('multi-statement-list-title');
  await entries.first().waitFor({ timeout: 60000 }).catch(() => {});
  seen.statements = await entries.count();
  if (seen.statements > 0) await entries.nth(seen.statements - 1).click();

  // Wait for a graph: node groups drawn in the result frame's SVG.
  await page.locator('svg g.node').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500); // let the force layout settle for a readable screenshot
  const captions = await page.locator('svg g.node text').allInnerTexts();
  seen.nodes = await page.locator('svg g.node').count();
  seen.relationships = await page.locator('svg g.relationship').count();
  seen.captions = [...new Set(captions.map((s) => s.trim()).filter(Boolean))];
  seen.errors = await page.getByTestId('cypherFrameErrorMessage').allInnerTexts();
  seen.errorBanners = await page.getByTestId('errorBanner').allInnerTexts();
  // A style sheet that did not load leaves every node grey (#A5ABB6); kg's colours States.
  seen.fills = [...new Set(await page.locator('svg g.node circle.b-outline').evaluateAll(
    (els) => els.map((e) => e.getAttribute('fill'))))];
  await page.screenshot({ path: screenshot, fullPage: false });
  seen.screenshot = screenshot;

  const problems = [];
  if (seen.errors.length) problems.push(`error frame: ${seen.errors.join(' | ')}`);
  if (seen.errorBanners.length) problems.push(`error banner: ${seen.errorBanners.join(' | ')}`);
  for (const name of expect) {
    // Captions are cut to fit the circle; compare on the start of the name.
    const short = name.slice(0, 6);
    if (!seen.captions.some((c) => c.startsWith(short) || name.startsWith(c.replace(/…$/, '')))) {
      problems.push(`no node captioned ${JSON.stringify(name)} among ${JSON.stringify(seen.captions)}`);
    }
  }
  if (!seen.fills.some((f) => f && f.toUpperCase() !== '#A5ABB6')) problems.push(`nodes are unstyled (fills ${seen.fills})`);
  console.log(JSON.stringify(seen));
  if (problems.length) {
    console.error(`check.mjs: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
} catch (err) {
  console.log(JSON.stringify(seen));
  console.error(`check.mjs: ${String(err.message ?? err).split('\n')[0]}`);
  if (ctx) {
    const page = ctx.pages()[0];
    if (page) await page.screenshot({ path: screenshot }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  if (ctx) await ctx.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
