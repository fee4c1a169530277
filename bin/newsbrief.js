#!/usr/bin/env node
// The `newsbrief` command. Checks the Node.js version, then runs the TypeScript CLI directly (type stripping).
import './check-node.js';

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
