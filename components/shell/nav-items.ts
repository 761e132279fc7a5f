import {
  Bot,
  Building2,
  CircleCheckBig,
  ChartLine,
  Images,
  Contact,
  Cpu,
  History,
  LayoutDashboard,
  ListChecks,
  Megaphone,
  ScrollText,
  Users,
  Workflow,
  Wrench,
  type LucideIcon,
} from "lucide-react";
import type { Action } from "@/lib/permissions";

/** The sidebar lists only modules that exist, and only those the role may open. */
export const NAV_ITEMS = [
  { href: "/dashboard", label: "Overview", icon: LayoutDashboard, requires: "org.read" },
  { href: "/agents", label: "Agents", icon: Bot, requires: "agent.read" },
  { href: "/tools", label: "Tools", icon: Wrench, requires: "agent.read" },
  { href: "/workflows", label: "Workflows", icon: Workflow, requires: "workflow.read" },
  { href: "/runs", label: "Runs", icon: History, requires: "workflow.read" },
  { href: "/approvals", label: "Approvals", icon: CircleCheckBig, requires: "workflow.read" },
  { href: "/clients", label: "Clients", icon: Building2, requires: "client.read" },
  { href: "/contacts", label: "Contacts", icon: Contact, requires: "contact.read" },
  { href: "/campaigns", label: "Campaigns", icon: Megaphone, requires: "campaign.read" },
  { href: "/assets", label: "Assets", icon: Images, requires: "asset.read" },
  { href: "/tasks", label: "Tasks", icon: ListChecks, requires: "task.read" },
  { href: "/analytics", label: "Analytics", icon: ChartLine, requires: "analytics.read" },
  { href: "/members", label: "Members", icon: Users, requires: "member.read" },
  { href: "/providers", label: "Model providers", icon: Cpu, requires: "provider.manage" },
  { href: "/audit", label: "Audit log", icon: ScrollText, requires: "audit.read" },
] as const satisfies readonly { href: string; label: string; icon: LucideIcon; requires: Action }[];
