// Loaded as a module by the app page in the CSP test: page code, under the page's policy.
let evalBlocked = false;
try {
  new Function("return 1")();
} catch {
  evalBlocked = true;
}
(window as unknown as { __cspProbe: { evalBlocked: boolean } }).__cspProbe = { evalBlocked };
