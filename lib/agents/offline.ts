/** How the built-in offline model signs every answer, and how the UI names it. */
export const OFFLINE_MODEL_LABEL = "Offline model — connect a provider for real AI";
