// One colour per event type across the lists, map, timeline and legends: the store's most frequent types (over
// all events, whatever the filters) take the palette's colours c0..c10 in order, the rest share c11 (grey).

const PALETTE_SIZE = 11;
let order = [];

export function setTypes(types) {
  order = types.slice();
}

export function typeClass(type) {
  const i = order.indexOf(type);
  return `t c${i >= 0 && i < PALETTE_SIZE ? i : PALETTE_SIZE}`;
}
