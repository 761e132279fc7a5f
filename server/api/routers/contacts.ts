import { z } from "zod";
import { ZId } from "@/lib/schemas/clients";
import {
  ZBulkDeleteContactsInput,
  ZContact,
  ZContactPage,
  ZCreateContactInput,
  ZListContactsInput,
  ZSaveSegmentInput,
  ZSegment,
  ZSegmentDefinition,
  ZSegmentPreview,
  ZUpdateContactInput,
} from "@/lib/schemas/contacts";
import {
  bulkDeleteContacts,
  createContact,
  deleteContact,
  listContacts,
  listSegments,
  previewSegment,
  saveSegment,
  updateContact,
} from "../../services/contacts/contacts";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const contactsRouter = createTRPCRouter({
  list: orgProcedure("contact.read")
    .input(ZListContactsInput)
    .output(ZContactPage)
    .query(({ ctx, input }) => listContacts(ctx, input)),
  create: orgProcedure("contact.create")
    .input(ZCreateContactInput)
    .output(ZContact)
    .mutation(({ ctx, input }) => createContact(ctx, input)),
  update: orgProcedure("contact.update")
    .input(ZUpdateContactInput)
    .output(ZContact)
    .mutation(({ ctx, input }) => updateContact(ctx, input)),
  delete: orgProcedure("contact.delete")
    .input(z.object({ id: ZId }).strict())
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteContact(ctx, input.id)),
  bulkDelete: orgProcedure("contact.delete")
    .input(ZBulkDeleteContactsInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => bulkDeleteContacts(ctx, input)),
  segments: orgProcedure("segment.read")
    .output(z.array(ZSegment))
    .query(({ ctx }) => listSegments(ctx)),
  previewSegment: orgProcedure("segment.read")
    .input(ZSegmentDefinition)
    .output(ZSegmentPreview)
    .query(({ ctx, input }) => previewSegment(ctx, input)),
  saveSegment: orgProcedure("segment.save")
    .input(ZSaveSegmentInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => saveSegment(ctx, input)),
});
