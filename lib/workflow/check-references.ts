import { type GraphError } from "./graph-error";
import { type CheckedNode } from "./check-nodes";
import { checkSyntax, referencedNodeIds } from "./expression";
import { expressionsIn } from "./node-types";
import { ancestry, type Adjacency } from "./topology";

/** Why `ref`, used by `user`, may not have run before it, or null when it always precedes it. */
function notBefore(
  user: CheckedNode,
  ref: CheckedNode,
  isUpstream: (a: string, b: string) => boolean,
  bodies: ReadonlyMap<string, ReadonlySet<string>>,
  labelOf: (id: string) => string,
): string | null {
  const uses = `'${user.label}' uses nodes.${ref.node.id}`;
  if (ref.node.id === user.node.id) return `${uses}, its own output; a step can only use the steps before it.`;
  if (isUpstream(ref.node.id, user.node.id)) return null;
  if (ref.type === "note") return `${uses}, but '${ref.label}' is a note and has no output.`;
  if (isUpstream(user.node.id, ref.node.id)) return `${uses}, but '${ref.label}' comes after it.`;
  for (const [loopId, body] of bodies) {
    if (body.has(ref.node.id) && !body.has(user.node.id))
      return `${uses}, but '${ref.label}' runs once per item inside the loop '${labelOf(loopId)}'. After the loop, use nodes.${loopId}.output.`;
  }
  return `${uses}, but '${ref.label}' is not on a path leading to it, so it may not have run. Connect it before '${user.label}' or use another step.`;
}

/**
 * Checks the templates and expressions in every node's config: their syntax (expression.ts), and
 * that each `nodes.<id>` they use names a step that always runs before (an ancestor over forward
 * connections; a loop is an ancestor of its body). Returns the ids each node uses.
 */
export function checkReferences(
  nodes: ReadonlyMap<string, CheckedNode>,
  forward: Adjacency,
  bodies: ReadonlyMap<string, ReadonlySet<string>>,
  errors: GraphError[],
): Map<string, string[]> {
  const isUpstream = ancestry(forward);
  const labelOf = (id: string) => nodes.get(id)?.label ?? id;
  const used = new Map<string, string[]>();
  for (const user of nodes.values()) {
    if (!user.type || !user.configOk) continue;
    const found = expressionsIn(user.type, user.config);
    if (!found.length) continue;
    const all = new Set<string>();
    for (const at of found) {
      const field = ["config", ...at.path].join(".");
      const syntax = checkSyntax(at.text, at.kind);
      if (syntax)
        errors.push({
          nodeId: user.node.id,
          field,
          code: "expression_syntax",
          message: `'${user.label}': ${syntax.message}`,
        });
      // Parts that parse are still checked, so one typo does not hide a wrong reference elsewhere.
      for (const id of referencedNodeIds(at.text, at.kind)) {
        all.add(id);
        const ref = nodes.get(id);
        const message = ref
          ? notBefore(user, ref, isUpstream, bodies, labelOf)
          : `'${user.label}' uses nodes.${id}, but there is no step with the id ${id}.`;
        if (message)
          errors.push({
            nodeId: user.node.id,
            field,
            code: ref ? "reference_not_before" : "unknown_reference",
            message,
          });
      }
    }
    used.set(user.node.id, [...all]);
  }
  return used;
}
