/**
 * The editors' live preview: under `astro dev`, a saved CSV reaches the open page without a restart; a
 * CSV broken while the server runs turns the page into the list of problems, and so does a valid edit
 * that takes away a year a chapter's chart state shows; fixing it brings the page back. Runs against a temporary copy of data/, in real Chromium.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfData } from '../support/build.ts';
import { connectBrowser } from '../support/browser.ts';
import { readRows, writeRows } from '../support/csv-edit.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const FILE = 'council_actions.csv';
const ROW = 'toronto-2013-council';
const STAT = `[data-stat-id="${ROW}"][data-stat-field="votes_for"]`;

let dataDir: string;
let server: DevServer;
let browser: Browser;
let page: Page;

// A save is only seen by a page whose Vite client is connected. Vite may also reload a page once on
// its own just after the server starts (dependency optimisation), so wait until the page is settled.
let clientConnected = false;

async function settled(): Promise<void> {
  for (;;) {
    await expect.poll(() => clientConnected, { timeout: 30_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (clientConnected) return;
  }
}

async function save(file: string, id: string, column: string, value: string): Promise<void> {
  await settled();
  editCell(file, id, column, value);
}

function editCell(file: string, id: string, column: string, value: string): void {
  const { header, rows } = readRows(dataDir, file);
  rows.find((r) => r[0] === id)![header.indexOf(column)] = value;
  writeRows(dataDir, file, header, rows);
}

function cell(file: string, id: string, column: string): string {
  const { header, rows } = readRows(dataDir, file);
  return rows.find((r) => r[0] === id)![header.indexOf(column)]!;
}

const shows = (value: string) =>
  page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.textContent === expected, [STAT, value], {
    timeout: 30_000,
  });

async function showsProblem(text: string): Promise<void> {
  const problems = page.locator('#data-problems');
  await problems.waitFor({ timeout: 30_000 });
  await expect.poll(() => problems.textContent(), { timeout: 30_000 }).toContain(text);
}

beforeAll(async () => {
  dataDir = copyOfData();
  // The server starts on broken data: the preview must open anyway and show what is wrong.
  editCell('municipalities.csv', 'toronto', 'province', 'Ontario');
  server = await startDevServer(dataDir);
  browser = await connectBrowser();
  page = await browser.newPage();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) clientConnected = false;
  });
  page.on('console', (message) => {
    if (message.text().includes('[vite] connected')) clientConnected = true;
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run dev watches data/', () => {
  it('starts on broken data, then follows every save: fixed, edited, broken, fixed again', async () => {
    const response = await page.goto(new URL('/en/what-is-a-sanctuary-city/', server.url).href);
    expect(response?.status()).toBe(500);
    await showsProblem(`${dataDir}/municipalities.csv, line`);
    expect(await page.locator('#data-problems').textContent()).toContain('column "province": "Ontario"');

    await save('municipalities.csv', 'toronto', 'province', 'ON');
    const before = cell(FILE, ROW, 'votes_for');
    await shows(before);

    const edited = String(Number(before) - 1);
    await settled();
    const savedAt = Date.now();
    editCell(FILE, ROW, 'votes_for', edited);
    await shows(edited);
    console.log(`live preview: the edited figure was on the page ${Date.now() - savedAt} ms after the save`);

    const date = cell(FILE, ROW, 'date');
    await save(FILE, ROW, 'date', '2013-02-31');
    await showsProblem(`${dataDir}/${FILE}, line 2, column "date": "2013-02-31"`);
    expect(await page.locator('#data-problems').textContent()).toContain('February 2013 has 28 days');

    await save(FILE, ROW, 'date', date);
    await shows(edited);
    expect(await page.locator('#data-problems').count()).toBe(0);

    // Valid data that a chapter's chart state no longer finds: named with the line the edit changed.
    await save('cbsa_removals.csv', 'removals-2019-total', 'year', '2018');
    await showsProblem('content/chapters/en/04-federal.mdx, line');
    expect(await page.locator('#data-problems').textContent()).toContain('(removals-2019-total) had year 2019 and now has 2018');

    await save('cbsa_removals.csv', 'removals-2019-total', 'year', '2019');
    await shows(edited);
    expect(await page.locator('#data-problems').count()).toBe(0);
  });
});
