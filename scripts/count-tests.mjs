// Reads the unit (vitest) and e2e (Playwright) JSON reports and prints one line,
// "N passed, N failed". A report that is missing counts as a failure: the step that
// should have written it did not run to the end.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

function read(path) {
  if (!existsSync(path)) {
    missing.push(path);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
  // "flaky" passed on retry; "unexpected" failed every try.
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  if (e2e.errors?.length) failed += e2e.errors.length;
}
if (missing.length) {
  console.error(`count-tests: missing ${missing.join(', ')} (a step before it failed)`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
