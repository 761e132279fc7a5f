/**
 * Roles and what each may do. One map, read by every procedure (server) and by the UI
 * (to hide what a role cannot do). A role may do everything a lower role may.
 */
export const ROLES = ["owner", "admin", "manager", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 4, admin: 3, manager: 2, member: 1, viewer: 0 };

/** The lowest role allowed to perform each action. */
export const PERMISSIONS = {
  "org.read": "viewer",
  "org.update": "admin",
  "client.read": "viewer",
  "client.create": "member",
  "client.update": "member",
  "client.archive": "manager",
  "campaign.read": "viewer",
  "campaign.create": "member",
  "campaign.update": "member",
  "campaign.status_change": "member",
  "metrics.import": "member",
  "analytics.read": "viewer",
  "contact.read": "viewer",
  "contact.create": "member",
  "contact.update": "member",
  "contact.delete": "manager",
  "segment.read": "viewer",
  "segment.save": "member",
  "task.read": "viewer",
  "task.create": "member",
  "task.update": "member",
  "asset.read": "viewer",
  "asset.upload": "member",
  "asset.update": "member",
  "asset.comment": "member",
  "asset.review": "manager",
  "asset.archive": "manager",
  "provider.read": "member",
  "provider.manage": "admin",
  "agent.read": "viewer",
  "agent.manage": "manager",
  "agent.chat": "member",
  "workflow.read": "viewer",
  "workflow.edit": "member",
  "workflow.run": "member",
  "workflow.publish": "manager",
  "workflow.approve": "manager",
  "workflow.delete": "manager",
  "member.read": "viewer",
  "member.invite": "admin",
  "member.role_change": "admin",
  "member.remove": "admin",
  "audit.read": "admin",
  "audit.export": "admin",
} as const satisfies Record<string, Role>;

export type Action = keyof typeof PERMISSIONS;

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function can(role: Role, action: Action): boolean {
  return roleAtLeast(role, PERMISSIONS[action]);
}

/**
 * Roles `actor` may hand out or take away. Only an owner makes or removes an admin (or
 * another owner); an admin manages manager and below.
 */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "owner") return [...ROLES];
  if (actor === "admin") return ["manager", "member", "viewer"];
  return [];
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  member: "Member",
  viewer: "Viewer",
};
