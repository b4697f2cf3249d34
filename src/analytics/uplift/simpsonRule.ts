import type { Estimate } from "./types";

/**
 * The smallest uplift, as a rate difference, that can take part in a sign reversal: 0.001 =
 * 0.1 point. Below it an uplift is zero for a board, whatever its sign.
 */
export const SIMPSON_MIN_UPLIFT = 0.001;

const excludesZero = (e: Estimate): boolean => e.low > 0 || e.high < 0;

/**
 * Whether the pooled and the post-stratified uplifts reverse each other in a way that matters
 * (Simpson's paradox): they point in opposite directions, both are at least 0.1 point from zero,
 * and at least one of their intervals excludes zero (one direction is established, not noise).
 * A gap of +0.003 vs -0.12 point is never flagged: +0.003 point is no direction at all.
 *
 * @example isSimpsonReversal(
 *   { value: -0.3545, low: -0.47, high: -0.23 }, // pooled, well below zero
 *   { value: 0.1, low: -0.066, high: 0.266 }     // stratified, +10 points
 * ) // true
 */
export function isSimpsonReversal(pooled: Estimate, stratified: Estimate): boolean {
  if (!(pooled.value * stratified.value < 0)) return false;
  if (Math.min(Math.abs(pooled.value), Math.abs(stratified.value)) < SIMPSON_MIN_UPLIFT)
    return false;
  return excludesZero(pooled) || excludesZero(stratified);
}
