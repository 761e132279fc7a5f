import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/metrics";
import { AppError } from "../../errors";
import { readTextBody } from "../../http/read-body";
import { csvToMetricRecords } from "./csv-records";

const HEADER = "Day,Campaign name,Channel,Impr,Clicks,Conv,Cost,Revenue";

describe("csvToMetricRecords", () => {
  it("maps columns by the person's mapping and keeps each record's line", () => {
    const text = `${HEADER}\r\n2026-01-01,Always On,search,100,5,1,"1,200.50",300\r\n\r\n2026-01-02,"Always On",social,10,1,0,2,0\r\n`;
    const { header, records } = csvToMetricRecords(text, {
      date: "Day",
      campaign: "campaign NAME",
      impressions: "Impr",
      conversions: "Conv",
      spend: "Cost",
    });
    expect(header).toHaveLength(8);
    expect(records).toEqual([
      {
        line: 2,
        values: {
          date: "2026-01-01",
          campaign: "Always On",
          channel: "search",
          impressions: "100",
          clicks: "5",
          conversions: "1",
          spend: "1,200.50",
          revenue: "300",
        },
      },
      expect.objectContaining({ line: 4 }),
    ]);
  });

  it("names the columns it cannot find and lists the ones the file has", () => {
    expect(() => csvToMetricRecords("date,campaign\n2026-01-01,x\n", {})).toThrow(
      /no column channel, impressions.*Map each field to one of: date, campaign/,
    );
  });

  it("refuses broken CSV with the line of the problem", () => {
    expect(() => csvToMetricRecords(`${HEADER}\n"2026-01-01,x\n`, {})).toThrow(/not valid CSV: Line 2/);
  });
});

describe("readTextBody", () => {
  it("refuses a 50 MB upload without reading it whole, even when it does not declare its size", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(65);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const req = new Request("http://127.0.0.1/upload", { method: "POST", body, duplex: "half" } as RequestInit);
    const error = await readTextBody(req, MAX_IMPORT_BYTES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PAYLOAD_TOO_LARGE");
    expect((error as AppError).message).toMatch(/larger than 20 MB/);
    expect(sent).toBeLessThan(50);
  });

  it("refuses by the declared Content-Length before reading", async () => {
    const req = new Request("http://127.0.0.1/upload", {
      method: "POST",
      body: "x",
      headers: { "content-length": String(50 * 1024 * 1024) },
    });
    await expect(readTextBody(req, MAX_IMPORT_BYTES)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("reads a body within the limit as UTF-8", async () => {
    const req = new Request("http://127.0.0.1/upload", { method: "POST", body: "naïve,ok" });
    await expect(readTextBody(req, 1000)).resolves.toBe("naïve,ok");
  });
});
