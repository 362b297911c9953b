#!/usr/bin/env node
// The `ledger` command (npx ledger …). It runs the compiled tool, which `npm ci` builds (prepare).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'dist', 'cli', 'ledger.js');
if (!existsSync(compiled)) {
  console.error('ledger: the tool is not built yet; run "npm run build" in the ledger folder first');
  process.exit(1);
}
require(compiled);
