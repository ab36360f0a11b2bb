// Entry point. Zod is configured first (imports run in order), then the app shell renders the page.
import "./app/zod-config.ts";
import { startInPreferredLanguage } from "./app/locale.ts";
import "./ui/sb-app/sb-app.ts";

// The app draws in English at once and redraws when the chosen catalogue has loaded.
void startInPreferredLanguage();
