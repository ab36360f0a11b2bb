import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Ceilings, not timers: a slow or loaded machine must not fail a test that would pass.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll waits until its condition holds; the 1 s default is too short for a loaded CI machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
