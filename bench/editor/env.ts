/**
 * Points the app's environment at the bench database. Imported first by the entry point, before
 * any server module reads `env()`; the Next.js server it starts inherits it. No workflow runs
 * here, so the served app runs no worker of its own (one less thing polling during a frame).
 */
import { pointAppAtDatabase } from "../shared/app-env";
import { adminUrl } from "./config";

pointAppAtDatabase(adminUrl, { WORKFLOW_WORKER: "off" });
