import { z } from "zod";

const text = z.string({ error: "expected text" }).trim().min(1, "expected text");
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like #7a4a12");
const mm = z.number({ error: "expected millimetres" }).min(5, "at least 5 mm").max(50, "at most 50 mm");

/** `templates/handouts/<id>.yaml`: paper, margins, branding, running header and footer. */
export const HandoutTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: text,
    paper: z.enum(["a4", "letter"]),
    /** Page margins in millimetres. */
    margins: z.object({ top: mm, right: mm, bottom: mm, left: mm }).strict(),
    organisation: text,
    colours: z.object({ accent: colour, text: colour, muted: colour, quote: colour, box: colour }).strict(),
    /** Running header and footer; {organisation}, {title}, {audience}, {edition}, {date} are filled in. */
    header: z.string(),
    footer: z.string(),
  })
  .strict();

export type HandoutTemplate = z.infer<typeof HandoutTemplateSchema>;
