// Drives Debian's Chromium (headless, through playwright-core) against a running Neo4j
// Browser the way an analyst would: open Browser with `kg report show` output in the editor
// (?cmd=edit), log in, check that kg's post-connect style sheet and guide loaded, run the
// pasted script (params + query), then run the report's query from its guide slide, wait for
// the graph, save a screenshot and assert on the page.
//
// Environment (all required unless a default is given):
//   KG_BROWSER_URL     e.g. http://127.0.0.1:7474/browser/
//   NEO4J_URI          bolt URL Browser should connect to, e.g. bolt://127.0.0.1:7687
//   NEO4J_USERNAME     (neo4j)       NEO4J_PASSWORD
//   KG_E2E_SCRIPT      file holding the Cypher to run (`kg report show NAME` output)
//   KG_E2E_EXPECT      names that must be drawn as node captions, separated by "|"
//   KG_E2E_TITLE       the report's title, to find its slide in kg's guide
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
const title = need('KG_E2E_TITLE'); // the report's title: its guide slide's heading
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
  // Browser runs the pasted lines as one multi-statement frame that lists each statement's
  // status (not its result): every one must have succeeded.
  const icons = page.getByTestId('multi-statement-list-icon');
  await icons.first().waitFor({ timeout: 60000 });
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('[data-testid="multi-statement-list-icon"]')];
    return els.length > 0 && els.every((e) => !/pending|running|waiting/i.test(e.getAttribute('title') ?? ''));
  }, null, { timeout: 60000 });
  const statuses = await icons.evaluateAll((els) => els.map((e) => e.getAttribute('title')));
  seen.statements = statuses;
  if (!statuses.every((s) => /success/i.test(s ?? ''))) throw new Error(`pasted script: statement statuses ${statuses}`);

  // The params now hold for the session; run the query on its own, as an analyst would from
  // the guide: open the report's slide and click its query block, then run it.
  for (let i = 0; i < 30 && !(await drawer.getByText(title, { exact: true }).isVisible()); i++) {
    await drawer.getByText('Next', { exact: true }).click();
  }
  await drawer.getByText(title, { exact: true }).waitFor({ timeout: 5000 });
  const blocks = drawer.locator('pre.runnable');
  await blocks.nth((await blocks.count()) - 1).click();
  const inEditor = await page.getByTestId('activeEditor').innerText();
  if (!inEditor.includes('MATCH')) throw new Error(`the guide's query block did not reach the editor: ${inEditor.slice(0, 200)}`);
  await page.getByTestId('editor-Run').click();

  // Wait for a graph: node groups drawn in the result frame's SVG.
  await page.locator('svg g.node').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500); // let the force layout settle for a readable screenshot
  // A caption may wrap over several <text> lines inside its node group.
  const captions = await page.locator('svg g.node').evaluateAll((els) =>
    els.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ')));
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
  const squash = (s) => s.replace(/[\s…]+/g, '');
  for (const name of expect) {
    // Captions may be cut to fit the circle; a drawn caption must be a prefix of the name.
    if (!seen.captions.some((c) => squash(c).length >= 4 && squash(name).startsWith(squash(c)))) {
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
