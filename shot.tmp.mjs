import { chromium } from '@playwright/test';
const [,, url, out, w='360', h='740', scheme='light', full=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme, deviceScaleFactor: 1 });
await p.goto(url);
await p.screenshot({ path: out, fullPage: !!full });
console.log(await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
