import type { NodeType } from "@/lib/workflow/node-types";
import { agentExecutor } from "./agent";
import { approvalExecutor } from "./approval";
import { conditionExecutor } from "./condition";
import { delayExecutor } from "./delay";
import { emailExecutor } from "./email";
import { guardrailExecutor } from "./guardrail";
import { httpExecutor } from "./http";
import { llmExecutor } from "./llm";
import { loopExecutor } from "./loop";
import { mergeExecutor } from "./merge";
import { noteExecutor } from "./note";
import { outputExecutor } from "./output";
import { parallelExecutor } from "./parallel";
import { setVariableExecutor } from "./set-variable";
import { subWorkflowExecutor } from "./sub-workflow";
import { switchExecutor } from "./switch";
import { transformExecutor } from "./transform";
import {
  triggerChatExecutor,
  triggerManualExecutor,
  triggerPortalFormExecutor,
  triggerScheduleExecutor,
  triggerWebhookExecutor,
} from "./trigger";
import type { NodeExecutor } from "./types";

/**
 * How each node type runs. Keyed by every `NodeType`: a new type in lib/workflow/node-types.ts
 * does not compile until it has an executor here.
 */
export const EXECUTORS = {
  "trigger.manual": triggerManualExecutor,
  "trigger.webhook": triggerWebhookExecutor,
  "trigger.schedule": triggerScheduleExecutor,
  "trigger.chat": triggerChatExecutor,
  "trigger.portal_form": triggerPortalFormExecutor,
  agent: agentExecutor,
  llm: llmExecutor,
  condition: conditionExecutor,
  switch: switchExecutor,
  loop: loopExecutor,
  parallel: parallelExecutor,
  merge: mergeExecutor,
  approval: approvalExecutor,
  http: httpExecutor,
  transform: transformExecutor,
  set_variable: setVariableExecutor,
  delay: delayExecutor,
  sub_workflow: subWorkflowExecutor,
  email: emailExecutor,
  guardrail: guardrailExecutor,
  output: outputExecutor,
  note: noteExecutor,
} satisfies { [T in NodeType]: NodeExecutor<never> };

/** The executor of `type`, its config typed loosely: the engine hands it the config the type's schema parsed. */
export function executorFor(type: NodeType): NodeExecutor<never> {
  return EXECUTORS[type] as NodeExecutor<never>;
}
