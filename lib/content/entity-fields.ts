// Placeholder until the entity schemas land (branch entity-fields): every field is kept as `extra`.
import type { EntityFields, SectionKind } from "./entry";
import type { Problem } from "./messages";

export interface FieldProblem {
  severity: "error" | "warning";
  field: string;
  problem: Problem;
}

export function parseEntityFields(kind: SectionKind, data: Record<string, unknown>): { fields: EntityFields; extra: Record<string, unknown>; problems: FieldProblem[] } {
  void kind;
  return { fields: {}, extra: data, problems: [] };
}
