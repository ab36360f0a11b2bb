import { z } from "zod";

// The Content-Security-Policy forbids eval: zod must not even try its compiled fast path.
z.config({ jitless: true });
