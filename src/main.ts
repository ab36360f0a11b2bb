// Entry point. Zod is configured first (imports run in order), then the app shell renders the page.
import "./app/zod-config.ts";
import "./ui/sb-app/sb-app.ts";
