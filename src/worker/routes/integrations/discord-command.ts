/** Discord's application command option type for a string. */
const STRING_OPTION = 3;

/**
 * The `/summarize` slash command as Discord's HTTP API takes it: one of `text` (the article pasted) or `url` (a link
 * to fetch). Shared by the interaction handler (option names) and `npm run discord:register`.
 */
export const SUMMARIZE_COMMAND = {
  name: 'summarize',
  type: 1,
  description: 'Summarise a news article: summary, toll per side, mediators, ceasefire status.',
  options: [
    { type: STRING_OPTION, name: 'text', description: 'The article text, pasted.', required: false, max_length: 6000 },
    { type: STRING_OPTION, name: 'url', description: 'A link to the article.', required: false, max_length: 2048 },
  ],
} as const;

/** Discord's API base, versioned. */
export const DISCORD_API = 'https://discord.com/api/v10';
