import type { ComponentProps } from "react";
import { CopyButton } from "./CopyButton";

/** A highlighted code block (colours come from the build) with a copy button. */
export function CodeBlock(props: ComponentProps<"pre">) {
  return (
    <div className="code-block group relative">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
