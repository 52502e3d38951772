// Makes sure a Chromium exists for the end-to-end tests: Debian's package when we are root on Debian,
// Playwright's own download elsewhere.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const bundled = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();

if (process.env.CHROMIUM_PATH || system || bundled) process.exit(0);

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian chromium…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('No Chromium found: installing Playwright chromium…');
  run('npx playwright install chromium');
}
