import type { Vector } from "../../cluster/features.js";

/** Vectors are stored as JSON arrays of [term, weight] pairs, weights at full precision. */
export function encodeVector(vector: Vector): string {
  return JSON.stringify([...vector]);
}

export function decodeVector(json: string): Vector {
  return new Map(JSON.parse(json) as [string, number][]);
}
