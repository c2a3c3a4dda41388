package se.hjulet.hub.participation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** What an organisation commits: money in SEK, person-days, and (for a procurement need) joining the procurement. */
public record PledgeInput(@PositiveOrZero Long amountSek, @PositiveOrZero @Max(100_000) Integer personDays,
                          Boolean joinsProcurement) {
}
