/**
 * Message limits of each chat platform, in characters (UTF-16 code units, which is how both platforms count).
 * Slack: https://docs.slack.dev/reference/block-kit/blocks — Discord: https://discord.com/developers/docs/resources/message
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** Text of a section block. */
  sectionText: 3000,
  /** Plain text of a header block. */
  headerText: 150,
  /** Elements of a context block. */
  contextElements: 10,
  /** Top-level `text` (the notification fallback); Slack truncates at 40 000, and advises staying under 4 000. */
  fallbackText: 4000,
} as const;

/** Discord message and embed limits. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Sum of title, description, field names and values, footer text and author name of one embed. */
  embedTotal: 6000,
} as const;

/** Embed colour (the product's accent), as Discord's decimal RGB. */
export const DISCORD_EMBED_COLOR = 0x2b6cb0;
