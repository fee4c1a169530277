import { buildDigest, factPhrases, NO_FACTS, NO_SUMMARY, type DigestSource } from './digest.ts';
import { escapeMarkdown } from './text.ts';

/** A Markdown digest (CommonMark): headline, the summary as bullets, the facts, a footer. Article words are escaped. */
export function toMarkdown(source: DigestSource): string {
  const digest = buildDigest(source);
  const lines = [`## ${escapeMarkdown(digest.headline)}`, ''];
  if (digest.bullets.length === 0) lines.push(`_${NO_SUMMARY}_`);
  for (const bullet of digest.bullets) lines.push(`- ${escapeMarkdown(bullet)}`);
  lines.push('');
  const facts = factPhrases(digest);
  if (facts.length === 0) lines.push(`_${NO_FACTS}_`);
  // Two trailing spaces make a hard line break, so the facts stay on separate lines in one paragraph.
  for (const f of facts) lines.push(`**${f.label}:** ${escapeMarkdown(f.text)}  `);
  lines.push('', `_${escapeMarkdown(digest.footer)}_`, '');
  return lines.join('\n');
}

/** A plain-text digest: the same content as the Markdown one, with no markup at all. */
export function toPlainText(source: DigestSource): string {
  const digest = buildDigest(source);
  const lines = [digest.headline, ''];
  if (digest.bullets.length === 0) lines.push(NO_SUMMARY);
  for (const bullet of digest.bullets) lines.push(`• ${bullet}`);
  lines.push('');
  const facts = factPhrases(digest);
  if (facts.length === 0) lines.push(NO_FACTS);
  for (const f of facts) lines.push(`${f.label}: ${f.text}`);
  lines.push('', digest.footer, '');
  return lines.join('\n');
}
