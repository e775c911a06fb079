// Makes the web app manifest's PNG icons from app/icon.svg, once; the PNGs are committed in
// public/icons/. Run again only when the logo changes: node scripts/make-icons.mjs
// Uses Playwright's Chromium (Debian's, as the tests do) so no image library is needed.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('app/icon.svg', 'utf8');
// The maskable icon is cropped to a circle (or other shape) by the launcher: the mark sits in the
// central 80% "safe zone" on the brand colour, so nothing important is cut off.
const brand = /fill="(#[0-9a-f]{6})"/i.exec(svg)[1];
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const { file, size, maskable } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? brand : 'transparent'}">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
  await page.close();
}
await browser.close();
console.log(`icons: ${icons.map((i) => i.file).join(', ')} in public/icons/`);
