/**
 * Every component an author may use in MDX, with the rules its props must meet:
 * the embeds' own (lib/embeds) and the further-reading list's. Checked at compile
 * time by remark-check-components, so a bad id fails the build naming the post and line,
 * instead of rendering a broken player.
 */
import { EMBEDS, embedRules, type Embed, type PropRule } from "../embeds";

/** 延伸閱讀 (components/mdx/FurtherReading.tsx): not an embed, but written the same way. */
export const FURTHER_READING_RULES: Record<string, Record<string, PropRule>> = {
  ReadingList: {},
  ReadingListItem: {
    href: { required: true, hint: "a link such as /posts/<slug>/" },
    label: { hint: "the link text" },
  },
};

export function componentRules(embeds: readonly Embed[] = EMBEDS): Record<string, Record<string, PropRule>> {
  return { ...embedRules(embeds), ...FURTHER_READING_RULES };
}

export const COMPONENT_RULES = componentRules();
