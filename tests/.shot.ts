import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './support/chromium';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
async function shot(path: string, out: string, w: number, h: number, act?: (p: any) => Promise<void>) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, isMobile: w < 500, hasTouch: w < 500 });
  const p = await ctx.newPage();
  p.on('console', (m: any) => m.type() === 'error' && console.log('console error', m.text()));
  await p.goto('http://127.0.0.1:4173' + path);
  await p.waitForSelector('[data-ready="true"]', { timeout: 60000 });
  if (act) await act(p);
  await p.waitForTimeout(1200);
  await p.screenshot({ path: out });
  await ctx.close();
}
await shot('/', '/tmp/shots/home.png', 1280, 800);
await shot('/?incident=2022-09-02-herat-gazargah-mosque-bombing', '/tmp/shots/herat.png', 1280, 800);
await shot('/', '/tmp/shots/phone.png', 375, 667);
await shot('/?incident=2022-09-05-kabul-russian-embassy-bombing', '/tmp/shots/phone-details.png', 375, 667);
await b.close();
