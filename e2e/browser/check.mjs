// Drives Debian's Chromium (headless, through playwright-core) against a running Neo4j
// Browser the way an analyst would: open Browser with `kg report show` output in the editor
// (?cmd=edit), log in, check the first screen kg's browser.post_connect_cmd makes (no frame
// printing the style sheet, the default entity's neighbourhood drawn in kg's colours, the
// guide open beside it; screenshot), run the pasted script (params + query), then run the
// report's query from its guide slide, wait for its graph, save a screenshot and assert on it.
//
// Environment (all required unless a default is given):
//   KG_BROWSER_URL           e.g. http://127.0.0.1:7474/browser/
//   NEO4J_URI                bolt URL Browser should connect to, e.g. bolt://127.0.0.1:7687
//   NEO4J_USERNAME (neo4j)   NEO4J_PASSWORD
//   KG_E2E_SCRIPT            file holding the Cypher to run (`kg report show NAME` output)
//   KG_E2E_EXPECT            names the report's graph must draw as node captions, "|"-separated
//   KG_E2E_TITLE             the report's title, to find its slide in kg's guide
//   KG_E2E_SCREENSHOT        where to save the PNG of the report's graph
//   KG_E2E_FIRST_EXPECT      names the first screen's graph must draw, "|"-separated
//   KG_E2E_FIRST_COLOURS     node fills from kg's style sheet the first screen must show, "|"
//   KG_E2E_FIRST_SCREENSHOT  where to save the PNG of the first screen after connecting
//   KG_CHROMIUM              (/usr/bin/chromium)
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

const list = (name) => need(name).split('|').filter(Boolean);
const browserURL = need('KG_BROWSER_URL');
const boltURL = need('NEO4J_URI');
const user = need('NEO4J_USERNAME', 'neo4j');
const password = need('NEO4J_PASSWORD');
const script = readFileSync(need('KG_E2E_SCRIPT'), 'utf8');
const expect = list('KG_E2E_EXPECT');
const screenshot = need('KG_E2E_SCREENSHOT');
const firstExpect = list('KG_E2E_FIRST_EXPECT');
const firstColours = list('KG_E2E_FIRST_COLOURS').map((c) => c.toUpperCase());
const firstShot = need('KG_E2E_FIRST_SCREENSHOT');
const title = need('KG_E2E_TITLE'); // the report's title: its guide slide's heading
const executablePath = need('KG_CHROMIUM', '/usr/bin/chromium');

// drawn reports what a frame's graph shows: node and relationship counts, captions (a caption
// may wrap over several <text> lines inside its node group) and node fills, in upper case.
async function drawn(frame) {
  const nodes = frame.locator('svg g.node');
  const captions = await nodes.evaluateAll((els) =>
    els.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ')));
  const fills = await frame.locator('svg g.node circle.b-outline').evaluateAll(
    (els) => els.map((e) => (e.getAttribute('fill') ?? '').toUpperCase()));
  return {
    nodes: await nodes.count(),
    relationships: await frame.locator('svg g.relationship').count(),
    captions: [...new Set(captions.map((s) => s.trim()).filter(Boolean))],
    fills: [...new Set(fills)],
  };
}

// missing lists the names no caption shows. Captions may be cut to fit the circle, so a drawn
// caption must be a prefix of the name.
function missing(names, captions) {
  const squash = (s) => s.replace(/[\s…]+/g, '');
  return names
    .filter((name) => !captions.some((c) => squash(c).length >= 4 && squash(name).startsWith(squash(c))))
    .map((name) => `no node captioned ${JSON.stringify(name)} among ${JSON.stringify(captions)}`);
}

const profile = mkdtempSync(join(tmpdir(), 'kg-e2e-chromium-'));
const seen = {};
let ctx;
let lastShot = firstShot; // where a failure's screenshot goes
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
  seen.connected = true;

  // The first screen: browser.post_connect_cmd applies the style sheet, clears the stream,
  // draws the default entity's neighbourhood and opens the guide on it in the sidebar.
  const drawer = page.getByTestId('guidesDrawer');
  await drawer.getByText('in the international relations graph').first().waitFor({ timeout: 60000 });
  seen.guide = (await drawer.innerText()).split('\n').slice(0, 3).join(' / ');
  const frames = page.getByTestId('frame');
  await frames.locator('svg g.node').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(2500); // let the force layout settle and any late frame arrive
  seen.first = { frames: await page.getByTestId('frameCommand').allInnerTexts(), ...(await drawn(frames.first())) };
  // A :style frame prints the sheet's declarations; none may be on screen.
  seen.first.styleDump = (await frames.allInnerTexts()).some((t) => /text-color-internal|shaft-width/.test(t));
  await page.screenshot({ path: firstShot, fullPage: false });
  seen.first.screenshot = firstShot;
  const first = [];
  if (seen.first.styleDump) first.push('a frame prints the style sheet');
  if (seen.first.frames.length !== 1) first.push(`want one frame (the neighbourhood), saw ${JSON.stringify(seen.first.frames)}`);
  first.push(...missing(firstExpect, seen.first.captions));
  for (const c of firstColours) {
    if (!seen.first.fills.includes(c)) first.push(`no node filled ${c} (fills ${seen.first.fills})`);
  }
  if (first.length) throw new Error(`first screen: ${first.join('; ')}`);
  lastShot = screenshot;

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
  const before = await frames.count();
  await page.getByTestId('editor-Run').click();

  // Wait for the graph in the new frame (Browser adds frames at the top of the stream).
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="frame"]').length > n, before,
    { timeout: 60000 });
  const newest = frames.first();
  await newest.locator('svg g.node').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500); // let the force layout settle for a readable screenshot
  Object.assign(seen, await drawn(newest));
  seen.errors = await page.getByTestId('cypherFrameErrorMessage').allInnerTexts();
  seen.errorBanners = await page.getByTestId('errorBanner').allInnerTexts();
  await page.screenshot({ path: screenshot, fullPage: false });
  seen.screenshot = screenshot;

  const problems = [];
  if (seen.errors.length) problems.push(`error frame: ${seen.errors.join(' | ')}`);
  if (seen.errorBanners.length) problems.push(`error banner: ${seen.errorBanners.join(' | ')}`);
  problems.push(...missing(expect, seen.captions));
  // A style sheet that did not load leaves every node grey (#A5ABB6).
  if (!seen.fills.some((f) => f && f !== '#A5ABB6')) problems.push(`nodes are unstyled (fills ${seen.fills})`);
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
    if (page) await page.screenshot({ path: lastShot }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  if (ctx) await ctx.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
