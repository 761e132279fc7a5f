import { z } from "zod";
import { ZWorkflowGraph } from "../workflow/graph";
import { ZId } from "./clients";

const ZName = z.string().trim().min(1, "Give the workflow a name.").max(120, "Names may be at most 120 characters.");
const ZDescription = z.string().trim().max(1000, "Descriptions may be at most 1,000 characters.").nullish();
const ZVersionNumber = z.number().int().min(1);

export const ZCreateWorkflowInput = z
  .object({ name: ZName, description: ZDescription, graph: ZWorkflowGraph.optional() })
  .strict();
export type TCreateWorkflowInput = z.infer<typeof ZCreateWorkflowInput>;

export const ZUpdateWorkflowInput = z.object({ id: ZId, name: ZName, description: ZDescription }).strict();
export type TUpdateWorkflowInput = z.infer<typeof ZUpdateWorkflowInput>;

/** Saving the draft names the revision it was based on; a newer saved revision refuses the save. */
export const ZSaveDraftInput = z
  .object({ id: ZId, graph: ZWorkflowGraph, baseRevision: z.number().int().min(1) })
  .strict();
export type TSaveDraftInput = z.infer<typeof ZSaveDraftInput>;

export const ZPublishInput = z
  .object({
    id: ZId,
    note: z.string().trim().max(500, "Notes may be at most 500 characters.").nullish(),
    /** The draft revision the person looked at; publishing a newer one they have not seen is refused. */
    baseRevision: z.number().int().min(1),
  })
  .strict();
export type TPublishInput = z.infer<typeof ZPublishInput>;

export const ZRollbackInput = z
  .object({ id: ZId, version: ZVersionNumber, note: z.string().trim().max(500).nullish() })
  .strict();
export type TRollbackInput = z.infer<typeof ZRollbackInput>;

/** A side of a diff: a published version's number, or the draft. */
const ZDiffSide = z.union([ZVersionNumber, z.literal("draft")]);
export const ZDiffInput = z.object({ id: ZId, from: ZDiffSide, to: ZDiffSide }).strict();
export type TDiffInput = z.infer<typeof ZDiffInput>;

/** The file a workflow exports to and imports from. */
export const ZWorkflowExport = z
  .object({
    format: z.literal("switchboard.workflow", {
      error: 'This is not a Switchboard workflow file (format must be "switchboard.workflow").',
    }),
    formatVersion: z.literal(1, { error: "This workflow file is from a newer Switchboard (formatVersion must be 1)." }),
    name: ZName,
    description: ZDescription,
    graph: ZWorkflowGraph,
  })
  .strict();
export type TWorkflowExport = z.infer<typeof ZWorkflowExport>;

export const ZImportWorkflowInput = z.object({ file: ZWorkflowExport, name: ZName.optional() }).strict();
export type TImportWorkflowInput = z.infer<typeof ZImportWorkflowInput>;

export const ZWorkflowSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  draftRevision: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  nodeCount: z.number().int(),
  updatedAt: z.date(),
});
export type TWorkflowSummary = z.infer<typeof ZWorkflowSummary>;

export const ZWorkflow = ZWorkflowSummary.extend({
  draft: ZWorkflowGraph,
  draftSavedAt: z.date(),
  draftSavedBy: z.string().nullable(),
  /** The webhook address, secret included: only for people who may edit the workflow. */
  webhookPath: z.string().nullable(),
});
export type TWorkflow = z.infer<typeof ZWorkflow>;

export const ZWorkflowVersion = z.object({
  number: z.number().int(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  nodeCount: z.number().int(),
});
export type TWorkflowVersion = z.infer<typeof ZWorkflowVersion>;

export const MIN_DESCRIBE_CHARS = 10;
export const MAX_DESCRIBE_CHARS = 2_000;

/** "Describe it": a plain-language description the Chief of Staff drafts a workflow from. */
export const ZDescribeWorkflowInput = z
  .object({
    description: z
      .string({ error: "Describe the workflow you want." })
      .trim()
      .min(
        MIN_DESCRIBE_CHARS,
        "Describe the workflow in a sentence or two: what starts it, what happens, and what comes out.",
      )
      .max(
        MAX_DESCRIBE_CHARS,
        `Keep the description under ${MAX_DESCRIBE_CHARS.toLocaleString("en-US")} characters; details can be added in the editor.`,
      ),
  })
  .strict();
export type TDescribeWorkflowInput = z.infer<typeof ZDescribeWorkflowInput>;

/** model: drafted by the Chief of Staff's model; offline-template: the offline model matched a template. */
export const DESCRIBE_SOURCES = ["model", "offline-template"] as const;

/** A drafted workflow, not saved yet: create it with `workflows.create`. */
export const ZDescribedWorkflow = z.object({
  /** A name no other workflow of the agency has (when it was drafted). */
  name: ZName,
  description: z.string().max(1000).nullable(),
  graph: ZWorkflowGraph,
  source: z.enum(DESCRIBE_SOURCES),
  /** True when the first draft had problems and the model fixed them on a second try. */
  repaired: z.boolean(),
});
export type TDescribedWorkflow = z.infer<typeof ZDescribedWorkflow>;
