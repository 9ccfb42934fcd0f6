// The phone page on a crowded venue's Wi-Fi (issue 23): Chromium opens the QR code's
// address, /j/<code>, with an empty cache on a 1.6 Mbit/s link with 150 ms round trips
// (Chrome DevTools Protocol network emulation), and we count the script bytes that came
// over the wire and the time until the join screen ("Your own role") is on the screen, and
// until the socket has joined (its participant:join acknowledged).
// Then Lighthouse's mobile performance audit of the same page (its default: a Moto G
// class phone, simulated slow 4G, 4× CPU slow-down).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
/** A crowded venue's Wi-Fi, as the issue measured it. */
export const VENUE_WIFI = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (1.6e6 / 8) | 0 };

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** One cold load of `url` on the throttled link: bytes by resource type and the time to the join screen. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...VENUE_WIFI });
  const requests = new Map();
  const bytes = { script: 0, stylesheet: 0, document: 0, other: 0 };
  const scripts = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => requests.set(requestId, { type, url: response.url, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? null }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (!r) return;
    const kind = { Script: 'script', Stylesheet: 'stylesheet', Document: 'document' }[r.type] ?? 'other';
    bytes[kind] += encodedDataLength;
    if (kind === 'script') scripts.push({ file: new URL(r.url).pathname, transferredBytes: encodedDataLength, encoding: r.encoding });
  });
  // when the socket's participant:join was acknowledged (the join result carries the resume token)
  let joinedAt = null;
  let onJoined = () => {};
  const joined = new Promise((resolve) => (onJoined = resolve));
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    if (joinedAt === null && response.payloadData.includes('resumeToken')) {
      joinedAt = Date.now();
      onJoined();
    }
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByText('Your own role').waitFor({ state: 'visible', timeout: 60_000 });
  const joinScreenMs = Date.now() - started;
  await Promise.race([joined, new Promise((r) => setTimeout(r, 30_000))]);
  await page.waitForLoadState('networkidle').catch(() => {});
  await context.close();
  return { joinScreenMs, joinedMs: joinedAt === null ? null : joinedAt - started, bytes, scripts };
}

/** Lighthouse's mobile performance score of `url`, or why it could not run. */
async function lighthouseScore(url) {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result.lhr;
      const audit = (id) => lhr.audits[id];
      return {
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        firstContentfulPaintMs: Math.round(audit('first-contentful-paint').numericValue),
        largestContentfulPaintMs: Math.round(audit('largest-contentful-paint').numericValue),
        totalBlockingTimeMs: Math.round(audit('total-blocking-time').numericValue),
        speedIndexMs: Math.round(audit('speed-index').numericValue),
        unusedJavaScriptKiB: round((audit('unused-javascript').details?.overallSavingsBytes ?? 0) / 1024),
        textCompressionSavingsKiB: round((audit('uses-text-compression').details?.overallSavingsBytes ?? 0) / 1024),
        runWarnings: lhr.runWarnings,
      };
    } finally {
      await chrome.kill();
    }
  } catch (err) {
    return { score: null, error: String(err?.stack ?? err) };
  }
}

/** The phone page scenario against a running API that serves the built web app. */
export async function runPhonePage({ baseUrl, joinCode, runs = 3 }) {
  const url = `${baseUrl}/j/${joinCode}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const loads = [];
  try {
    for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, url));
  } finally {
    await browser.close();
  }
  const times = loads.map((l) => l.joinScreenMs).sort((a, b) => a - b);
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
  const first = loads[0];
  const lighthouse = await lighthouseScore(url);
  return {
    scenario: 'phone page',
    link: { downloadMbitPerSecond: 1.6, uploadMbitPerSecond: 1.6, roundTripMs: VENUE_WIFI.latency },
    coldLoads: runs,
    scriptTransferredKB: round(first.bytes.script / 1000),
    stylesheetTransferredKB: round(first.bytes.stylesheet / 1000),
    documentTransferredKB: round(first.bytes.document / 1000),
    allTransferredKB: round(Object.values(first.bytes).reduce((s, n) => s + n, 0) / 1000),
    scripts: first.scripts,
    joinScreenMedianMs: times[Math.floor(times.length / 2)],
    joinScreenMs: loads.map((l) => l.joinScreenMs),
    // the socket joined too (the page's data shows the join screen before it: issue 23)
    joinedMedianMs: median(loads.map((l) => l.joinedMs).filter((x) => x !== null)),
    joinedMs: loads.map((l) => l.joinedMs),
    lighthouse,
  };
}
