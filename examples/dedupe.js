// Remove duplicates: quadratic scan versus a Set.
function dedupeQuadratic(items) {
  const out = [];
  for (const x of items) {
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

const dedupeSet = (items) => [...new Set(items)];

const data = Array.from({ length: 20000 }, (_, i) => (i * 7919) % 5000);
console.log(dedupeQuadratic(data).length, dedupeSet(data).length);
