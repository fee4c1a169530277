import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        // Tests never reach the internet: any outbound fetch a test does not mock fails loudly.
        outboundService: (request: Request) =>
          new Response(`unexpected outbound request: ${request.url}`, { status: 599 }),
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/cli-output.ts'],
    testTimeout: 30_000,
  },
});
