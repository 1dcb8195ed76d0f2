// Shared set-up for the browser tests: the system's Chromium (never a downloaded one), the built
// site (CLASSEUR_SITE, by default _site/ at the repository root), and axe-core from npm.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const siteDirectory = resolve(process.env.CLASSEUR_SITE ?? resolve(here, '..', '..', '_site'));
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const viewports = {
  ordinateur: { width: 1280, height: 800 },
  telephone: { width: 375, height: 812 },
};

/** Every HTML page of the built site, relative to it, in a stable order. */
export function sitePages() {
  if (!existsSync(siteDirectory)) throw new Error(`${siteDirectory} introuvable : construisez d'abord le site.`);
  return readdirSync(siteDirectory, { recursive: true })
    .filter(name => name.endsWith('.html'))
    .map(name => name.split('\\').join('/'))
    .sort();
}

export function pageUrl(path) {
  const file = resolve(siteDirectory, path);
  if (!existsSync(file)) throw new Error(`${file} introuvable : construisez d'abord le site (dotnet run --project generator/Classeur.Cli -- build).`);
  return pathToFileURL(file).href;
}

export async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium introuvable (${executablePath}) : apt-get install -y chromium, ou CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations, summarised. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map(v => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
}
