/** Which way is better for an indicator's value. */
export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}

/** A numeric target (9 件/万人) or a target stated only in words (显著增长). */
export enum TargetKind {
  NUMERIC = 'NUMERIC',
  QUALITATIVE = 'QUALITATIVE',
}
