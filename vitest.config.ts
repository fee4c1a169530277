import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { servePage } from './test/worker/url-pages.ts';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        // Tests never reach the internet: the URL-input tests' pages come from `pages.example`, served here; any
        // other outbound fetch fails loudly with status 599.
        outboundService: servePage,
        ratelimits: {
          // High enough that no test trips it by accident (every test file calls /v1/ as the same client).
          RATE_LIMITER: { namespace_id: '1001', simple: { limit: 100_000, period: 60 } },
          // A small limit that test/worker/ratelimit.test.ts drives to 429 through the real local simulator.
          TEST_RATE_LIMITER: { namespace_id: '1002', simple: { limit: 3, period: 60 } },
        },
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/cli-output.ts'],
    testTimeout: 30_000,
    // Request log lines are printed only for failing tests.
    silent: 'passed-only',
  },
});
