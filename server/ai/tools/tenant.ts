import { inTenant, type ServiceCtx } from "../../services/tenant";
import type { ToolContext } from "./types";

/**
 * Runs a tool's work in its own transaction confined to the agency (Prisma extension + RLS),
 * handing the services the same context a tRPC procedure would.
 */
export function withTenant<T>(
  ctx: Pick<ToolContext, "organizationId" | "actor"> & Partial<ToolContext>,
  fn: (service: ServiceCtx) => Promise<T>,
): Promise<T> {
  return inTenant(ctx, fn);
}
