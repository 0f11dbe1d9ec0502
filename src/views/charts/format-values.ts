/** Formats an amount of US dollars readably at any size: `$0.0000042`, `$0.0312`, `$12.40`. */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return '–';
  if (amount === 0) return '$0';
  if (Math.abs(amount) >= 1) return `$${amount.toFixed(2)}`;
  // Three significant digits, written out in full because prices per request have many leading zeros.
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(Math.abs(amount))));
  // Trailing zeros go, but never below cents: $0.20, not $0.2.
  return `$${amount.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

/** Formats a share from 0 to 1 as a whole percentage, or a dash for NaN. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)} %` : '–';
}
