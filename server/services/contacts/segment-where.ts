import type { TSegmentDefinition, TSegmentRule } from "@/lib/schemas/contacts";
import type { Prisma } from "../../db/generated/client";
import { fromDay } from "../campaigns/campaigns";

function ruleWhere(rule: TSegmentRule): Prisma.ContactWhereInput {
  switch (rule.field) {
    case "tag": {
      const has = { tags: { has: rule.value.toLowerCase() } };
      return rule.op === "is" ? has : { NOT: has };
    }
    case "name":
    case "email":
    case "title":
    case "phone": {
      const field = rule.field;
      if (rule.op === "is_empty") return { OR: [{ [field]: null }, { [field]: "" }] };
      if (rule.op === "is_not_empty") return { AND: [{ [field]: { not: null } }, { [field]: { not: "" } }] };
      return { [field]: { [rule.op]: rule.value, mode: "insensitive" } };
    }
    case "createdAt":
      return { createdAt: rule.op === "after" ? { gte: fromDay(rule.value) } : { lt: fromDay(rule.value) } };
    case "emailConsent":
    case "smsConsent":
    case "whatsappConsent":
      return { [rule.field]: rule.value };
    case "client":
      return { clientId: rule.value };
  }
}

/** A segment's rules as one Prisma filter: every rule ("all") or at least one ("any"). */
export function segmentWhere(definition: TSegmentDefinition): Prisma.ContactWhereInput {
  const parts = definition.rules.map(ruleWhere);
  return definition.match === "all" ? { AND: parts } : { OR: parts };
}
