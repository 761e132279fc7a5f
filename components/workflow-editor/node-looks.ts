import {
  Bot,
  CalendarClock,
  CircleQuestionMark,
  ClipboardList,
  Flag,
  GitBranch,
  GitFork,
  Globe,
  Mail,
  Merge,
  MessageSquare,
  Play,
  Repeat,
  ShieldCheck,
  Shuffle,
  Sparkles,
  Split,
  StickyNote,
  Timer,
  UserCheck,
  Variable,
  Webhook,
  Workflow,
  type LucideIcon,
} from "lucide-react";
import { type NodeCategory } from "@/lib/workflow/node-meta";
import { type NodeType } from "@/lib/workflow/node-types";
import { type NodeLook } from "./flow-mapping";

/** Each type's icon: a new node type does not compile until the editor has one for it. */
export const NODE_ICONS = {
  "trigger.manual": Play,
  "trigger.webhook": Webhook,
  "trigger.schedule": CalendarClock,
  "trigger.chat": MessageSquare,
  "trigger.portal_form": ClipboardList,
  agent: Bot,
  llm: Sparkles,
  condition: GitBranch,
  switch: Split,
  loop: Repeat,
  parallel: GitFork,
  merge: Merge,
  approval: UserCheck,
  http: Globe,
  transform: Shuffle,
  set_variable: Variable,
  delay: Timer,
  sub_workflow: Workflow,
  email: Mail,
  guardrail: ShieldCheck,
  output: Flag,
  note: StickyNote,
} satisfies Record<NodeType, LucideIcon>;

export const UNKNOWN_ICON: LucideIcon = CircleQuestionMark;

export interface Look {
  /** The palette's heading for the category. */
  title: string;
  /** Classes for the icon's tile on the node and in the palette. */
  tile: string;
  /** The colour of the node's left edge, as a border (compact cards, notes). */
  edge: string;
  /** The same colour as a background: the strip down a full card's left side. */
  strip: string;
  /** The node's colour in the minimap. */
  minimap: string;
}

export const CATEGORY_LOOKS = {
  trigger: {
    title: "Triggers",
    tile: "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
    edge: "border-l-emerald-500",
    strip: "bg-emerald-500",
    minimap: "#10b981",
  },
  ai: {
    title: "AI",
    tile: "bg-violet-500/15 text-violet-700 dark:text-violet-300",
    edge: "border-l-violet-500",
    strip: "bg-violet-500",
    minimap: "#8b5cf6",
  },
  logic: {
    title: "Logic",
    tile: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
    edge: "border-l-amber-500",
    strip: "bg-amber-500",
    minimap: "#f59e0b",
  },
  data: {
    title: "Data",
    tile: "bg-sky-500/15 text-sky-700 dark:text-sky-300",
    edge: "border-l-sky-500",
    strip: "bg-sky-500",
    minimap: "#0ea5e9",
  },
  integration: {
    title: "Integrations",
    tile: "bg-blue-500/15 text-blue-700 dark:text-blue-300",
    edge: "border-l-blue-500",
    strip: "bg-blue-500",
    minimap: "#3b82f6",
  },
  human: {
    title: "People",
    tile: "bg-rose-500/15 text-rose-700 dark:text-rose-300",
    edge: "border-l-rose-500",
    strip: "bg-rose-500",
    minimap: "#f43f5e",
  },
  flow: {
    title: "Flow",
    tile: "bg-slate-500/15 text-slate-700 dark:text-slate-300",
    edge: "border-l-slate-500",
    strip: "bg-slate-500",
    minimap: "#64748b",
  },
  annotation: {
    title: "Notes",
    tile: "bg-yellow-400/25 text-yellow-800 dark:text-yellow-200",
    edge: "border-l-yellow-400",
    strip: "bg-yellow-400",
    minimap: "#facc15",
  },
} satisfies Record<NodeCategory, Look>;

export const UNKNOWN_LOOK: Look = {
  title: "Unknown",
  tile: "bg-destructive/10 text-destructive",
  edge: "border-l-destructive",
  strip: "bg-destructive",
  minimap: "#ef4444",
};

export const lookFor = (look: NodeLook): Look => (look === "unknown" ? UNKNOWN_LOOK : CATEGORY_LOOKS[look]);
