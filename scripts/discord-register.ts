/**
 * Registers the `/summarize` slash command with Discord (`npm run discord:register`). Needs DISCORD_APPLICATION_ID and
 * DISCORD_BOT_TOKEN in the environment; DISCORD_GUILD_ID registers it in one server only (instant, good for testing)
 * instead of globally. `--dry-run` prints the request without sending it. Creating a command with an existing name
 * updates it, so running this twice is harmless.
 */
import { DISCORD_API, SUMMARIZE_COMMAND } from '../src/worker/routes/integrations/discord-command.ts';

const SNOWFLAKE = /^\d{17,20}$/;

/** The settings from the environment, or the list of what is missing or malformed. */
function settings(env: NodeJS.ProcessEnv): { appId: string; token: string; guildId: string | null } | string[] {
  const problems: string[] = [];
  const appId = env.DISCORD_APPLICATION_ID?.trim() ?? '';
  const token = env.DISCORD_BOT_TOKEN?.trim() ?? '';
  const guildId = env.DISCORD_GUILD_ID?.trim() || null;
  if (!appId) problems.push('DISCORD_APPLICATION_ID is not set (Developer Portal → your application → General Information → Application ID).');
  else if (!SNOWFLAKE.test(appId)) problems.push(`DISCORD_APPLICATION_ID should be 17-20 digits, instead found '${appId.slice(0, 30)}'.`);
  if (!token) problems.push('DISCORD_BOT_TOKEN is not set (Developer Portal → your application → Bot → Reset Token).');
  if (guildId !== null && !SNOWFLAKE.test(guildId)) problems.push(`DISCORD_GUILD_ID should be 17-20 digits, instead found '${guildId.slice(0, 30)}'.`);
  return problems.length > 0 ? problems : { appId, token, guildId };
}

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run');
  const found = settings(process.env);
  if (Array.isArray(found)) {
    for (const line of found) console.error(`discord:register: ${line}`);
    console.error('Usage: DISCORD_APPLICATION_ID=… DISCORD_BOT_TOKEN=… [DISCORD_GUILD_ID=…] npm run discord:register [-- --dry-run]');
    return 2;
  }
  const path = found.guildId ? `/applications/${found.appId}/guilds/${found.guildId}/commands` : `/applications/${found.appId}/commands`;
  const url = `${DISCORD_API}${path}`;
  if (dryRun) {
    console.log(`POST ${url}\n${JSON.stringify(SUMMARIZE_COMMAND, null, 2)}`);
    return 0;
  }
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bot ${found.token}`, 'Content-Type': 'application/json', 'User-Agent': 'newsbrief (discord-register)' },
      body: JSON.stringify(SUMMARIZE_COMMAND),
    });
  } catch (err) {
    console.error(`discord:register: could not reach ${DISCORD_API}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const text = await res.text();
  if (!res.ok) {
    console.error(`discord:register: Discord answered ${res.status}: ${text.slice(0, 500)}`);
    if (res.status === 401) console.error('Check DISCORD_BOT_TOKEN (it is the bot token, not the public key or client secret).');
    return 1;
  }
  const command = JSON.parse(text) as { id?: string; name?: string };
  console.log(`Registered /${command.name ?? SUMMARIZE_COMMAND.name} (id ${command.id ?? '?'}) ${found.guildId ? `in guild ${found.guildId}` : 'globally'}.`);
  return 0;
}

process.exitCode = await main();
