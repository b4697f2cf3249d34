import { translator } from "../../src/i18n";
import { engineMessageText } from "../../src/taskpane/components/ResultsStep/engineMessage";
import { createFormatters } from "../../src/format/formatters";

describe("engineMessageText", () => {
  it("words the engine's ids: the RFM breakdown and the covariates, in both languages", () => {
    const simpson = {
      code: "uplift:warnings.simpson",
      params: { campaign: "Noël 2024", dimension: "rfm" },
    };
    expect(engineMessageText(translator("en"), createFormatters("en"), simpson)).toBe(
      "Noël 2024: the uplift by RFM segment (as of contact date) and the pooled uplift point in opposite directions (Simpson's paradox)."
    );
    const imbalance = {
      code: "uplift:warnings.imbalance",
      params: { campaign: "Noël 2024", covariate: "frequency", smd: 0.2 },
    };
    expect(engineMessageText(translator("fr"), createFormatters("fr"), imbalance)).toContain(
      translator("fr")("uplift:covariates.frequency")
    );
  });

  it("keeps a user's own attribute name as it is", () => {
    const simpson = {
      code: "uplift:warnings.simpson",
      params: { campaign: "Spring", dimension: "Région" },
    };
    expect(engineMessageText(translator("en"), createFormatters("en"), simpson)).toContain(
      "the uplift by Région and"
    );
  });
});
