// Prints vitest's totals from its JSON report as one plain line: "N passed, N failed".
// A run that never reached vitest (a type error, a failed build) prints zeros.
import fs from 'node:fs';

const file = process.argv[2] ?? '.test-results.json';
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(file)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // A file that failed to load (or a failed global setup) has no failed test of its own.
  if (failed === 0) failed = report.numFailedTestSuites ?? 0;
  if (failed === 0 && report.success === false) failed = 1;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  console.error(`no test report at ${file}: the suite did not run`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
