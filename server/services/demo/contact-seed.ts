import type { OrgContext } from "../../api/trpc";
import { createContact, saveSegment } from "../contacts/contacts";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const DEMO_CONTACTS: Record<
  string,
  { name: string; email: string; title: string; tags: string[]; consent: boolean }[]
> = {
  "Bluebird Coffee": [
    {
      name: "Priya Nair",
      email: "priya@bluebird-coffee.example",
      title: "Head of Marketing",
      tags: ["decision-maker", "newsletter"],
      consent: true,
    },
    {
      name: "Tom Becker",
      email: "tom@bluebird-coffee.example",
      title: "Brand Manager",
      tags: ["newsletter"],
      consent: true,
    },
    { name: "Lena Ortiz", email: "lena@bluebird-coffee.example", title: "Finance", tags: ["billing"], consent: false },
  ],
  "Summit Outdoor Gear": [
    {
      name: "Marcus Hill",
      email: "marcus@summit-gear.example",
      title: "E-commerce Director",
      tags: ["decision-maker"],
      consent: true,
    },
    {
      name: "Aiko Tanaka",
      email: "aiko@summit-gear.example",
      title: "Content Lead",
      tags: ["newsletter", "creative"],
      consent: true,
    },
  ],
  "Harbor Health Clinics": [
    {
      name: "Dr. Sam Okafor",
      email: "sam.okafor@harbor-health.example",
      title: "Medical Director",
      tags: ["decision-maker", "compliance"],
      consent: false,
    },
    {
      name: "Grace Lee",
      email: "grace@harbor-health.example",
      title: "Communications",
      tags: ["newsletter"],
      consent: true,
    },
  ],
};

/** Contacts for each demo client and one saved segment, through the same services people use. */
export async function seedDemoContacts(ctx: ServiceCtx, clientIds: Map<string, string>): Promise<number> {
  let count = 0;
  for (const [clientName, contacts] of Object.entries(DEMO_CONTACTS)) {
    const clientId = clientIds.get(clientName);
    if (!clientId) continue;
    for (const contact of contacts) {
      await createContact(ctx, {
        clientId,
        name: contact.name,
        email: contact.email,
        title: contact.title,
        tags: contact.tags,
        emailConsent: contact.consent,
        smsConsent: false,
        whatsappConsent: false,
      });
      count += 1;
    }
  }
  await saveSegment(ctx, {
    name: "Decision-makers who accept email",
    definition: {
      match: "all",
      rules: [
        { field: "tag", op: "is", value: "decision-maker" },
        { field: "emailConsent", op: "is", value: true },
      ],
    },
  });
  return count;
}
