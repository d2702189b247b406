#!/usr/bin/env node
/**
 * `npm test`: every check, in order, and one plain closing line `N passed, N failed`.
 * Data build → type check → lint → unit and component tests → production build →
 * browser tests in real Chromium. Chromium is installed from Debian when it can be;
 * otherwise the run stops and says how to get one. Browser tests are never skipped.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORTS = 'node_modules/.tmp/test-reports';
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(name);
  return ok;
}

/** Counts tests from Vitest's JSON report; a step that failed before testing counts as one failure. */
function count(name, file, ok) {
  if (existsSync(file)) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (!ok && json.numFailedTests === 0) failed += 1;
  } else if (!ok) failed += 1;
}

function check(name, command, args) {
  const ok = step(name, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    console.log(`\nChromium is not at ${CHROMIUM}: installing Debian's chromium (about 20 s, 480 MB)…`);
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch {
      // reported below
    }
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}, and it is not there.\n` +
      `  On Debian or Ubuntu, as root:  apt-get update && apt-get install -y chromium\n` +
      `  Elsewhere: install Chromium and run  CHROMIUM_PATH=/path/to/chromium npm test\n` +
      `The browser tests are not skipped: this run fails until a Chromium is found.`,
  );
  return false;
}

const bin = 'node_modules/.bin/';
check('data build (validates geo/)', 'npm', ['run', '--silent', 'build:data']);
check('type check', `${bin}tsc`, ['-b']);
check('lint', `${bin}eslint`, ['.', '--max-warnings=0']);
check('format (Prettier)', `${bin}prettier`, ['--check', '.']);
check('layers and cycles (dependency-cruiser)', `${bin}depcruise`, ['src', 'geo', '--config', '.dependency-cruiser.cjs']);
check('unused files, exports and dependencies (knip)', `${bin}knip`, []);
check('message catalogue (every key in every language)', `${bin}tsx`, ['scripts/check-messages.ts']);
check('CSS (logical properties, stylelint)', `${bin}stylelint`, ['src/**/*.css']);
const unitReport = `${REPORTS}/unit.json`;
// A report left by an earlier run must not be counted for this one.
rmSync(unitReport, { force: true });
rmSync(`${REPORTS}/e2e.json`, { force: true });
count(
  'unit',
  unitReport,
  step('unit and component tests', `${bin}vitest`, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]),
);
const builtSite = check('production build', `${bin}vite`, ['build', '--logLevel', 'warn']);
const builtSingle = check('single-file build', `${bin}vite`, ['build', '--mode', 'single', '--logLevel', 'warn']);
const built = builtSite && builtSingle;
if (!ensureChromium()) {
  failures.push('browser tests (no Chromium)');
  failed += 1;
} else if (built) {
  const e2eReport = `${REPORTS}/e2e.json`;
  count(
    'e2e',
    e2eReport,
    step('browser tests (Chromium)', `${bin}vitest`, [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${e2eReport}`,
    ]),
  );
} else {
  failures.push('browser tests (not run: the build failed)');
  failed += 1;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
