/** Size of generated Open Graph cards; kept apart from the renderer so pages don't import it. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
