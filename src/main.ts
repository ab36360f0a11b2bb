// Entry point: defining the app shell renders the page; the element loads the bundled library itself.
import "./ui/sb-app/sb-app.ts";
