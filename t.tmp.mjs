import { chromium } from '@playwright/test';
const [,, path, sel, out, w='360', scheme='light', media='screen'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
await p.emulateMedia({ media });
await p.goto('http://localhost:3100' + path);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
