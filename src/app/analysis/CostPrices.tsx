import { PRICES } from '../../sim/model-facts';
import type { Architecture } from '../../sim/types';
import { CHART_STRINGS } from '../../views/charts/chart-strings';
import { formatUsd } from '../../views/charts/format-values';

/** States the prices the cost chart uses and their date, for the function's architecture. */
export function CostPrices({ architecture }: { architecture: Architecture }) {
  return (
    <p className="chart-note">
      {CHART_STRINGS.cost.prices(
        PRICES.asOf,
        formatUsd(PRICES.requestUsd * 1_000_000),
        `${formatUsd(PRICES.gbSecondUsd[architecture])} (${architecture})`,
        formatUsd(PRICES.provisionedGbSecondUsd),
        formatUsd(PRICES.provisionedRunningGbSecondUsd),
      )}
    </p>
  );
}
