/** Route parameter parsing shared by the paginated routes. */

/** "2" -> 2; anything that is not a plain positive integer -> null. */
export function parsePageParam(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** Decodes a route segment once; malformed percent-encoding -> null (a 404, never a 500). */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
