/** One formatter for every channel: plain/Markdown digests, Slack Block Kit and Discord embeds, from one result. */
export { buildDigest, type Digest, type DigestSource } from './digest.ts';
export { DISCORD_LIMITS, SLACK_LIMITS } from './limits.ts';
export { toMarkdown, toPlainText } from './markdown.ts';
export { slackNotice, toSlackMessage, type SlackBlock, type SlackMessage, type SlackVisibility } from './slack.ts';
export { discordNotice, toDiscordMessage, type DiscordEmbed, type DiscordMessage } from './discord.ts';
