import { z } from "zod";
import { defineNodeType, flowIn, outHandle } from "../node-meta";
import { rowId, template } from "./fields";

export const MAX_APPROVAL_MINUTES = 30 * 24 * 60;

export const approval = defineNodeType({
  label: "Approval",
  category: "human",
  description: "Pauses the run until a person approves or rejects, in the app, the client portal or the API.",
  config: z.strictObject({
    message: template("Write what the approver should check, e.g. Approve the copy: {{ nodes.draft.output }}."),
    /** User ids who may decide; without any, anyone allowed to run the workflow may. */
    approvers: z.array(rowId("Choose an approver.")).max(20, "At most 20 approvers.").optional(),
    /** Without one the run waits until someone decides, and there is no Timed out path. */
    timeoutMinutes: z
      .number({ error: "Enter the minutes to wait." })
      .int("Enter a whole number of minutes.")
      .min(1, "Wait at least 1 minute.")
      .max(MAX_APPROVAL_MINUTES, "Wait at most 30 days (43,200 minutes).")
      .optional(),
  }),
  inputs: [flowIn],
  outputs: (config) => [
    outHandle("approved", "Approved"),
    outHandle("rejected", "Rejected"),
    ...(config.timeoutMinutes === undefined ? [] : [outHandle("timeout", "Timed out")]),
  ],
  expressions: [{ path: "message", kind: "template" }],
  sideEffects: false,
});
