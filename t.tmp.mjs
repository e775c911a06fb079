import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 740 } });
await p.goto('http://localhost:3100/en/');
const li = p.getByRole('region', { name: 'Find your situation' }).getByRole('listitem').first();
const bb = await li.locator('.card-text').boundingBox();
console.log(bb, await p.evaluate(([x,y]) => { const e = document.elementFromPoint(x,y); return e.outerHTML.slice(0,100); }, [bb.x+bb.width/2, bb.y+bb.height/2]));
console.log(await li.getByText(/./).last().evaluate(e=>e.outerHTML.slice(0,80)));
await b.close();
