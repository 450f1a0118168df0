// vader-sentiment ships no types; this is the one function Reply Coach uses.
declare module 'vader-sentiment' {
  interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** -1 (most negative) to 1 (most positive), with negation, intensifiers, caps and "!" accounted for. */
    compound: number;
  }
  const vader: { SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores } };
  export default vader;
}
