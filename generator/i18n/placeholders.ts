/**
 * MERGE HOOK (issue 9, messages with parameters): the one place translations are checked
 * against their source message's placeholders.
 *
 * The placeholder extractor is being built on branch `issue-9-messages`; when it lands, make
 * this compare the placeholders of `source` and `translation` and return one problem per
 * mismatch, e.g. "Unexpected placeholder `{name}`, expected the source's `{user}`". Each
 * problem becomes an error diagnostic at the translation's key that also names the spec line
 * (see `analyseLocale` in analyse.ts, the only caller). Until then it finds nothing.
 */

/**
 * Problems with the placeholders of `translation` against `source`, worded "Unexpected X,
 * expected Y"; none while the placeholder extractor is not wired in.
 *
 * @param source the spec's message in its own locale, e.g. `"用户 {user} 不存在"`.
 * @param translation the translated message, e.g. `"User {user} not found"`.
 */
export function comparePlaceholders(source: string, translation: string): string[] {
  void source;
  void translation;
  return [];
}
