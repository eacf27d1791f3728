import type { Rule } from "eslint";

export const LAYERS: { files: string; may: string[] }[];
export const layersPlugin: { rules: { layers: Rule.RuleModule } };
