import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
for (const l of ['en','es']) {
await p.goto(`http://localhost:3100/${l}/`);
console.log(l, await p.evaluate(() => { const lis=[...document.querySelectorAll('.site-nav-wide li')]; return [lis.map(li=>Math.round(li.getBoundingClientRect().width)), document.querySelector('.site-nav-wide ul').clientWidth]; }));
}
await b.close();
