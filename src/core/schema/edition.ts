/** The editions a session prints as: the handouts, the trainer's guide, the card, the audit and the two forms. */
export const EDITIONS = ["participant", "trainer", "card", "audit", "knowledge-check", "evaluation"] as const;
export type Edition = (typeof EDITIONS)[number];
