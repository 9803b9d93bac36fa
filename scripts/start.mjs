// `npm start`: build Haven and open a browser with it loaded, on a fresh throw-away profile.
// `npm start -- firefox` uses Firefox. On a machine without a display it builds the store
// packages instead and says where they are.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const browser = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const run = (command) => execSync(command, { stdio: 'inherit' });

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  run('npm run zip');
  console.log('\nNo display here, so no browser was opened. Built and packaged:');
  console.log('  .output/chrome-mv3, .output/firefox-mv3 (load unpacked / as a temporary add-on)');
  console.log('  .output/*-chrome.zip, .output/*-firefox.zip (store packages)');
  process.exit(0);
}

if (browser === 'firefox') {
  run('npx wxt build -b firefox');
  // web-ext opens Firefox with the add-on installed temporarily, on a new profile.
  spawn('npx', ['web-ext', 'run', '--source-dir', '.output/firefox-mv3', '--firefox', firefoxPath()], { stdio: 'inherit' });
} else {
  run('npx wxt build');
  const dir = resolve('.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'haven-start-'));
  spawn(chromePath(), [`--user-data-dir=${profile}`, `--load-extension=${dir}`, `--disable-extensions-except=${dir}`, '--no-first-run'], { stdio: 'inherit' });
}

function chromePath() {
  return process.env.HAVEN_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(existsSync) ?? 'chromium';
}
function firefoxPath() {
  return process.env.HAVEN_FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync) ?? 'firefox';
}
