/** Chat integrations: Slack slash command and Discord interactions, each mounted with one line in app.ts. */
export { DISCORD_PATH, mountDiscord } from './discord.ts';
export { mountSlack, SLACK_PATH } from './slack.ts';
