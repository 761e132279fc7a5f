import { z } from "zod";
import { defineNodeType, flowOutputs } from "../node-meta";

export const CHAT_CHANNELS = ["any", "whatsapp", "web_chat", "portal"] as const;

export const triggerChat = defineNodeType({
  label: "Chat message",
  category: "trigger",
  description: "Starts when a contact sends a message on WhatsApp, the web chat or the client portal.",
  config: z.strictObject({
    channel: z.enum(CHAT_CHANNELS, { error: "Choose a channel: any, WhatsApp, web chat or portal." }).default("any"),
  }),
  inputs: [],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
