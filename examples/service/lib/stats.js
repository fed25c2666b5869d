// Pure computation: CPU-bound helpers.

function topCustomers(orders) {
  const totals = new Map();
  for (const order of orders) {
    totals.set(order.customer, (totals.get(order.customer) || 0) + order.amount);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

function correlate(orders, customers) {
  const matrix = [];
  for (const customer of customers) {
    const row = [];
    for (const order of orders) {
      row.push(order.customer === customer.id ? order.amount : 0);
    }
    matrix.push(row);
  }
  return matrix;
}

function checksum(buffer) {
  let crc = 0xffffffff;
  for (let i = 0; i < buffer.length; i++) {
    crc ^= buffer[i];
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function formatMoney(cents) {
  return `$${(cents / 100).toFixed(2)}`;
}

module.exports = { topCustomers, correlate, checksum, formatMoney };
