// Makes sure a Chromium exists before the browser tests or benchmarks start. It installs one only
// where none is found: first with Playwright's installer, then with apt-get when running as root.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function run(command, args) {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const explicit = process.env.CHROMIUM_PATH;
let found = findChromium();

if (!found && explicit) {
  console.error(`ensure-chromium: CHROMIUM_PATH is set to "${explicit}", but no file exists there.`);
  console.error('Point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it to search the usual places.');
  process.exit(1);
}

if (!found) {
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
}

if (!found && process.getuid?.() === 0) {
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) found = findChromium();
}

if (!found) {
  console.error('ensure-chromium: no Chromium was found and none could be installed.');
  console.error('Install one of these, then run the command again:');
  console.error('  - Debian or Ubuntu: sudo apt-get install chromium');
  console.error('  - anywhere with internet access: npx playwright install chromium');
  console.error('  - or set CHROMIUM_PATH to an existing Chromium or Chrome executable.');
  process.exit(1);
}

console.log(`ensure-chromium: using ${found.path} (${found.origin})`);
