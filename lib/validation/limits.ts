/**
 * Length limits shared by forms in the browser (maxLength) and the zod schemas on the server. No zod
 * here: client components import these, and importing a schema module would ship zod to the browser.
 */
export const NOTES_MAX = 2000;
