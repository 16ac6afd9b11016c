/**
 * Whose a figure is: the party, team, place or event a sentence ties it to, through a preposition,
 * a possessive, a pronoun, a class noun ("the party"), a list read "respectively", or a claimant.
 */
export * from "./breakdown.js";
export * from "./claimant.js";
export * from "./class-noun-owner.js";
export * from "./defined-names.js";
export * from "./owner.js";
export * from "./pronoun-owner.js";
export * from "./respectively.js";
