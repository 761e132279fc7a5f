import type { AssetStatus } from "@/lib/schemas/assets";
import type { OrgContext } from "../../api/trpc";
import type { AuditActor } from "../../audit/record";
import { withDb } from "../../db/client";
import { addAssetComment, decideAsset, submitAssetForReview } from "../assets/review";
import { createAssetFromUpload, uploadAssetVersion } from "../assets/upload";
import { creativeJpeg, creativePng, simplePdf, type Creative } from "./demo-creative";

type DemoAsset = {
  name: string;
  client: string;
  file: () => Promise<Buffer> | Buffer;
  filename: string;
  status: AssetStatus;
  /** Uploaded again as version 2 before the status is reached. */
  secondVersion?: () => Promise<Buffer>;
  review?: string;
  thread?: { author: string; body: string }[];
};

const coffee: Creative = {
  headline: "Spring Blend",
  tagline: "Bright, floral, back for six weeks",
  from: "#6b3e26",
  to: "#f4a259",
  width: 1200,
  height: 628,
};
const summit: Creative = {
  headline: "Winter Gear Sale",
  tagline: "Up to 40% off shells and down",
  from: "#0b3d91",
  to: "#5fa8d3",
  width: 1200,
  height: 628,
};

const DEMO_ASSETS: DemoAsset[] = [
  {
    name: "Spring blend hero",
    client: "Bluebird Coffee",
    file: () => creativePng(coffee),
    filename: "spring-blend-hero.png",
    status: "approved",
    review: "Lovely. Approved for all social placements.",
  },
  {
    name: "Loyalty email banner",
    client: "Bluebird Coffee",
    file: () =>
      creativeJpeg({
        ...coffee,
        headline: "Free 10th Cup",
        tagline: "Join Bluebird Rewards",
        width: 1200,
        height: 400,
      }),
    filename: "loyalty-banner.jpg",
    status: "in_review",
  },
  {
    name: "Winter gear search ad",
    client: "Summit Outdoor Gear",
    file: () => creativePng(summit),
    filename: "winter-gear-ad.png",
    status: "changes_requested",
    review: "The price text is too small on mobile. Can it be twice the size?",
    thread: [
      { author: "member@northwind.example", body: "Bumping it to 28 px in the next version." },
      { author: "admin@northwind.example", body: "Thanks, keep the logo where it is." },
    ],
  },
  {
    name: "Trail running square",
    client: "Summit Outdoor Gear",
    file: () =>
      creativePng({ ...summit, headline: "Trail Season", tagline: "New grippy soles", width: 1080, height: 1080 }),
    filename: "trail-square-v1.png",
    secondVersion: () =>
      creativePng({ ...summit, headline: "Trail Season", tagline: "New soles. Same grip.", width: 1080, height: 1080 }),
    status: "draft",
  },
  {
    name: "Clinic opening brochure",
    client: "Harbor Health Clinics",
    file: () =>
      simplePdf("Harbor Health: now open in Eastside", [
        "Same-day appointments, Monday to Saturday.",
        "Walk-ins welcome from 8 am.",
        "This material is for information only and is not medical advice.",
      ]),
    filename: "clinic-opening-brochure.pdf",
    status: "in_review",
  },
];

type Person = { userId: string; label: string };

/**
 * Uploads the demo's assets through the same use cases as the app (stored, thumbnailed,
 * audited), then walks each to its approval state as the people who would.
 */
export async function seedDemoAssets(
  organization: Pick<OrgContext, "organizationId" | "organization">,
  clientIds: Map<string, string>,
  people: Map<string, Person>,
  meta: Pick<AuditActor, "ip" | "userAgent">,
): Promise<number> {
  const actorFor = (email: string): AuditActor & Person => {
    const person = people.get(email);
    if (!person) throw new Error(`demo person ${email} is missing`);
    return { ...person, ...meta };
  };
  const access = (email: string) => ({ ...organization, role: "owner" as const, actor: actorFor(email) });
  const as = <T>(email: string, fn: (ctx: Pick<OrgContext, "db" | "organizationId" | "actor">) => Promise<T>) =>
    withDb({ organizationId: organization.organizationId, userId: actorFor(email).userId }, (db) =>
      fn({ db, organizationId: organization.organizationId, actor: actorFor(email) }),
    );
  const upload = (bytes: Uint8Array) =>
    new Request("http://localhost/seed", { method: "POST", body: Uint8Array.from(bytes) });

  for (const demo of DEMO_ASSETS) {
    const clientId = clientIds.get(demo.client);
    if (!clientId) throw new Error(`demo client ${demo.client} is missing`);
    const asset = await createAssetFromUpload(access("member@northwind.example"), upload(await demo.file()), {
      clientId,
      name: demo.name,
      filename: demo.filename,
    });
    if (demo.secondVersion) {
      await uploadAssetVersion(
        access("member@northwind.example"),
        upload(await demo.secondVersion()),
        asset.id,
        demo.filename.replace("-v1", "-v2"),
      );
    }
    if (demo.status === "draft") continue;
    await as("member@northwind.example", (ctx) =>
      submitAssetForReview(ctx, { id: asset.id, version: demo.secondVersion ? 2 : 1 }),
    );
    if (demo.status === "in_review") continue;
    const decision = demo.status === "approved" ? "approved" : "changes_requested";
    await as("admin@northwind.example", (ctx) =>
      decideAsset(ctx, { id: asset.id, version: demo.secondVersion ? 2 : 1, decision, comment: demo.review }),
    );
    const root: { id: string } | null = await as("admin@northwind.example", (ctx) =>
      ctx.db.assetComment.findFirst({ where: { assetId: asset.id, decision }, select: { id: true } }),
    );
    for (const reply of demo.thread ?? []) {
      await as(reply.author, (ctx) =>
        addAssetComment(ctx, { assetId: asset.id, body: reply.body, parentId: root?.id }),
      );
    }
  }
  return DEMO_ASSETS.length;
}
