#!/usr/bin/env node
// Fails early, with a clear message, when npm scripts would run on a Node.js too old for wrangler and for running
// TypeScript directly (Node >= 22.12 with type stripping). The project's own Node 24 comes from the `node`
// devDependency, installed into node_modules/.bin by `npm ci` (it is missing after `npm ci --ignore-scripts`).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `newsbrief needs Node.js >= 22.12, but this is ${process.version} (${process.execPath}).\n` +
      'The project installs its own Node 24 as a devDependency: run `npm ci` (without --ignore-scripts), then use\n' +
      'npm scripts or npx, which put node_modules/.bin (and its node) first on PATH.',
  );
  process.exit(1);
}
