/** Slide texts of the board deck added after its first version (en); keys match fr. */
const deckSlides = {
  kpis: {
    subtitle:
      "This month = the last complete month before {{asOf}}. Change: relative % for counts and amounts, points for rates.",
  },
};

export default deckSlides;
