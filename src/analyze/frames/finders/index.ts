/**
 * The frame finders, one per kind of statement: shares, scores and amounts, ranks and ordinals, majorities,
 * floors, editions, named events and their places, outcomes, parts of a tally, and sizes of a whole.
 */
export * from "./area-compound.js";
export * from "./editions.js";
export * from "./event-places.js";
export * from "./floors.js";
export * from "./included-part.js";
export * from "./majority.js";
export * from "./named-events.js";
export * from "./ordinal-identity.js";
export * from "./ordinals.js";
export * from "./outcome.js";
export * from "./place-size.js";
export * from "./ranks.js";
export * from "./shares.js";
export * from "./value-frames.js";
export * from "./whole-count.js";
