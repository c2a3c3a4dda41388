package se.hjulet.hub.project.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.hjulet.hub.project.entity.FundingSource;

/** One financing line: OWN, PARTNER (name the organisation) or EXTERNAL_FUND (name the fund). */
public record FinancingLineInput(
        @NotNull FundingSource source,
        @Size(max = 200) String funder,
        @Size(max = 200) String organisation,
        @NotNull @PositiveOrZero Long amountSek,
        @DecimalMin("0") @DecimalMax("100") BigDecimal sharePercent) {
}
