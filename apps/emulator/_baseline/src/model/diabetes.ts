/**
 * The model every emulated service hosts: ordinary least-squares linear regression on scikit-learn's
 * diabetes data set (442 patients, 10 mean-centred and scaled baseline features: age, sex, bmi, bp,
 * s1–s6; target a measure of disease progression one year later). These are the coefficients and
 * intercept of `sklearn.linear_model.LinearRegression().fit(*load_diabetes(return_X_y=True))` on the
 * full data set (Efron et al., "Least Angle Regression", 2004). Check: the first patient's row gives
 * 206.117, the second's 68.072 — the fit's published fitted values.
 */
export const DIABETES_FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"] as const;

export const DIABETES_COEFFICIENTS: readonly number[] = [
  -10.01219782, -239.81908937, 519.83978679, 324.39042769, -792.18416163, 476.74583782, 101.04457032,
  177.06417623, 751.27932109, 67.62538639,
];

export const DIABETES_INTERCEPT = 152.13348416289617;

/** One prediction per row (rows are validated to 10 finite numbers before they get here). */
export function predictDiabetesProgression(rows: readonly (readonly number[])[]): number[] {
  return rows.map((row) => {
    let y = DIABETES_INTERCEPT;
    for (let i = 0; i < DIABETES_COEFFICIENTS.length; i++)
      y += (row[i] ?? 0) * (DIABETES_COEFFICIENTS[i] ?? 0);
    return y;
  });
}
