// Secrets of the chat integrations: set with `wrangler secret put`, so `wrangler types` (which reads wrangler.toml)
// does not know them. Optional: a deployment without a secret answers that platform's requests with 401.

interface Env {
  /** Slack app → Basic Information → Signing Secret. */
  SLACK_SIGNING_SECRET?: string;
  /** Discord application → General Information → Public Key (64 hex digits). */
  DISCORD_PUBLIC_KEY?: string;
}

declare namespace Cloudflare {
  interface Env {
    SLACK_SIGNING_SECRET?: string;
    DISCORD_PUBLIC_KEY?: string;
  }
}
