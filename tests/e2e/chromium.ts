import { existsSync } from "node:fs";

/** The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium, else the `@sparticuz/chromium` npm package. */
export async function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    // A devDependency, so a machine with only `npm install` still has a browser.
    const chromium = (await import("@sparticuz/chromium")).default;
    return await chromium.executablePath();
  } catch {
    throw new Error(
      "No Chromium found for the browser tests. Install one (Debian: `apt-get install chromium`; " +
        "or run `npm install` to get @sparticuz/chromium), or set CHROME_PATH to a Chrome/Chromium binary.",
    );
  }
}

/**
 * Launch flags: headless and quiet (without the background-networking flags Chromium's outbound
 * connections fail noisily here). No --user-data-dir: Playwright refuses it in `launch()` and gives
 * every launch a fresh temporary profile of its own, deleted on close.
 */
export function chromiumArgs(): string[] {
  return [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
}
