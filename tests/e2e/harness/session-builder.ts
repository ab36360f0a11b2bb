// Mounts the session list and the session builder alone, switched by the hash like the app
// (#/sessions, #/session/<id>), over the real stores: modules and sessions in IndexedDB.
import "../../../src/app/zod-config.ts";
import { ContextProvider } from "@lit/context";
import { moduleStoreContext, sessionStoreContext } from "../../../src/app/contexts.ts";
import { bundledModuleStore } from "../../../src/app/module-store.ts";
import { bundledSessionStore } from "../../../src/app/session-store.ts";
import "../../../src/ui/sb-session-builder/sb-session-builder.ts";
import "../../../src/ui/sb-session-list/sb-session-list.ts";

const modules = bundledModuleStore();
const sessions = bundledSessionStore();
modules.connect();
sessions.connect();

const host = document.querySelector<HTMLElement>("#host")!;
new ContextProvider(host, { context: moduleStoreContext, initialValue: modules });
new ContextProvider(host, { context: sessionStoreContext, initialValue: sessions });

function follow() {
  const [, view, id] = /^#\/(session|sessions)(?:\/(.+))?$/.exec(location.hash) ?? [];
  if (view === "session" && id) {
    const builder = host.querySelector("sb-session-builder") ?? document.createElement("sb-session-builder");
    builder.sessionId = decodeURIComponent(id);
    host.replaceChildren(builder);
  } else {
    host.replaceChildren(document.createElement("sb-session-list"));
  }
}
window.addEventListener("hashchange", follow);
follow();

(window as unknown as { harness: unknown }).harness = { modules, sessions };
