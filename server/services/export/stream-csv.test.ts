import { afterAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { pngBytes, uploadRequest } from "@/test/asset-files";
import { adminSql, closeConnections, createAgency, ownerAccess, ownerCaller } from "@/test/factories";
import { createAssetFromUpload } from "../assets/upload";
import { LIST_EXPORTS } from "./list-exports";
import { streamListCsv } from "./stream-csv";

afterAll(closeConnections);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("list CSV export", () => {
  it("streams every row across pages, only the agency's, and audits the export", async () => {
    const agency = await createAgency();
    const other = await createAgency();
    const caller = ownerCaller(agency);
    const client = await caller.clients.create({ name: "Export client" });
    await adminSql(
      `INSERT INTO contacts (id, organization_id, client_id, name, tags, updated_at)
       SELECT 'exp' || g || '-' || $1, $1, $2, 'Contact ' || lpad(g::text, 3, '0'), '{}', now() FROM generate_series(1, 250) g`,
      [agency.organizationId, client.id],
    );
    await ownerCaller(other).clients.create({ name: "Not exported" });

    const access = ownerAccess(agency);
    const contacts = LIST_EXPORTS.contacts;
    if (!contacts) throw new Error("contacts export missing");
    const csv = parseCsv(await readAll(await streamListCsv(access, "contacts", contacts, {})));
    expect(csv.header).toEqual(contacts.columns.map(([header]) => header));
    expect(csv.rows).toHaveLength(250);
    expect(new Set(csv.rows.map((row) => row.cells[0])).size).toBe(250);
    expect(csv.rows[0]?.cells[1]).toBe("Contact 001");

    const clients = LIST_EXPORTS.clients;
    if (!clients) throw new Error("clients export missing");
    const clientCsv = parseCsv(await readAll(await streamListCsv(access, "clients", clients, { archived: "all" })));
    expect(clientCsv.rows.map((row) => row.cells[1])).toEqual(["Export client"]);

    const audit = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE organization_id = $1 AND action LIKE '%.export' ORDER BY seq",
      [agency.organizationId],
    );
    expect(audit.map((row) => row.action)).toEqual(["contacts.export", "clients.export"]);
  });

  it("exports assets with their files named, never their personal links", async () => {
    const agency = await createAgency();
    const client = await ownerCaller(agency).clients.create({ name: "Asset export client" });
    await createAssetFromUpload(ownerAccess(agency), uploadRequest(await pngBytes()), {
      clientId: client.id,
      filename: "Hero.png",
    });
    const assets = LIST_EXPORTS.assets;
    if (!assets) throw new Error("assets export missing");
    const text = await readAll(await streamListCsv(ownerAccess(agency), "assets", assets, {}));
    const csv = parseCsv(text);
    expect(csv.header).toEqual([
      "id",
      "name",
      "client",
      "campaign",
      "kind",
      "status",
      "version",
      "mime_type",
      "size_bytes",
      "archived_at",
      "updated_at",
    ]);
    expect(csv.rows.map((row) => row.cells.slice(1, 8))).toEqual([
      ["Hero", "Asset export client", "", "image", "draft", "1", "image/png"],
    ]);
    expect(text).not.toContain("/api/assets/files/");
  });
});
